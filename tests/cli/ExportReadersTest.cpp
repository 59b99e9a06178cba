// The exports read back by other programs' libraries, as the receiving side would read
// them (issue #15): the .ics by python3-icalendar, a second implementation beside the
// libical that wrote it. The readers are scripts in tests/cli/readers, run with
// Debian's /usr/bin/python3 (scripts/install-deps installs their modules); a missing
// module fails the test with the line that says what to install.

#include "CliRunner.h"

#include "../documents/IcsFile.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace {

/// What a reader script printed (a JSON array, one entry per file), or a failure.
QJsonArray runReader(const char *script, const QStringList &files)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral(SAMVERKA_SOURCE_DIR "/tests/cli/readers/") +
                              QString::fromLatin1(script)} +
                      files);
    EXPECT_TRUE(process.waitForFinished(60000)) << script;
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << script << ": " << err.toStdString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << script << ": " << err.toStdString();
    return doc.array();
}

class ExportReadersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_demo = m_dir.filePath(QStringLiteral("demo.samverka"));
        ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_demo}).exitCode, 0);
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace

TEST_F(ExportReadersTest, PythonIcalendarReadsTheCalendarAsLibicalDoesAndUidsStay)
{
    const QString first = m_dir.filePath(QStringLiteral("första.ics"));
    const QString second = m_dir.filePath(QStringLiteral("andra.ics"));
    for (const QString &out : {first, second}) {
        const CliResult result =
            runCli({QStringLiteral("calendar"), m_demo, QStringLiteral("--output"), out});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }
    const QJsonArray files = runReader("read_ics.py", {first, second});
    ASSERT_EQ(files.size(), 2);
    const samverka::test::IcsFile libical = samverka::test::IcsFile::read(first);
    ASSERT_TRUE(libical.parsed);

    const QJsonArray events = files.at(0).toObject().value(QStringLiteral("events")).toArray();
    EXPECT_GT(events.size(), 50); // the demo has every kind of date, a few dozen in all
    EXPECT_EQ(events.size(), libical.eventCount);
    EXPECT_EQ(files.at(0).toObject().value(QStringLiteral("name")).toString(),
              libical.calendarName);
    QSet<QString> firstUids;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString uid = event.value(QStringLiteral("uid")).toString();
        firstUids.insert(uid);
        ASSERT_TRUE(libical.events.contains(uid)) << uid.toStdString();
        const samverka::test::IcsEvent &same = libical.events.value(uid);
        // Both readers see the same all-day date and the same Swedish summary.
        EXPECT_TRUE(event.value(QStringLiteral("allDay")).toBool()) << uid.toStdString();
        EXPECT_EQ(event.value(QStringLiteral("start")).toString(), same.start.toString(Qt::ISODate))
            << uid.toStdString();
        EXPECT_EQ(event.value(QStringLiteral("summary")).toString(), same.summary)
            << uid.toStdString();
    }
    EXPECT_EQ(firstUids.size(), events.size()) << "a UID is used twice in one export";

    // A second export updates the calendar's entries instead of adding new ones.
    QSet<QString> secondUids;
    for (const QJsonValue &value : files.at(1).toObject().value(QStringLiteral("events")).toArray())
        secondUids.insert(value.toObject().value(QStringLiteral("uid")).toString());
    EXPECT_EQ(secondUids, firstUids);
}
