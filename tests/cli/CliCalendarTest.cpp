// samverka-cli calendar (issue #15): the demo's .ics read back with libical, in Swedish
// whatever the terminal's language; the same UIDs on a second export; one agreement's
// calendar; confidential measures only on request; exit codes and messages for wrong
// arguments, unknown agreements and an output that cannot be written.

#include "CliRunner.h"

#include "../documents/IcsFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using samverka::test::IcsEvent;
using samverka::test::IcsFile;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliCalendarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_demo = path(QStringLiteral("demo.samverka"));
        ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_demo}).exitCode, 0);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult calendar(const QStringList &more, const QString &file = QString())
    {
        return runCli(QStringList{QStringLiteral("calendar"), file.isEmpty() ? m_demo : file} +
                      more);
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

// The demo as an exchange document with measure m24-06 (followed up by fu24-01) confidential.
QByteArray demoWithConfidentialMeasure()
{
    QFile file(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray agreements = root.value(QStringLiteral("agreements")).toArray();
    for (int a = 0; a < agreements.size(); ++a) {
        QJsonObject agreement = agreements.at(a).toObject();
        QJsonArray measures = agreement.value(QStringLiteral("measures")).toArray();
        for (int m = 0; m < measures.size(); ++m) {
            QJsonObject measure = measures.at(m).toObject();
            if (measure.value(QStringLiteral("id")).toString() == QLatin1String("m24-06"))
                measure.insert(QStringLiteral("confidential"), true);
            measures.replace(m, measure);
        }
        agreement.insert(QStringLiteral("measures"), measures);
        agreements.replace(a, agreement);
    }
    root.insert(QStringLiteral("agreements"), agreements);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_F(CliCalendarTest, DemoCalendarHasEveryKindInSwedish)
{
    const QString out = path(QStringLiteral("demo.ics"));
    const CliResult result = calendar({QStringLiteral("--output"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const IcsFile ics = IcsFile::read(out);
    ASSERT_TRUE(ics.parsed);
    EXPECT_TRUE(result.out.contains(QStringLiteral("(%1 event").arg(ics.eventCount)))
        << result.out.toStdString();
    EXPECT_EQ(ics.calendarName, s("Samverka – Härnösand"));
    EXPECT_EQ(ics.countOf(QStringLiteral("follow-up-")), 17);
    EXPECT_EQ(ics.countOf(QStringLiteral("measure-start-")), 26);
    EXPECT_EQ(ics.countOf(QStringLiteral("measure-end-")), 26);
    EXPECT_EQ(ics.countOf(QStringLiteral("meeting-")), 4);
    EXPECT_EQ(ics.countOf(QStringLiteral("report-ag-2021-")), 7);
    EXPECT_GE(ics.countOf(QStringLiteral("report-ag-2024-")), 10); // open: runs on past today
    EXPECT_EQ(ics.countOf(QStringLiteral("situation-update-")), 1);
    EXPECT_EQ(ics.countOf(QStringLiteral("plan-follow-up-")), 3);
    // The terminal speaks English (C); the calendar is Swedish, as the PDFs are.
    const IcsEvent e = ics.events.value(QStringLiteral("measure-end-m24-05@2280.samverka"));
    EXPECT_TRUE(e.summary.startsWith(s("Åtgärden slutar: Bättre belysning")))
        << e.summary.toStdString();
    EXPECT_TRUE(e.summary.endsWith(s("Härnösands kommun och Polisen 2024–2027")));
    EXPECT_EQ(e.start, QDate(2025, 6, 30));
    EXPECT_TRUE(e.allDay);
}

TEST_F(CliCalendarTest, SecondExportHasTheSameUids)
{
    const QString a = path(QStringLiteral("a.ics"));
    const QString b = path(QStringLiteral("b.ics"));
    ASSERT_EQ(calendar({QStringLiteral("--output"), a}).exitCode, 0);
    ASSERT_EQ(calendar({QStringLiteral("--output"), b}).exitCode, 0);
    const IcsFile first = IcsFile::read(a);
    const IcsFile second = IcsFile::read(b);
    EXPECT_FALSE(first.events.isEmpty());
    EXPECT_EQ(first.events.keys(), second.events.keys());
    EXPECT_EQ(first.events.size(), first.eventCount) << "a UID used twice";
}

TEST_F(CliCalendarTest, OneAgreementByIdOrTitle)
{
    const QString byId = path(QStringLiteral("id.ics"));
    const QString byTitle = path(QStringLiteral("title.ics"));
    ASSERT_EQ(calendar({QStringLiteral("--agreement"), QStringLiteral("ag-2021"),
                        QStringLiteral("--output"), byId})
                  .exitCode,
              0);
    ASSERT_EQ(calendar({QStringLiteral("--agreement"),
                        s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen "
                          "2021–2023"),
                        QStringLiteral("--output"), byTitle})
                  .exitCode,
              0);
    const IcsFile ics = IcsFile::read(byId);
    EXPECT_EQ(ics.events.keys(), IcsFile::read(byTitle).events.keys());
    EXPECT_EQ(ics.eventCount, 29); // 7 follow-ups, 7 + 7 measure dates, 7 reports, 1 meeting
    EXPECT_EQ(ics.countOf(QStringLiteral("measure-start-m24-")), 0);
    EXPECT_EQ(ics.countOf(QStringLiteral("plan-follow-up-")), 0);
}

TEST_F(CliCalendarTest, ConfidentialMeasureOnlyOnRequest)
{
    const QString json = path(QStringLiteral("secret.json"));
    const QString file = path(QStringLiteral("secret.samverka"));
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(demoWithConfidentialMeasure());
    }
    const CliResult imported =
        runCli({QStringLiteral("import"), json, QStringLiteral("--output"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const QString plain = path(QStringLiteral("plain.ics"));
    ASSERT_EQ(calendar({QStringLiteral("--output"), plain}, file).exitCode, 0);
    const IcsFile without = IcsFile::read(plain);
    EXPECT_FALSE(without.events.contains(QStringLiteral("measure-start-m24-06@2280.samverka")));
    EXPECT_FALSE(without.events.contains(QStringLiteral("follow-up-fu24-01@2280.samverka")));

    const QString all = path(QStringLiteral("all.ics"));
    ASSERT_EQ(
        calendar({QStringLiteral("--include-confidential"), QStringLiteral("--output"), all}, file)
            .exitCode,
        0);
    const IcsFile with = IcsFile::read(all);
    EXPECT_EQ(with.eventCount, without.eventCount + 3);
    const IcsEvent e = with.events.value(QStringLiteral("follow-up-fu24-01@2280.samverka"));
    EXPECT_TRUE(e.confidential);
    EXPECT_TRUE(e.summary.startsWith(s("[Sekretess] Uppföljning: "))) << e.summary.toStdString();
}

TEST_F(CliCalendarTest, WrongArgumentsExitOneWithAClearLine)
{
    const QString out = path(QStringLiteral("x.ics"));
    const CliResult noOutput = calendar({});
    EXPECT_EQ(noOutput.exitCode, 1);
    EXPECT_TRUE(noOutput.err.contains(QStringLiteral("--output"))) << noOutput.err.toStdString();

    const CliResult noFile = runCli({QStringLiteral("calendar")});
    EXPECT_EQ(noFile.exitCode, 1);

    const CliResult unknownOption = calendar(
        {QStringLiteral("--output"), out, QStringLiteral("--document"), QStringLiteral("x")});
    EXPECT_EQ(unknownOption.exitCode, 1);

    const CliResult extra = calendar({QStringLiteral("extra"), QStringLiteral("--output"), out});
    EXPECT_EQ(extra.exitCode, 1);
    EXPECT_TRUE(extra.err.contains(QStringLiteral("extra")));

    const CliResult unknown = calendar(
        {QStringLiteral("--agreement"), QStringLiteral("nope"), QStringLiteral("--output"), out});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nope"))) << unknown.err.toStdString();

    const CliResult missing =
        calendar({QStringLiteral("--output"), out}, path(QStringLiteral("none.samverka")));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(out));

    EXPECT_EQ(runCli({QStringLiteral("calendar"), QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(CliCalendarTest, UnwritableOutputNamesThePathAndLeavesNoFile)
{
    const QString out = path(QStringLiteral("no-such-folder/x.ics"));
    const CliResult result = calendar({QStringLiteral("--output"), out});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(out)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Could not write")))
        << "the terminal's language";
    EXPECT_FALSE(QFileInfo::exists(out));

    // A read-only folder, as a user who cannot write there (root writes anywhere).
    const QString locked = path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                      QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QFile::setPermissions(m_dir.path(),
                          QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(m_demo, QFile::permissions(m_demo) | QFile::ReadOther);
    const CliResult nobody =
        runCliAsNobody({QStringLiteral("calendar"), m_demo, QStringLiteral("--output"),
                        locked + QStringLiteral("/x.ics")});
    EXPECT_EQ(nobody.exitCode, 1) << nobody.err.toStdString();
    EXPECT_TRUE(nobody.err.contains(locked)) << nobody.err.toStdString();
    EXPECT_TRUE(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
