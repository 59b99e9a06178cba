// A writer killed mid-transaction leaves a hot journal beside a sound file (issue #12,
// defect 1). Opening rolls it back as SQLite intends, for reading and for writing, and
// says so; only a file still damaged afterwards is damaged. Without permission to roll
// back, the file is refused as needing recovery, not as damaged, and left as it is.

#include "InfraTestSupport.h"

#include "HotJournal.h"

#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;
using samverka::testing::makeHotJournal;

namespace {

class HotJournalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("crashed.samverka"));
        makeValidFile(m_path);
        {
            Database db(m_path, Database::Mode::ReadWrite);
            db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', 'saved')"));
        }
        makeHotJournal(m_path);
        m_options.backupDir = m_backups.path();
        m_options.backupOnOpen = false;
    }

    /// The file shows its last committed content: nothing of the killed transaction.
    void expectLastCommittedContent(MunicipalityFile &file)
    {
        EXPECT_EQ(file.integrityCheck(), QStringLiteral("ok"));
        EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-journal")));
        EXPECT_EQ(file.municipality().name, QStringLiteral("Härnösand"));
        for (const AuditEntry &entry : file.auditLog(10000))
            EXPECT_NE(entry.user, QStringLiteral("crash")) << "an uncommitted row survived";
        Database db(m_path, Database::Mode::ReadOnly);
        EXPECT_EQ(settingValue(db, QStringLiteral("kept")), QStringLiteral("saved"));
        EXPECT_TRUE(settingValue(db, QStringLiteral("crash")).isNull());
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
};

} // namespace

TEST_F(HotJournalTest, ReadOnlyOpenRollsBackAndSaysSo)
{
    m_options.readOnly = true;
    const auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_TRUE(file->isReadOnly());
    EXPECT_TRUE(file->wasRecovered());
    EXPECT_TRUE(file->recoveryMessage().contains(QStringLiteral("crashed.samverka")));
    expectLastCommittedContent(*file);
}

TEST_F(HotJournalTest, ReadWriteOpenRollsBackAndSaysSo)
{
    const auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_FALSE(file->isReadOnly());
    EXPECT_TRUE(file->wasRecovered());
    EXPECT_FALSE(file->recoveryMessage().isEmpty());
    expectLastCommittedContent(*file);
    file->setUserName(QStringLiteral("Efter kraschen"));
    EXPECT_EQ(file->userName(), QStringLiteral("Efter kraschen"));
}

TEST_F(HotJournalTest, ASoundFileIsNotRecovered)
{
    const auto first = MunicipalityFile::open(m_path, m_options);
    ASSERT_TRUE(first->wasRecovered());
    const auto second = MunicipalityFile::open(m_path, m_options);
    EXPECT_FALSE(second->wasRecovered());
    EXPECT_TRUE(second->recoveryMessage().isEmpty());
}

TEST_F(HotJournalTest, WithoutLeaveToRollBackItNeedsRecoveryAndIsUntouched)
{
    m_options.readOnly = true;
    m_options.recoverInterruptedWrite = false;
    const QByteArray before = sha256(m_path);
    const QByteArray journal = sha256(m_path + QStringLiteral("-journal"));
    try {
        MunicipalityFile::open(m_path, m_options);
        ADD_FAILURE() << "opened a file with a hot journal without rolling it back";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::NeedsRecovery) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("crashed.samverka")));
        EXPECT_TRUE(error.message().contains(QStringLiteral("not damage")))
            << error.message().toStdString();
        EXPECT_FALSE(error.message().contains(QStringLiteral("backup")))
            << "restoring a backup would throw away good edits";
    }
    EXPECT_EQ(sha256(m_path), before);
    EXPECT_EQ(sha256(m_path + QStringLiteral("-journal")), journal);
    // Once allowed, the same file opens with its committed content.
    m_options.recoverInterruptedWrite = true;
    const auto file = MunicipalityFile::open(m_path, m_options);
    expectLastCommittedContent(*file);
}
