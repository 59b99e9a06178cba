// A file of an older schema version that may only be read (read-only asked for, or a
// write-protected file on a share) opens from an updated copy in memory: reading shows
// the data as the update makes it, and the file keeps every byte, its modification time
// and its folder (no journal, no backup); writing is refused as for any read-only file.

#include "InfraTestSupport.h"

#include "MunicipalityFile.h"
#include "OpenSequence.h"
#include "StorageError.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::storage;
using namespace samverka::storage::testing;
using Kind = StorageError::Kind;
using Reason = MunicipalityFile::ReadOnlyReason;

namespace {

/// A version-1 file made with the version-1 schema, whose statistics' rowids (their order
/// in version 1) do not follow the natural key.
void makeVersion1File(const QString &path)
{
    QFile schema(QStringLiteral(":/sql/schema_v1.sql"));
    ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
    Database db(path, Database::Mode::Create);
    db.exec(QString::fromUtf8(schema.readAll()));
    db.exec(QStringLiteral(
        "PRAGMA application_id = 1396788566; PRAGMA user_version = 1;"
        "INSERT INTO municipality (id, name, code) VALUES (1, 'Härnösand', '2280');"
        "INSERT INTO crime_statistics (id, municipality_code, municipality_name, year, period, "
        "crime_type, category, count, preliminary) VALUES "
        "(7, '2280', 'Härnösand', 2023, '', 'Skadegörelse', '', 300, 0),"
        "(3, '2280', 'Härnösand', 2023, '', 'Rån', '', NULL, 1),"
        "(12, '2280', 'Härnösand', 2023, '', 'Misshandel', '', 0, 0);"));
}

QStringList statistics(const MunicipalityFile &file)
{
    QStringList rows;
    for (const core::CrimeStatistic &row : file.crimeStatistics())
        rows << QStringLiteral("%1 %2 %3")
                    .arg(row.year)
                    .arg(row.crimeType)
                    .arg(row.count ? QString::number(*row.count) : QStringLiteral(".."));
    return rows;
}

const QStringList version1Rows{QStringLiteral("2023 Rån .."),
                               QStringLiteral("2023 Skadegörelse 300"),
                               QStringLiteral("2023 Misshandel 0")};

class ReadOnlyOlderFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Härnösand.samverka"));
        makeVersion1File(m_path);
        // An old modification time: any write, even within the same second, shows.
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(QDateTime(QDate(2020, 5, 4), QTime(3, 2, 1), Qt::UTC),
                                     QFileDevice::FileModificationTime));
        file.close();
        m_options.backupDir = m_backups.path();
        m_bytes = readBytes(m_path);
        m_modified = QFileInfo(m_path).lastModified();
        m_entries = folderEntries(m_dir.path());
    }

    void TearDown() override
    {
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    /// Opens the file, which must come from an updated copy for the given reason, and
    /// reads and tries to write it.
    void expectUpdatedCopy(Reason reason)
    {
        auto file = MunicipalityFile::open(m_path, m_options);
        EXPECT_EQ(file->readOnlyReason(), reason);
        EXPECT_TRUE(file->isReadOnly());
        EXPECT_TRUE(file->isMigratedCopy());
        EXPECT_FALSE(file->wasMigrated()) << "the file itself was not migrated";
        EXPECT_EQ(file->schemaVersion(), 1) << "the version of the file on disk";
        EXPECT_TRUE(file->lastBackupPath().isEmpty());

        EXPECT_EQ(file->municipality().name, QStringLiteral("Härnösand"));
        EXPECT_EQ(statistics(*file), version1Rows) << "read in the order version 1 kept";
        EXPECT_EQ(file->integrityCheck(), QStringLiteral("ok"));
        EXPECT_FALSE(file->checkForExternalChanges());

        try {
            file->importCrimeStatistics(
                {core::CrimeStatistic{QStringLiteral("2280"), QStringLiteral("Härnösand"), 2024,
                                      QString(), QStringLiteral("Rån"), QString(), 4, false}});
            ADD_FAILURE() << "wrote to a read-only file";
        } catch (const StorageError &error) {
            EXPECT_EQ(error.kind(), Kind::ReadOnly);
            EXPECT_TRUE(error.message().contains(QStringLiteral("Härnösand.samverka")));
        }
        EXPECT_THROW(file->setUserName(QStringLiteral("Anna")), StorageError);
        EXPECT_EQ(statistics(*file), version1Rows);
        EXPECT_EQ(folderEntries(m_dir.path()), m_entries) << "a journal or copy appeared";
    }

    void expectFileUntouched()
    {
        EXPECT_EQ(readBytes(m_path), m_bytes) << "the file was changed";
        EXPECT_EQ(QFileInfo(m_path).lastModified(), m_modified);
        EXPECT_EQ(folderEntries(m_dir.path()), m_entries) << "files appeared or vanished";
        EXPECT_TRUE(folderEntries(m_backups.path()).isEmpty()) << "a read-only file was backed up";
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
    QByteArray m_bytes;
    QDateTime m_modified;
    QStringList m_entries;
};

} // namespace

TEST_F(ReadOnlyOlderFileTest, ReadOnlyOnRequestShowsTheUpdatedDataAndLeavesTheFile)
{
    m_options.readOnly = true;
    expectUpdatedCopy(Reason::Requested);
    expectFileUntouched();
    Database db(m_path, Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")), 1);
}

TEST_F(ReadOnlyOlderFileTest, AWriteProtectedFileShowsTheUpdatedDataAndLeavesTheFile)
{
    ASSERT_TRUE(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ReadOther));
    const FileAccessAsAUser user(m_dir.path()); // root writes anything: be a user
    ASSERT_TRUE(FileAccessAsAUser::holds());
    ASSERT_TRUE(permissionsAreEnforced(m_path));
    expectUpdatedCopy(Reason::FilePermissions);
    expectFileUntouched();
}

TEST_F(ReadOnlyOlderFileTest, TheCopyRefusesChangesEvenBelowTheFacade)
{
    m_options.readOnly = true;
    const OpenSequence::Result result = OpenSequence::run(m_path, m_options);
    ASSERT_TRUE(result.db);
    ASSERT_TRUE(result.source);
    EXPECT_FALSE(result.migrated);
    EXPECT_EQ(result.schemaVersion, 1);
    EXPECT_EQ(pragma(*result.db, QStringLiteral("user_version")), fileformat::schemaVersion);
    EXPECT_EQ(pragma(*result.source, QStringLiteral("user_version")), 1);
    EXPECT_TRUE(result.source->isReadOnly());
    try {
        result.db->exec(QStringLiteral("DELETE FROM crime_statistics"));
        ADD_FAILURE() << "the copy took a change";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::ReadOnly);
    }
    expectFileUntouched();
}

TEST_F(ReadOnlyOlderFileTest, AColleaguesChangeToTheFileReachesTheCopy)
{
    m_options.readOnly = true;
    auto file = MunicipalityFile::open(m_path, m_options);
    ASSERT_TRUE(file->isMigratedCopy());
    int notices = 0;
    QObject::connect(file.get(), &MunicipalityFile::externallyChanged, [&] { ++notices; });

    // A colleague with the older program adds a row to the version-1 file ...
    {
        Database colleague(m_path, Database::Mode::ReadWrite);
        colleague.exec(QStringLiteral(
            "INSERT INTO crime_statistics (id, municipality_code, municipality_name, year, "
            "period, crime_type, category, count, preliminary) VALUES "
            "(20, '2280', 'Härnösand', 2023, '', 'Bedrägeri', '', 40, 0)"));
    }
    EXPECT_TRUE(file->checkForExternalChanges());
    EXPECT_EQ(notices, 1);
    EXPECT_EQ(statistics(*file), version1Rows + QStringList{QStringLiteral("2023 Bedrägeri 40")});
    EXPECT_THROW(file->setUserName(QStringLiteral("Anna")), StorageError);

    // ... then one with this program opens it for writing, which updates the file itself.
    {
        MunicipalityFile::OpenOptions writing;
        writing.backupDir = m_backups.path();
        auto colleague = MunicipalityFile::open(m_path, writing);
        ASSERT_TRUE(colleague->wasMigrated());
        colleague->importCrimeStatistics(
            {core::CrimeStatistic{QStringLiteral("2280"), QStringLiteral("Härnösand"), 2023,
                                  QString(), QStringLiteral("Rån"), QString(), 4, false}});
    }
    EXPECT_TRUE(file->checkForExternalChanges());
    EXPECT_EQ(
        statistics(*file),
        (QStringList{QStringLiteral("2023 Rån 4"), QStringLiteral("2023 Skadegörelse 300"),
                     QStringLiteral("2023 Misshandel 0"), QStringLiteral("2023 Bedrägeri 40")}));
    EXPECT_EQ(file->integrityCheck(), QStringLiteral("ok"));
    EXPECT_FALSE(file->checkForExternalChanges());
}

TEST_F(ReadOnlyOlderFileTest, AFileWhoseUpdateFailsIsRefusedUnchanged)
{
    m_options.readOnly = true;
    OpenSequence::Settings settings;
    settings.targetVersion = 2; // the one step there is fails
    settings.migrator =
        Migrator({{1, QStringLiteral("ALTER TABLE crime_statistics ADD COLUMN note TEXT;"
                                     "INSERT INTO no_such_table VALUES (1);")}});
    try {
        OpenSequence::run(m_path, m_options, settings);
        ADD_FAILURE() << "opened a file whose update fails";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), Kind::MigrationFailed);
        EXPECT_TRUE(error.message().contains(QStringLiteral("Härnösand.samverka")))
            << error.message().toStdString();
        EXPECT_TRUE(error.detail().contains(QStringLiteral("no_such_table")))
            << error.detail().toStdString();
    }
    expectFileUntouched();
}
