// The open sequence against a corpus of files that are not ours, broken, locked,
// newer or read-only. Every refusal must be its own kind of error, name the file,
// and leave the file byte-for-byte as it was (and no stray files beside it).

#include "InfraTestSupport.h"

#include "OpenSequence.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;
using Kind = StorageError::Kind;
using Reason = MunicipalityFile::ReadOnlyReason;

namespace {

class OpenSequenceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_settings.busyTimeoutMs = 100;
        m_options.backupDir = m_backups.path();
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// Opens path expecting a refusal of the given kind; checks the file and its
    /// folder are unchanged and that no backup was made.
    void expectRefused(const QString &path, Kind expected)
    {
        const QByteArray hashBefore = sha256(path);
        const QStringList entriesBefore = folderEntries(m_dir.path());
        try {
            OpenSequence::run(path, m_options, m_settings);
            ADD_FAILURE() << "opened " << path.toStdString();
        } catch (const StorageError &error) {
            EXPECT_EQ(int(error.kind()), int(expected)) << error.message().toStdString();
            EXPECT_TRUE(error.message().contains(QFileInfo(path).fileName()))
                << "the message does not name the file: " << error.message().toStdString();
        }
        EXPECT_EQ(sha256(path), hashBefore) << "the file was changed";
        EXPECT_EQ(folderEntries(m_dir.path()), entriesBefore) << "files appeared or vanished";
        EXPECT_TRUE(folderEntries(m_backups.path()).isEmpty()) << "a refused file was backed up";
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    MunicipalityFile::OpenOptions m_options;
    OpenSequence::Settings m_settings;
};

} // namespace

TEST_F(OpenSequenceTest, AValidFileOpensForWritingAndIsBackedUp)
{
    const QString path = file(QStringLiteral("Härnösand.samverka"));
    makeValidFile(path);
    const OpenSequence::Result result = OpenSequence::run(path, m_options, m_settings);
    ASSERT_TRUE(result.db);
    EXPECT_FALSE(result.db->isReadOnly());
    EXPECT_EQ(result.readOnlyReason, Reason::None);
    EXPECT_EQ(result.schemaVersion, fileformat::schemaVersion);
    EXPECT_FALSE(result.migrated);
    EXPECT_TRUE(QFile::exists(result.backupPath));
    EXPECT_TRUE(
        QFileInfo(result.backupPath)
            .fileName()
            .contains(QRegularExpression(QStringLiteral("^Härnösand-\\d{8}-\\d{6}\\.samverka$"))))
        << result.backupPath.toStdString();
    EXPECT_EQ(result.db->busyTimeoutMs(), 100);
}

TEST_F(OpenSequenceTest, BackupOnOpenCanBeTurnedOff)
{
    const QString path = file(QStringLiteral("a.samverka"));
    makeValidFile(path);
    m_options.backupOnOpen = false;
    const OpenSequence::Result result = OpenSequence::run(path, m_options, m_settings);
    EXPECT_TRUE(result.backupPath.isEmpty());
    EXPECT_TRUE(folderEntries(m_backups.path()).isEmpty());
}

TEST_F(OpenSequenceTest, ReadOnlyOnRequestWritesNothing)
{
    const QString path = file(QStringLiteral("a.samverka"));
    makeValidFile(path);
    const QByteArray before = sha256(path);
    m_options.readOnly = true;
    const OpenSequence::Result result = OpenSequence::run(path, m_options, m_settings);
    EXPECT_EQ(result.readOnlyReason, Reason::Requested);
    EXPECT_TRUE(result.db->isReadOnly());
    EXPECT_TRUE(result.backupPath.isEmpty());
    EXPECT_THROW(result.db->exec(QStringLiteral("DELETE FROM municipality")), StorageError);
    EXPECT_EQ(sha256(path), before);
}

TEST_F(OpenSequenceTest, AMissingPathIsNotFoundAndNeverCreated)
{
    const QString path = file(QStringLiteral("missing.samverka"));
    expectRefused(path, Kind::NotFound);
    EXPECT_FALSE(QFileInfo::exists(path));
    const QString deeper = file(QStringLiteral("no-such-folder/missing.samverka"));
    expectRefused(deeper, Kind::NotFound);
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("no-such-folder"))));
}

TEST_F(OpenSequenceTest, AFolderIsRefused)
{
    const QString path = file(QStringLiteral("folder.samverka"));
    ASSERT_TRUE(QDir().mkpath(path));
    expectRefused(path, Kind::IsDirectory);
}

TEST_F(OpenSequenceTest, AnUnreadableFileIsRefused)
{
    const QString path = file(QStringLiteral("secret.samverka"));
    makeValidFile(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::Permissions()));
    {
        const FileAccessAsAUser user(m_dir.path()); // root reads anything: be a user
        ASSERT_TRUE(FileAccessAsAUser::holds());
        QFile probe(path);
        ASSERT_FALSE(probe.open(QIODevice::ReadOnly)) << "a file with mode 0000 was read";
        expectRefused(path, Kind::NotReadable);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(OpenSequenceTest, FilesThatAreNotDatabasesAreNotSqlite)
{
    const QString empty = file(QStringLiteral("empty.samverka"));
    writeBytes(empty, {});
    expectRefused(empty, Kind::NotSqlite);

    const QString text = file(QStringLiteral("notes.samverka"));
    writeBytes(text, "Mötesanteckningar från styrgruppen\nPunkt 1: trygghetsvandring\n");
    expectRefused(text, Kind::NotSqlite);

    const QString random = file(QStringLiteral("random.samverka"));
    QByteArray bytes(8192, '\0');
    QRandomGenerator generator(42);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    writeBytes(random, bytes);
    expectRefused(random, Kind::NotSqlite);

    const QString almost = file(QStringLiteral("almost.samverka"));
    writeBytes(almost, "SQLite format 2\0 and then some more bytes");
    expectRefused(almost, Kind::NotSqlite);
}

TEST_F(OpenSequenceTest, AnotherProgramsSqliteFileIsRefusedByName)
{
    const QString none = file(QStringLiteral("places.sqlite"));
    makeSqliteFile(none, QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
    expectRefused(none, Kind::ForeignFile);

    const QString other = file(QStringLiteral("other.samverka"));
    makeSqliteFile(other, QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value "
                                         "TEXT); PRAGMA application_id = 1234; PRAGMA "
                                         "user_version = 1;"));
    expectRefused(other, Kind::ForeignFile);
    try {
        OpenSequence::run(other, m_options, m_settings);
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("another program")));
    }
}

TEST_F(OpenSequenceTest, TruncatedFilesAreDamaged)
{
    const QString valid = file(QStringLiteral("valid.samverka"));
    makeValidFile(valid);
    const QByteArray bytes = readBytes(valid);
    ASSERT_GT(bytes.size(), 8192);

    const QString short1000 = file(QStringLiteral("first1000.samverka"));
    writeBytes(short1000, bytes.left(1000));
    expectRefused(short1000, Kind::Damaged);

    const QString headerOnly = file(QStringLiteral("header.samverka"));
    writeBytes(headerOnly, bytes.left(60));
    expectRefused(headerOnly, Kind::Damaged);

    const QString halfPages = file(QStringLiteral("half.samverka"));
    writeBytes(halfPages, bytes.left(2 * 4096));
    expectRefused(halfPages, Kind::Damaged);
}

TEST_F(OpenSequenceTest, AFileWithACorruptedPageIsDamaged)
{
    const QString path = file(QStringLiteral("corrupt.samverka"));
    makeValidFile(path);
    QByteArray bytes = readBytes(path);
    const int pageSize = 4096;
    const int pages = int(bytes.size() / pageSize);
    ASSERT_GT(pages, 4);
    // Overwrite a b-tree page in the middle with a pattern that is no valid page.
    const int page = pages / 2;
    for (int i = 0; i < pageSize; ++i)
        bytes[page * pageSize + i] = char(0xA5 ^ (i & 0x3f));
    writeBytes(path, bytes);
    expectRefused(path, Kind::Damaged);
}

TEST_F(OpenSequenceTest, ALockedFileIsReportedAsLocked)
{
    const QString path = file(QStringLiteral("busy.samverka"));
    makeValidFile(path);
    {
        Database holder(path, Database::Mode::ReadWrite);
        holder.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        const QByteArray before = sha256(path);
        try {
            OpenSequence::run(path, m_options, m_settings);
            ADD_FAILURE() << "opened a file under an exclusive lock";
        } catch (const StorageError &error) {
            EXPECT_EQ(error.kind(), Kind::Locked);
            EXPECT_TRUE(error.message().contains(QStringLiteral("busy.samverka")));
        }
        EXPECT_EQ(sha256(path), before);
        EXPECT_TRUE(folderEntries(m_backups.path()).isEmpty());
        holder.exec(QStringLiteral("ROLLBACK"));
    }
    // Once the lock is gone the same file opens.
    EXPECT_NO_THROW(OpenSequence::run(path, m_options, m_settings));
}

TEST_F(OpenSequenceTest, AColleaguesPendingWriteDoesNotKeepUsOut)
{
    const QString path = file(QStringLiteral("shared.samverka"));
    makeValidFile(path);
    Database colleague(path, Database::Mode::ReadWrite);
    Transaction transaction(colleague); // RESERVED: readers may still come in
    colleague.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
    const OpenSequence::Result result = OpenSequence::run(path, m_options, m_settings);
    EXPECT_EQ(result.readOnlyReason, Reason::None);
    EXPECT_TRUE(settingValue(*result.db, QStringLiteral("x")).isNull());
}

TEST_F(OpenSequenceTest, ANewerVersionOpensReadOnlyAndRefusesWrites)
{
    const QString path = file(QStringLiteral("future.samverka"));
    makeValidFile(path);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = sha256(path);
    const OpenSequence::Result result = OpenSequence::run(path, m_options, m_settings);
    EXPECT_EQ(result.readOnlyReason, Reason::NewerVersion);
    EXPECT_EQ(result.schemaVersion, 99);
    EXPECT_TRUE(result.db->isReadOnly());
    EXPECT_TRUE(result.backupPath.isEmpty());
    try {
        result.db->exec(QStringLiteral("UPDATE municipality SET name = 'x'"));
        ADD_FAILURE() << "wrote to a newer file";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::ReadOnly);
    }
    EXPECT_EQ(sha256(path), before);
}

TEST_F(OpenSequenceTest, AReadOnlyFileOpensReadOnlyForPermissions)
{
    const QString path = file(QStringLiteral("locked-down.samverka"));
    makeValidFile(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
    {
        const FileAccessAsAUser user(m_dir.path()); // root writes anything: be a user
        ASSERT_TRUE(FileAccessAsAUser::holds());
        ASSERT_TRUE(permissionsAreEnforced(path));
        const QByteArray before = sha256(path);
        const OpenSequence::Result result = OpenSequence::run(path, m_options, m_settings);
        EXPECT_EQ(result.readOnlyReason, Reason::FilePermissions);
        EXPECT_TRUE(result.db->isReadOnly());
        EXPECT_EQ(sha256(path), before);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(OpenSequenceTest, AFileWithoutAVersionIsDamaged)
{
    const QString path = file(QStringLiteral("unversioned.samverka"));
    makeValidFile(path);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA user_version = 0"));
    }
    expectRefused(path, Kind::Damaged);
}
