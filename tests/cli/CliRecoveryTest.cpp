// The reading commands on a file a crashed writer left with a hot journal (issue #12,
// defect 1): they roll it back as SQLite intends, say so on standard error and give what
// they give for the file as last committed. When they may not write the file's folder,
// they exit 1 with "integrity<TAB>needs-recovery" and leave the file and journal alone.

#include "CliRunner.h"
#include "HotJournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class CliRecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_sound = m_dir.filePath(QStringLiteral("sound.samverka"));
        m_crashed = m_dir.filePath(QStringLiteral("crashed.samverka"));
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_sound});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        ASSERT_TRUE(QFile::copy(m_sound, m_crashed));
        samverka::testing::makeHotJournal(m_crashed);
    }

    /// The command on the crashed file succeeds, says it rolled back, and gives the
    /// output of the sound one.
    CliResult expectRecovered(const QStringList &args)
    {
        const CliResult result = runCli(args);
        EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("interrupted")) &&
                    result.err.contains(QStringLiteral("crashed.samverka")))
            << "stderr does not say a write was rolled back: " << result.err.toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("damaged"))) << result.err.toStdString();
        EXPECT_FALSE(QFile::exists(m_crashed + QStringLiteral("-journal")));
        return result;
    }

    QString output(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_sound;
    QString m_crashed;
};

} // namespace

TEST_F(CliRecoveryTest, CheckRollsBackAndReportsASoundFile)
{
    const CliResult result = expectRecovered({QStringLiteral("check"), m_crashed});
    EXPECT_EQ(result.out, runCli({QStringLiteral("check"), m_sound}).out);
    EXPECT_TRUE(result.lines().value(0) == QStringLiteral("integrity\tok"))
        << result.out.toStdString();
}

TEST_F(CliRecoveryTest, ListRollsBackAndListsTheCommittedAgreements)
{
    const CliResult result = expectRecovered({QStringLiteral("list"), m_crashed});
    EXPECT_EQ(result.out, runCli({QStringLiteral("list"), m_sound}).out);
    EXPECT_FALSE(result.out.contains(QStringLiteral("uncommitted")));
}

TEST_F(CliRecoveryTest, ExportRollsBack)
{
    const QString json = output(QStringLiteral("out.json"));
    expectRecovered({QStringLiteral("export"), m_crashed, QStringLiteral("--output"), json});
    EXPECT_FALSE(fileBytes(json).isEmpty());
    EXPECT_FALSE(fileBytes(json).contains("uncommitted"));
}

TEST_F(CliRecoveryTest, PdfRollsBack)
{
    const QString pdf = output(QStringLiteral("agreement.pdf"));
    expectRecovered({QStringLiteral("pdf"), m_crashed, QStringLiteral("--agreement"),
                     QStringLiteral("ag-2024"), QStringLiteral("--document"),
                     QStringLiteral("agreement"), QStringLiteral("--output"), pdf});
    EXPECT_TRUE(fileBytes(pdf).startsWith("%PDF"));
}

// A folder this run may not write: the journal cannot be rolled back (it must be deleted).
// Root may write anything, so as root the command runs as "nobody" (setpriv), to whom the
// file modes apply; any other user is held by the modes themselves.
TEST_F(CliRecoveryTest, AReadOnlyFolderNeedsRecoveryAndIsLeftAlone)
{
    const QString folder = m_dir.filePath(QStringLiteral("share"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/crashed.samverka");
    ASSERT_TRUE(QFile::rename(m_crashed, path));
    ASSERT_TRUE(
        QFile::rename(m_crashed + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
    const QByteArray bytes = fileBytes(path);
    const QByteArray journal = fileBytes(path + QStringLiteral("-journal"));
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    for (const QString &name : {path, path + QStringLiteral("-journal")})
        ASSERT_TRUE(QFile::setPermissions(name, readable | QFileDevice::WriteOwner));
    ASSERT_TRUE(QFile::setPermissions(folder, readable | enterable));
    ASSERT_TRUE(
        QFile::setPermissions(m_dir.path(), readable | enterable | QFileDevice::WriteOwner));

    for (const QString &command : {QStringLiteral("check"), QStringLiteral("list")}) {
        const CliResult result =
            geteuid() == 0 ? runCliAsNobody({command, path}) : runCli({command, path});
        EXPECT_EQ(result.exitCode, 1) << command.toStdString() << result.err.toStdString();
        EXPECT_EQ(result.lines().value(0), QStringLiteral("integrity\tneeds-recovery"))
            << command.toStdString() << ": " << result.out.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("not damage"))) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("permission"))) << "what to do";
        EXPECT_TRUE(fileBytes(path) == bytes) << command.toStdString() << " changed the file";
        EXPECT_TRUE(fileBytes(path + QStringLiteral("-journal")) == journal);
    }
    ASSERT_TRUE(QFile::setPermissions(folder, readable | enterable | QFileDevice::WriteOwner));
    // With leave to write the folder, the same command recovers it.
    const CliResult result = runCli({QStringLiteral("check"), path});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    EXPECT_EQ(result.out, runCli({QStringLiteral("check"), m_sound}).out);
}
