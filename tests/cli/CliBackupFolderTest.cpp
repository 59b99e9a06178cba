// samverka-cli backs up into the desktop app's default folder before a change (one folder
// for both programs, issue #12), and a backup that cannot be made is said on standard error
// while the command still does its work.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

/// The CLI child's HOME and XDG_DATA_HOME point into a folder of the test's own.
class CliBackupFolderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_savedData = qgetenv("XDG_DATA_HOME");
        m_hadData = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_file = m_dir.filePath(QStringLiteral("Demo.samverka"));
        const auto made = runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_file});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }
    void TearDown() override
    {
        if (m_hadData)
            qputenv("XDG_DATA_HOME", m_savedData);
        else
            qunsetenv("XDG_DATA_HOME");
    }
    CliResult revise() const
    {
        return runCli({QStringLiteral("revise"), m_file, QStringLiteral("--agreement"),
                       QStringLiteral("ag-2021")});
    }

    QTemporaryDir m_dir;
    QByteArray m_savedData;
    bool m_hadData = false;
    QString m_file;
};

} // namespace

TEST_F(CliBackupFolderTest, AChangeIsBackedUpInTheAppsDefaultFolder)
{
    const auto result = revise();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    // The desktop app's folder (organisation and application "Samverka"), not samverka-cli's.
    const QDir backups(m_dir.filePath(QStringLiteral("data/Samverka/Samverka/backups")));
    EXPECT_EQ(backups.entryList({QStringLiteral("Demo-*.samverka")}, QDir::Files).size(), 1)
        << backups.path().toStdString();
}

TEST_F(CliBackupFolderTest, ABackupThatCannotBeMadeIsSaidAndTheCommandStillRuns)
{
    // A file where the folder should be: file modes do not stop root, this does.
    QDir().mkpath(m_dir.filePath(QStringLiteral("data/Samverka")));
    QFile blocker(m_dir.filePath(QStringLiteral("data/Samverka/Samverka")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto result = revise();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_FALSE(result.out.trimmed().isEmpty()); // the new draft's id
    EXPECT_TRUE(result.err.contains(QStringLiteral("Samverka/Samverka/backups")))
        << result.err.toStdString();
}
