// Rotating backup-API copies and restoring them: names, rotation to the newest ten,
// consistent content, and a restore that never leaves a half-written file.

#include "InfraTestSupport.h"

#include "BackupManager.h"
#include "StorageError.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Storuman.samverka"));
        makeValidFile(m_path, QStringLiteral("Storuman"));
    }

    static QString municipalityName(const QString &path)
    {
        Database db(path, Database::Mode::ReadOnly);
        Statement query = db.prepare(QStringLiteral("SELECT name FROM municipality"));
        return query.step() ? query.text(0) : QString();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    samverka::core::FixedClock m_clock{QDateTime(QDate(2024, 5, 17), QTime(9, 30, 5))};
};

} // namespace

TEST_F(BackupTest, ACopyIsNamedByFileAndTimeAndHoldsTheSameData)
{
    const BackupManager backups(m_backups.path(), BackupManager::defaultKeep, m_clock);
    Database db(m_path, Database::Mode::ReadWrite);
    const QString copy = backups.backup(db);
    EXPECT_EQ(QFileInfo(copy).fileName(), QStringLiteral("Storuman-20240517-093005.samverka"));
    EXPECT_EQ(municipalityName(copy), QStringLiteral("Storuman"));
    Database backup(copy, Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(backup, QStringLiteral("application_id")), fileformat::applicationId);
    EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), fileformat::schemaVersion);
    // Nothing but the copy itself and the note of what it was made from is left in the
    // backup folder (no temporary file).
    EXPECT_EQ(folderEntries(m_backups.path()),
              (QStringList{QStringLiteral(".Storuman.last-backup"), QFileInfo(copy).fileName()}));
}

TEST_F(BackupTest, TwoCopiesInOneSecondBothSurvive)
{
    const BackupManager backups(m_backups.path(), BackupManager::defaultKeep, m_clock);
    Database db(m_path, Database::Mode::ReadWrite);
    const QString first = backups.backup(db);
    db.exec(QStringLiteral("UPDATE municipality SET county = 'Västerbottens län'"));
    const QString second = backups.backup(db);
    EXPECT_NE(first, second);
    EXPECT_EQ(QFileInfo(second).fileName(), QStringLiteral("Storuman-20240517-093005-2.samverka"));
    EXPECT_EQ(backups.backupsOf(m_path), (QStringList{second, first}));
}

TEST_F(BackupTest, OnlyTheNewestTenCopiesOfAFileAreKept)
{
    const BackupManager backups(m_backups.path(), BackupManager::defaultKeep, m_clock);
    Database db(m_path, Database::Mode::ReadWrite);
    // Another municipality's copies in the same folder are not touched.
    const QString other = m_dir.filePath(QStringLiteral("Lycksele.samverka"));
    makeValidFile(other, QStringLiteral("Lycksele"));
    Database otherDb(other, Database::Mode::ReadWrite);
    const QString otherCopy = backups.backup(otherDb);

    QStringList made;
    for (int i = 0; i < 12; ++i) {
        m_clock.set(QDateTime(QDate(2024, 5, 17), QTime(10, 0, i)));
        db.exec(QStringLiteral("UPDATE municipality SET county = '%1'").arg(i));
        made.append(backups.backup(db));
    }
    const QStringList kept = backups.backupsOf(m_path);
    ASSERT_EQ(kept.size(), 10);
    EXPECT_EQ(kept.first(), made.last());
    EXPECT_EQ(kept.last(), made.at(2));
    EXPECT_FALSE(QFile::exists(made.at(0)));
    EXPECT_FALSE(QFile::exists(made.at(1)));
    EXPECT_TRUE(QFile::exists(otherCopy));
}

TEST_F(BackupTest, AnUnchangedFileKeepsItsNewestCopyAndTheOlderOnes)
{
    const BackupManager backups(m_backups.path(), 3, m_clock);
    Database db(m_path, Database::Mode::ReadWrite);
    const QString before = backups.backup(db);
    m_clock.set(QDateTime(QDate(2024, 5, 17), QTime(11, 0, 0)));
    db.exec(QStringLiteral("UPDATE municipality SET name = 'Storuman kommun'"));
    const QString after = backups.backup(db);
    ASSERT_NE(after, before);
    // Opened again and again without a change: no new copy pushes the older one out.
    for (int i = 1; i <= 5; ++i) {
        m_clock.set(QDateTime(QDate(2024, 5, 17), QTime(12, i, 0)));
        EXPECT_EQ(backups.backup(db), after);
    }
    EXPECT_EQ(backups.backupsOf(m_path), (QStringList{after, before}));
    EXPECT_EQ(municipalityName(before), QStringLiteral("Storuman"));
    // One change, of the same size, is a new copy.
    db.exec(QStringLiteral("UPDATE municipality SET name = 'Storuman-kommun'"));
    const QString changed = backups.backup(db);
    EXPECT_NE(changed, after);
    EXPECT_EQ(municipalityName(changed), QStringLiteral("Storuman-kommun"));
    EXPECT_EQ(backups.backupsOf(m_path), (QStringList{changed, after, before}));
}

TEST_F(BackupTest, RestoreReplacesTheFileWithTheCopy)
{
    const BackupManager backups(m_backups.path(), BackupManager::defaultKeep, m_clock);
    QString copy;
    {
        Database db(m_path, Database::Mode::ReadWrite);
        copy = backups.backup(db);
        db.exec(QStringLiteral("UPDATE municipality SET name = 'Changed after the backup'"));
    }
    ASSERT_EQ(municipalityName(m_path), QStringLiteral("Changed after the backup"));
    const QStringList entriesBefore = folderEntries(m_dir.path());
    BackupManager::restore(copy, m_path);
    EXPECT_EQ(municipalityName(m_path), QStringLiteral("Storuman"));
    EXPECT_EQ(folderEntries(m_dir.path()), entriesBefore) << "a temporary file was left behind";
    EXPECT_TRUE(QFile::exists(copy)) << "restoring must not consume the backup";
}

TEST_F(BackupTest, RestoreRefusesAForeignFileAndLeavesTheTargetAlone)
{
    const QString foreign = m_dir.filePath(QStringLiteral("other.sqlite"));
    makeSqliteFile(foreign, QStringLiteral("CREATE TABLE x (a)"));
    const QByteArray before = sha256(m_path);
    const QStringList entriesBefore = folderEntries(m_dir.path());
    try {
        BackupManager::restore(foreign, m_path);
        FAIL() << "restored a foreign file";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::ForeignFile);
    }
    EXPECT_EQ(sha256(m_path), before);
    EXPECT_EQ(folderEntries(m_dir.path()), entriesBefore);
}

TEST_F(BackupTest, RestoreOfAMissingBackupLeavesTheTargetAlone)
{
    const QByteArray before = sha256(m_path);
    EXPECT_THROW(
        BackupManager::restore(m_backups.filePath(QStringLiteral("none.samverka")), m_path),
        StorageError);
    EXPECT_EQ(sha256(m_path), before);
}
