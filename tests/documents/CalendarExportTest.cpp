// The calendar export (.ics, issue #15) read back with libical's parser: the demo's events
// per kind, in Swedish with the agreement named, on the right days, all-day; UIDs stable
// across exports and unique within one; hostile text; confidential measures left out by
// default and marked on request; an empty file; one agreement's calendar; write failures.

#include "IcsFile.h"

#include "CalendarBuilder.h"
#include "CalendarExporter.h"
#include "Clock.h"
#include "DocumentError.h"
#include "ExchangeReader.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace samverka::documents::test {

using namespace samverka::core;
using samverka::test::IcsEvent;
using samverka::test::IcsFile;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

MunicipalityData demo()
{
    QFile file(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return ExchangeReader::read(file.readAll()).data;
}

Measure *measure(MunicipalityData &data, const QString &id)
{
    for (Agreement &a : data.agreements)
        for (Measure &m : a.measures)
            if (m.id == id)
                return &m;
    return nullptr;
}

const QString demoAgreement = s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen "
                                "2024–2027");

class CalendarExportTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// Writes data's calendar in Swedish and reads it back.
    IcsFile exported(const MunicipalityData &data, CalendarOptions options = {},
                     const QString &name = QStringLiteral("out.ics"))
    {
        if (!options.clock)
            options.clock = &m_clock;
        const auto swedish = Translations::install(QLocale::Swedish);
        m_written = CalendarExporter::write(data, options, path(name));
        return IcsFile::read(path(name));
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)};
    int m_written = -1;
};

} // namespace

TEST_F(CalendarExportTest, DemoHasTheEventsOfEveryKind)
{
    const IcsFile ics = exported(demo());
    ASSERT_TRUE(ics.parsed);
    EXPECT_EQ(ics.version, QStringLiteral("2.0"));
    EXPECT_TRUE(ics.prodId.contains(QStringLiteral("Samverka")));
    EXPECT_EQ(ics.calendarName, s("Samverka – Härnösand"));
    // 7 + 10 follow-ups; 7 + 19 measures; 4 meetings; one lägesbild; three plan dates.
    EXPECT_EQ(ics.countOf(QStringLiteral("follow-up-")), 17);
    EXPECT_EQ(ics.countOf(QStringLiteral("measure-start-")), 26);
    EXPECT_EQ(ics.countOf(QStringLiteral("measure-end-")), 26);
    EXPECT_EQ(ics.countOf(QStringLiteral("meeting-")), 4);
    EXPECT_EQ(ics.countOf(QStringLiteral("situation-update-")), 1);
    EXPECT_EQ(ics.countOf(QStringLiteral("plan-follow-up-")), 3);
    // 2021–2023, every 6 and 12 months: 5 + 2. 2024– until further notice, laid out to
    // 24 months past today (2028-01-15): 8 + 4.
    EXPECT_EQ(ics.countOf(QStringLiteral("report-ag-2021-")), 7);
    EXPECT_EQ(ics.countOf(QStringLiteral("report-ag-2024-")), 12);
    EXPECT_EQ(ics.eventCount, 17 + 26 + 26 + 4 + 1 + 3 + 7 + 12);
    EXPECT_EQ(m_written, ics.eventCount);
}

TEST_F(CalendarExportTest, SummariesAreSwedishAndNameTheAgreement)
{
    const IcsFile ics = exported(demo());
    const IcsEvent followUp = ics.events.value(QStringLiteral("follow-up-fu24-01@2280.samverka"));
    EXPECT_EQ(followUp.summary,
              s("Uppföljning: Medborgardialog om tryggheten i centrum – ") + demoAgreement)
        << followUp.summary.toStdString();
    EXPECT_TRUE(followUp.categories.contains(s("Uppföljning")));
    const IcsEvent end = ics.events.value(QStringLiteral("measure-end-m24-05@2280.samverka"));
    EXPECT_TRUE(end.summary.startsWith(s("Åtgärden slutar: "))) << end.summary.toStdString();
    EXPECT_TRUE(end.summary.endsWith(demoAgreement));
    EXPECT_TRUE(end.categories.contains(s("Åtgärd")));
    const IcsEvent report =
        ics.events.value(QStringLiteral("report-ag-2024-steering_group-20250101@2280.samverka"));
    EXPECT_EQ(report.summary, s("Rapport till styrgrupp: ") + demoAgreement);
    EXPECT_TRUE(report.description.contains(s("var 6:e månad")));
    EXPECT_EQ(ics.events.value(QStringLiteral("situation-update-lb-2024@2280.samverka")).summary,
              s("Lägesbilden ska uppdateras: Lägesbild 2024"));
    EXPECT_TRUE(ics.events.value(QStringLiteral("plan-follow-up-ap-2025-f1@2280.samverka"))
                    .summary.startsWith(s("Uppföljning av åtgärdsplanen: ")));
    EXPECT_TRUE(ics.events.value(QStringLiteral("meeting-mt-2025-11-26@2280.samverka"))
                    .summary.startsWith(s("Möte: Rådet för trygghet och hälsa – ")));
}

TEST_F(CalendarExportTest, DatesAreAllDayOnTheRecordsDays)
{
    const IcsFile ics = exported(demo());
    const auto check = [&](const char *uid, QDate day) {
        const IcsEvent e = ics.events.value(QString::fromLatin1(uid) + s("@2280.samverka"));
        EXPECT_EQ(e.start, day) << uid;
        EXPECT_EQ(e.end, day.addDays(1)) << uid;
        EXPECT_TRUE(e.allDay) << uid;
    };
    check("measure-start-m24-05", QDate(2024, 5, 1));
    check("measure-end-m24-05", QDate(2025, 6, 30));
    check("follow-up-fu24-01", QDate(2024, 10, 8));
    check("meeting-mt-2025-03-18", QDate(2025, 3, 18));
    check("report-ag-2021-leadership-20220101", QDate(2022, 1, 1));
    check("situation-update-lb-2024", QDate(2027, 2, 11));
    check("plan-follow-up-ap-2025-f2", QDate(2026, 3, 16));
    for (const IcsEvent &e : ics.events)
        EXPECT_TRUE(e.allDay) << e.uid.toStdString();
}

TEST_F(CalendarExportTest, UidsAreStableAcrossExportsAndUniqueWithinOne)
{
    const IcsFile first = exported(demo(), {}, QStringLiteral("a.ics"));
    m_clock.set(QDateTime(QDate(2026, 1, 16), QTime(8, 30), Qt::UTC));
    const IcsFile second = exported(demo(), {}, QStringLiteral("b.ics"));
    EXPECT_EQ(first.events.keys(), second.events.keys());
    for (const IcsEvent &e : first.events)
        EXPECT_EQ(e.count, 1) << e.uid.toStdString();
    EXPECT_EQ(first.events.size(), first.eventCount);
    // Every UID names the municipality, so two municipalities' calendars never collide.
    for (const QString &uid : first.events.keys())
        EXPECT_TRUE(uid.endsWith(QStringLiteral("@2280.samverka"))) << uid.toStdString();
}

TEST_F(CalendarExportTest, HostileTextRoundTripsAndLinesAreFolded)
{
    MunicipalityData data = demo();
    Measure *m = measure(data, QStringLiteral("m24-05"));
    ASSERT_NE(m, nullptr);
    const QString longTitle = s("Åtgärd, med; komma och semikolon: ") + QString(300, QChar(u'ö'));
    m->title = longTitle;
    m->description = s("Rad ett, med komma; och semikolon\nRad två \\ med bakstreck\n\"citat\"");
    m->when = QString();
    exported(data);
    const IcsFile ics = IcsFile::read(path(QStringLiteral("out.ics")));
    const IcsEvent e = ics.events.value(QStringLiteral("measure-start-m24-05@2280.samverka"));
    EXPECT_EQ(e.summary, s("Åtgärden börjar: ") + longTitle + s(" – ") + demoAgreement);
    EXPECT_TRUE(e.description.startsWith(m->description)) << e.description.toStdString();

    QFile raw(path(QStringLiteral("out.ics")));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    EXPECT_TRUE(bytes.contains("\\,") && bytes.contains("\\;")) << "text is escaped";
    for (const QByteArray &line : bytes.split('\n'))
        EXPECT_LE(line.size(), 76) << line.constData(); // 75 octets and the CR
    // Folding never splits a character: the file is valid UTF-8.
    EXPECT_TRUE(QString::fromUtf8(bytes).toUtf8() == bytes);
}

TEST_F(CalendarExportTest, ConfidentialMeasuresOnlyOnRequestAndMarked)
{
    MunicipalityData data = demo();
    measure(data, QStringLiteral("m24-06"))->confidential = true; // fu24-01 follows it up
    const IcsFile plain = exported(data);
    EXPECT_FALSE(plain.events.contains(QStringLiteral("measure-start-m24-06@2280.samverka")));
    EXPECT_FALSE(plain.events.contains(QStringLiteral("measure-end-m24-06@2280.samverka")));
    EXPECT_FALSE(plain.events.contains(QStringLiteral("follow-up-fu24-01@2280.samverka")));
    EXPECT_EQ(plain.eventCount, 96 - 3);
    for (const IcsEvent &e : plain.events)
        EXPECT_FALSE(e.confidential || e.summary.contains(s("Sekretess")));

    CalendarOptions options;
    options.includeConfidential = true;
    const IcsFile all = exported(data, options);
    EXPECT_EQ(all.eventCount, 96);
    for (const char *uid : {"measure-start-m24-06", "measure-end-m24-06", "follow-up-fu24-01"}) {
        const IcsEvent e = all.events.value(QString::fromLatin1(uid) + s("@2280.samverka"));
        EXPECT_TRUE(e.confidential) << uid;
        EXPECT_TRUE(e.summary.startsWith(s("[Sekretess] "))) << e.summary.toStdString();
        EXPECT_TRUE(e.categories.contains(s("Sekretess"))) << uid;
    }
    EXPECT_FALSE(
        all.events.value(QStringLiteral("measure-start-m24-05@2280.samverka")).confidential);
}

TEST_F(CalendarExportTest, EmptyFileGivesAValidCalendarWithoutEvents)
{
    MunicipalityData data;
    data.municipality.name = s("Ånge");
    data.municipality.code = QStringLiteral("2260");
    const IcsFile ics = exported(data);
    ASSERT_TRUE(ics.parsed);
    EXPECT_EQ(ics.version, QStringLiteral("2.0"));
    EXPECT_EQ(ics.calendarName, s("Samverka – Ånge"));
    EXPECT_EQ(ics.eventCount, 0);
    EXPECT_EQ(m_written, 0);
}

TEST_F(CalendarExportTest, OneAgreementsCalendarHasOnlyItsDates)
{
    CalendarOptions options;
    options.agreementId = QStringLiteral("ag-2021");
    const IcsFile ics = exported(demo(), options);
    EXPECT_EQ(ics.calendarName,
              s("Samverka – Samverkansöverenskommelse mellan Härnösands kommun och Polisen "
                "2021–2023"));
    EXPECT_EQ(ics.countOf(QStringLiteral("meeting-")), 1);
    EXPECT_EQ(ics.countOf(QStringLiteral("follow-up-fu21-")), 7);
    EXPECT_EQ(ics.countOf(QStringLiteral("measure-start-m21-")), 7);
    EXPECT_EQ(ics.countOf(QStringLiteral("report-ag-2021-")), 7);
    EXPECT_EQ(ics.countOf(QStringLiteral("situation-update-")), 0);
    EXPECT_EQ(ics.countOf(QStringLiteral("plan-follow-up-")), 0);
    EXPECT_EQ(ics.eventCount, 7 + 7 + 7 + 7 + 1);
}

TEST_F(CalendarExportTest, ARecordWithATimeIsNotAllDay)
{
    Calendar calendar;
    calendar.name = QStringLiteral("Samverka");
    CalendarEvent event;
    event.uid = QStringLiteral("meeting-x@2280.samverka");
    event.date = QDate(2026, 3, 2);
    event.time = QTime(13, 30);
    event.summary = s("Möte");
    calendar.events << event;
    const IcsFile ics = IcsFile::parse(CalendarExporter::toIcs(calendar, m_clock.now()));
    const IcsEvent e = ics.events.value(event.uid);
    EXPECT_FALSE(e.allDay);
    EXPECT_EQ(e.start, QDate(2026, 3, 2));
    EXPECT_EQ(e.startHour, 13);
}

TEST_F(CalendarExportTest, FailuresNameThePathAndLeaveNoFile)
{
    const QString missing = path(QStringLiteral("no-such-folder/out.ics"));
    try {
        CalendarExporter::write(demo(), {}, missing);
        FAIL() << "expected a DocumentError";
    } catch (const DocumentError &error) {
        EXPECT_TRUE(error.message().contains(missing)) << error.message().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(missing));

    // A folder in the way: the error names it, and nothing is left beside it.
    const QString folder = path(QStringLiteral("taken.ics"));
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_THROW(CalendarExporter::write(demo(), {}, folder), DocumentError);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList());

    CalendarOptions options;
    options.agreementId = QStringLiteral("no-such-agreement");
    EXPECT_THROW(CalendarExporter::write(demo(), options, path(QStringLiteral("x.ics"))),
                 DocumentError);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.ics"))));
}

} // namespace samverka::documents::test
