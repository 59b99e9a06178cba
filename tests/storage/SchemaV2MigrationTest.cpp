// The real step from version 1 to 2 (crime statistics in a WITHOUT ROWID table keyed
// by their natural key, the rowid id kept as a plain column): a version-1 file made
// with the version-1 schema opens, is backed up and migrated, and keeps every row, its
// missing counts and its order; it ends with the same schema as a new file; and the
// previous release, which opens a version-2 file read-only, can still read it.

#include "InfraTestSupport.h"

#include "MunicipalityFile.h"

#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

QString resource(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// A version-1 file as version 1 of Samverka made it, with statistics whose rowids do
/// not follow the natural key: the file's order within a municipality, year and period
/// was the rowid's.
void makeVersion1File(const QString &path)
{
    const QString schema = resource(QStringLiteral(":/sql/schema_v1.sql"));
    ASSERT_FALSE(schema.isEmpty());
    Database db(path, Database::Mode::Create);
    db.exec(schema);
    db.exec(QStringLiteral(
        "PRAGMA application_id = 1396788566; PRAGMA user_version = 1;"
        "INSERT INTO municipality (id, name, code) VALUES (1, 'Härnösand', '2280');"
        "INSERT INTO crime_statistics (id, municipality_code, municipality_name, year, period, "
        "crime_type, category, count, preliminary, created_at, updated_at) VALUES "
        "(7, '2280', 'Härnösand', 2023, '', 'Skadegörelse', '', 300, 0, "
        "'2024-01-02T03:04:05Z', '2024-02-03T04:05:06Z'),"
        "(3, '2280', 'Härnösand', 2023, '', 'Rån', 'Tillgrepp', NULL, 1, "
        "'2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z'),"
        "(12, '2280', 'Härnösand', 2023, '', 'Misshandel', '', 0, 0, "
        "'2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z'),"
        "(5, '2280', 'Härnösand', 2022, '2022-03', 'Misshandel', '', 9, 0, "
        "'2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z'),"
        "(1, '2262', 'Timrå', 2023, '', 'Rån', '', NULL, 0, "
        "'2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z');"));
}

/// Every row of the table as text, in the order DataLoader reads it.
QStringList statisticsRows(Database &db)
{
    QStringList rows;
    Statement query = db.prepare(QStringLiteral(
        "SELECT municipality_code, municipality_name, year, period, crime_type, category, "
        "coalesce(count, 'NULL'), preliminary, created_at, updated_at FROM crime_statistics "
        "ORDER BY municipality_code, year, period, id"));
    while (query.step()) {
        QStringList cells;
        for (int c = 0; c < 10; ++c)
            cells << query.text(c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

/// The statement with which version 1 of Samverka (DataLoader::crimeStatistics) reads
/// reported crimes, verbatim. Version 1 opens a newer file read-only and reading it is
/// promised to work (docs/file-format.md), so this text must keep working.
const char *const version1ReadingQuery =
    "SELECT municipality_code, municipality_name, year, period, crime_type, category, count, "
    "preliminary FROM crime_statistics ORDER BY municipality_code, year, period, id";

/// What version 1's query reads, one row a line.
QStringList readAsVersion1(Database &db)
{
    QStringList rows;
    Statement query = db.prepare(QString::fromUtf8(version1ReadingQuery));
    while (query.step())
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(query.text(0), query.text(1))
                    .arg(query.int64(2))
                    .arg(query.text(3), query.text(4), query.text(5),
                         query.isNull(6) ? QStringLiteral("..") : query.text(6))
                    .arg(query.int64(7));
    return rows;
}

/// The schema as sqlite_master has it (root pages aside), sorted.
QStringList schemaOf(Database &db)
{
    QStringList entries;
    Statement query = db.prepare(QStringLiteral(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    while (query.step())
        entries << QStringList{query.text(0), query.text(1), query.text(2), query.text(3)}.join(
            QLatin1Char('|'));
    return entries;
}

class SchemaV2MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Härnösand.samverka"));
        makeVersion1File(m_path);
        m_options.backupDir = m_backups.path();
        m_options.backupOnOpen = false; // the migration makes its own copy regardless
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
};

} // namespace

TEST_F(SchemaV2MigrationTest, AVersion1FileIsBackedUpAndKeepsEveryStatisticInOrder)
{
    QStringList before;
    {
        Database db(m_path, Database::Mode::ReadOnly);
        before = statisticsRows(db);
    }
    ASSERT_EQ(before.size(), 5);

    {
        auto file = MunicipalityFile::open(m_path, m_options);
        EXPECT_TRUE(file->wasMigrated());
        EXPECT_EQ(file->schemaVersion(), fileformat::schemaVersion);
        EXPECT_FALSE(file->lastBackupPath().isEmpty());

        // DataLoader reads the same rows in the same order, missing counts missing.
        QStringList loaded;
        for (const core::CrimeStatistic &row : file->crimeStatistics())
            loaded << QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(row.municipalityCode)
                          .arg(row.year)
                          .arg(row.period, row.crimeType)
                          .arg(row.count ? QString::number(*row.count) : QStringLiteral("..."));
        EXPECT_EQ(loaded, (QStringList{QStringLiteral("2262 2023  Rån ..."),
                                       QStringLiteral("2280 2022 2022-03 Misshandel 9"),
                                       QStringLiteral("2280 2023  Rån ..."),
                                       QStringLiteral("2280 2023  Skadegörelse 300"),
                                       QStringLiteral("2280 2023  Misshandel 0")}));

        // A new key goes after the migrated rows; a known one keeps its place.
        core::CrimeStatistic added{QStringLiteral("2280"),
                                   QStringLiteral("Härnösand"),
                                   2023,
                                   QString(),
                                   QStringLiteral("Bedrägeri"),
                                   QString(),
                                   40,
                                   false};
        core::CrimeStatistic known = added;
        known.crimeType = QStringLiteral("Rån");
        known.count = 4;
        const StatisticsImportReport report = file->importCrimeStatistics({added, known});
        EXPECT_EQ(report.imported, 1);
        EXPECT_EQ(report.updated, 1);
        QStringList types2023;
        for (const core::CrimeStatistic &row : file->crimeStatistics())
            if (row.municipalityCode == QStringLiteral("2280") && row.year == 2023)
                types2023 << row.crimeType;
        EXPECT_EQ(types2023,
                  (QStringList{QStringLiteral("Rån"), QStringLiteral("Skadegörelse"),
                               QStringLiteral("Misshandel"), QStringLiteral("Bedrägeri")}));
    }

    Database db(m_path, Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")), fileformat::schemaVersion);
    Statement ids = db.prepare(
        QStringLiteral("SELECT group_concat(id, ',') FROM (SELECT id FROM crime_statistics WHERE "
                       "crime_type <> 'Bedrägeri' ORDER BY id)"));
    ASSERT_TRUE(ids.step());
    EXPECT_EQ(ids.text(0), QStringLiteral("1,3,5,7,12")) << "the ids are copied unchanged";
    Statement index = db.prepare(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('crime_statistics_by_type', "
        "'crime_statistics_v1')"));
    ASSERT_TRUE(index.step());
    EXPECT_EQ(index.int64(0), 0);

    // The backup is the version-1 file as it was.
    const QStringList backups = backupCopies(m_backups.path());
    ASSERT_EQ(backups.size(), 1);
    Database backup(m_backups.filePath(backups.first()), Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), 1);
    EXPECT_EQ(statisticsRows(backup), before);
}

TEST_F(SchemaV2MigrationTest, AMigratedFileHasTheSchemaOfANewFile)
{
    MunicipalityFile::open(m_path, m_options).reset();
    const QString fresh = m_dir.filePath(QStringLiteral("new.samverka"));
    makeValidFile(fresh);

    Database migrated(m_path, Database::Mode::ReadOnly);
    Database created(fresh, Database::Mode::ReadOnly);
    const QStringList schema = schemaOf(created);
    EXPECT_EQ(schemaOf(migrated), schema);
    EXPECT_EQ(pragma(migrated, QStringLiteral("user_version")),
              pragma(created, QStringLiteral("user_version")));
    EXPECT_TRUE(schema.filter(QStringLiteral("WITHOUT ROWID")).size() == 1)
        << "crime_statistics is the one table without rowid";
}

TEST_F(SchemaV2MigrationTest, TheMigratedStatisticsKeepTheirRowsAndChecks)
{
    MunicipalityFile::open(m_path, m_options).reset();
    Database db(m_path, Database::Mode::ReadWrite);
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")), fileformat::schemaVersion);
    Statement rows = db.prepare(
        QStringLiteral("SELECT count(*), count(count), sum(preliminary) FROM crime_statistics"));
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.int64(0), 5);
    EXPECT_EQ(rows.int64(1), 3) << "suppressed counts stay missing, never 0";
    EXPECT_EQ(rows.int64(2), 1);
    // Still one row per natural key, and still no negative count.
    EXPECT_THROW(db.exec(QStringLiteral(
                     "INSERT INTO crime_statistics (municipality_code, year, period, crime_type, "
                     "count, id) VALUES ('2280', 2023, '', 'Rån', 1, 99)")),
                 StorageError);
    EXPECT_THROW(db.exec(QStringLiteral(
                     "INSERT INTO crime_statistics (municipality_code, year, period, crime_type, "
                     "count, id) VALUES ('2280', 2024, '', 'Rån', -1, 99)")),
                 StorageError);
}

TEST_F(SchemaV2MigrationTest, ThePreviousReleaseReadsAMigratedAndANewFile)
{
    // A migrated file: the old order comes back through the old query.
    MunicipalityFile::open(m_path, m_options).reset();
    {
        Database migrated(m_path, Database::Mode::ReadOnly);
        ASSERT_EQ(pragma(migrated, QStringLiteral("user_version")), fileformat::schemaVersion);
        EXPECT_EQ(readAsVersion1(migrated),
                  (QStringList{QStringLiteral("2262 Timrå 2023  Rån  .. 0"),
                               QStringLiteral("2280 Härnösand 2022 2022-03 Misshandel  9 0"),
                               QStringLiteral("2280 Härnösand 2023  Rån Tillgrepp .. 1"),
                               QStringLiteral("2280 Härnösand 2023  Skadegörelse  300 0"),
                               QStringLiteral("2280 Härnösand 2023  Misshandel  0 0")}));
    }

    // A new file: rows imported out of the key's order come back in the order they came.
    const QString fresh = m_dir.filePath(QStringLiteral("new.samverka"));
    makeValidFile(fresh);
    {
        auto file = MunicipalityFile::open(fresh, m_options);
        const auto crime = [](const char *type, std::optional<int> count) {
            return core::CrimeStatistic{QStringLiteral("2280"),
                                        QStringLiteral("Härnösand"),
                                        2023,
                                        QString(),
                                        QString::fromUtf8(type),
                                        QString(),
                                        count,
                                        false};
        };
        file->importCrimeStatistics(
            {crime("Skadegörelse", 300), crime("Rån", std::nullopt), crime("Misshandel", 12)});
    }
    Database created(fresh, Database::Mode::ReadOnly);
    ASSERT_EQ(pragma(created, QStringLiteral("user_version")), fileformat::schemaVersion);
    EXPECT_EQ(readAsVersion1(created),
              (QStringList{QStringLiteral("2280 Härnösand 2023  Skadegörelse  300 0"),
                           QStringLiteral("2280 Härnösand 2023  Rån  .. 0"),
                           QStringLiteral("2280 Härnösand 2023  Misshandel  12 0")}));
}
