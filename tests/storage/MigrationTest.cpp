// The migration machinery on a synthetic older file (tests/data/storage): the tests
// pretend this program expects version 2 and inject the step, so the machinery is tested
// apart from the real steps (SchemaV2MigrationTest has the real one). A failing step must
// roll back completely, leaving the file as it was and the backup made before it in place.

#include "InfraTestSupport.h"

#include "Migrator.h"
#include "OpenSequence.h"
#include "StorageError.h"

#include <QTemporaryDir>

using namespace samverka::storage;
using namespace samverka::storage::testing;
using Kind = StorageError::Kind;

namespace {

QString testData(const QString &name)
{
    QFile file(QStringLiteral(SAMVERKA_TEST_DATA_DIR "/storage/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

class MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Storuman.samverka"));
        const QString fixture = testData(QStringLiteral("migration_v1.sql"));
        ASSERT_FALSE(fixture.isEmpty());
        makeSqliteFile(m_path, fixture);
        m_options.backupDir = m_backups.path();
        m_options.backupOnOpen = false; // the migration makes its own copy regardless
        m_settings.targetVersion = 2;
        m_settings.busyTimeoutMs = 100;
    }

    static QStringList titles(Database &db)
    {
        QStringList result;
        Statement query = db.prepare(QStringLiteral("SELECT title FROM measures ORDER BY id"));
        while (query.step())
            result.append(query.text(0));
        return result;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
    OpenSequence::Settings m_settings;
};

const QStringList originalTitles{QStringLiteral("Trygghetsvandring i centrum"),
                                 QStringLiteral("Krogtillsyn vid 12 tillfällen"),
                                 QStringLiteral("Vuxna på stan")};

} // namespace

TEST_F(MigrationTest, AnOlderFileIsBackedUpThenMigratedInOneStep)
{
    m_settings.migrator = Migrator({{1, testData(QStringLiteral("migrate_1_to_2_test.sql"))}});
    const OpenSequence::Result result = OpenSequence::run(m_path, m_options, m_settings);
    EXPECT_TRUE(result.migrated);
    EXPECT_EQ(result.schemaVersion, 2);
    EXPECT_EQ(result.readOnlyReason, MunicipalityFile::ReadOnlyReason::None);
    EXPECT_EQ(pragma(*result.db, QStringLiteral("user_version")), 2);
    EXPECT_EQ(pragma(*result.db, QStringLiteral("application_id")), fileformat::applicationId);
    EXPECT_EQ(titles(*result.db), originalTitles);
    Statement status = result.db->prepare(
        QStringLiteral("SELECT count(*) FROM measures WHERE status = 'planned'"));
    ASSERT_TRUE(status.step());
    EXPECT_EQ(status.int64(0), 3);

    // The backup is the file as it was before: version 1, same content.
    ASSERT_TRUE(QFile::exists(result.backupPath));
    EXPECT_TRUE(result.backupPath.startsWith(m_backups.path()));
    Database backup(result.backupPath, Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), 1);
    EXPECT_EQ(titles(backup), originalTitles);
    EXPECT_THROW(backup.exec(QStringLiteral("SELECT status FROM measures")), StorageError);
}

TEST_F(MigrationTest, AFailingStepRollsBackAndKeepsTheBackup)
{
    m_settings.migrator = Migrator({{1, testData(QStringLiteral("migrate_1_to_2_failing.sql"))}});
    const QByteArray before = sha256(m_path);
    const QStringList entriesBefore = folderEntries(m_dir.path());
    try {
        OpenSequence::run(m_path, m_options, m_settings);
        FAIL() << "a failing migration opened the file";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::MigrationFailed);
        EXPECT_TRUE(error.message().contains(QStringLiteral("Storuman.samverka")));
        EXPECT_TRUE(error.message().contains(m_backups.path()))
            << "the message should say where the backup is: " << error.message().toStdString();
        EXPECT_TRUE(error.detail().contains(QStringLiteral("no_such_table")))
            << error.detail().toStdString();
    }
    EXPECT_EQ(sha256(m_path), before) << "a failed migration changed the file";
    EXPECT_EQ(folderEntries(m_dir.path()), entriesBefore);

    const QStringList backups = backupCopies(m_backups.path());
    ASSERT_EQ(backups.size(), 1);
    Database backup(m_backups.filePath(backups.first()), Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), 1);
    EXPECT_EQ(titles(backup), originalTitles);

    Database db(m_path, Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")), 1);
    EXPECT_EQ(titles(db), originalTitles);
}

TEST_F(MigrationTest, AMissingStepChangesNothing)
{
    m_settings.targetVersion = 3; // there is a step 1→2 but none 2→3
    m_settings.migrator = Migrator({{1, testData(QStringLiteral("migrate_1_to_2_test.sql"))}});
    const QByteArray before = sha256(m_path);
    try {
        OpenSequence::run(m_path, m_options, m_settings);
        FAIL() << "migrated without a step";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::MigrationFailed);
        EXPECT_TRUE(error.detail().contains(QStringLiteral("2 to 3")));
    }
    EXPECT_EQ(sha256(m_path), before);
}

TEST_F(MigrationTest, StepsRunInOrderAcrossSeveralVersions)
{
    m_settings.targetVersion = 3;
    m_settings.migrator =
        Migrator({{2, QStringLiteral("UPDATE measures SET title = title || ' (v3)';")},
                  {1, testData(QStringLiteral("migrate_1_to_2_test.sql"))}});
    const OpenSequence::Result result = OpenSequence::run(m_path, m_options, m_settings);
    EXPECT_EQ(result.schemaVersion, 3);
    EXPECT_EQ(pragma(*result.db, QStringLiteral("user_version")), 3);
    Statement query =
        result.db->prepare(QStringLiteral("SELECT title, status FROM measures WHERE id = 'm3'"));
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.text(0), QStringLiteral("Vuxna på stan (v3)"));
    EXPECT_EQ(query.text(1), QStringLiteral("planned"));
}

TEST_F(MigrationTest, AnOlderFileOpenedReadOnlyIsMigratedInMemoryOnly)
{
    m_settings.migrator = Migrator({{1, testData(QStringLiteral("migrate_1_to_2_test.sql"))}});
    m_options.readOnly = true;
    const QByteArray before = sha256(m_path);
    const QStringList entriesBefore = folderEntries(m_dir.path());
    {
        const OpenSequence::Result result = OpenSequence::run(m_path, m_options, m_settings);
        EXPECT_EQ(result.readOnlyReason, MunicipalityFile::ReadOnlyReason::Requested);
        EXPECT_FALSE(result.migrated);
        EXPECT_EQ(result.schemaVersion, 1);
        ASSERT_TRUE(result.source);
        EXPECT_EQ(pragma(*result.db, QStringLiteral("user_version")), 2);
        EXPECT_EQ(titles(*result.db), originalTitles);
        Statement status = result.db->prepare(
            QStringLiteral("SELECT count(*) FROM measures WHERE status = 'planned'"));
        ASSERT_TRUE(status.step());
        EXPECT_EQ(status.int64(0), 3);
    }
    EXPECT_EQ(sha256(m_path), before);
    EXPECT_EQ(folderEntries(m_dir.path()), entriesBefore);
    EXPECT_TRUE(folderEntries(m_backups.path()).isEmpty());
}

TEST_F(MigrationTest, AFailingStepOnAReadOnlyOlderFileChangesNothing)
{
    m_settings.migrator = Migrator({{1, testData(QStringLiteral("migrate_1_to_2_failing.sql"))}});
    m_options.readOnly = true;
    const QByteArray before = sha256(m_path);
    const QStringList entriesBefore = folderEntries(m_dir.path());
    try {
        OpenSequence::run(m_path, m_options, m_settings);
        FAIL() << "opened an older file whose migration fails";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::MigrationFailed);
        EXPECT_TRUE(error.message().contains(QStringLiteral("Storuman.samverka")))
            << error.message().toStdString();
    }
    EXPECT_EQ(sha256(m_path), before);
    EXPECT_EQ(folderEntries(m_dir.path()), entriesBefore);
    EXPECT_TRUE(folderEntries(m_backups.path()).isEmpty());
}

TEST_F(MigrationTest, TheCurrentVersionNeedsNoMigration)
{
    // With the program's real settings a file of the current version: no backup, no change.
    OpenSequence::Settings real;
    real.busyTimeoutMs = 100;
    const QString current = m_dir.filePath(QStringLiteral("current.samverka"));
    makeValidFile(current);
    const QByteArray before = sha256(current);
    const OpenSequence::Result result = OpenSequence::run(current, m_options, real);
    EXPECT_FALSE(result.migrated);
    EXPECT_EQ(result.schemaVersion, fileformat::schemaVersion);
    EXPECT_TRUE(result.backupPath.isEmpty());
    EXPECT_EQ(sha256(current), before);
}

TEST_F(MigrationTest, TheProgramsOwnResourcesHaveNoStepBeyondTheCurrentVersion)
{
    Database db(m_path, Database::Mode::ReadWrite);
    const QByteArray before = sha256(m_path);
    EXPECT_THROW(Migrator().migrate(db, fileformat::schemaVersion, fileformat::schemaVersion + 1),
                 StorageError);
    EXPECT_EQ(sha256(m_path), before);
}
