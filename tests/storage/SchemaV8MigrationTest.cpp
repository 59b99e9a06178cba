// The real step from version 7 to 8 (issue #13): population gets a row id like every
// other table. A version-7 file made with the version-7 schema opens, is migrated, and
// keeps every population row's code, year and value, each with a new id that the edit
// API addresses; (code, year) stays unique; a read-only open migrates a copy in memory
// only; and version 7, which opens a version-8 file read-only, still reads population.

#include "InfraTestSupport.h"

#include "MunicipalityFile.h"
#include "StorageError.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::storage;
using namespace samverka::storage::testing;

namespace {

QString textOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// A version-7 file as version 7 of Samverka made it: schema_v1.sql and the steps to 7,
/// with population of the own municipality (stored without a code), a neighbour and
/// the county.
void makeVersion7File(const QString &path)
{
    Database db(path, Database::Mode::Create);
    const QString schema = textOf(QStringLiteral(":/sql/schema_v1.sql"));
    ASSERT_FALSE(schema.isEmpty());
    db.exec(schema);
    for (int version = 1; version < 7; ++version) {
        const QString step =
            textOf(QStringLiteral(":/sql/migrate_%1_to_%2.sql").arg(version).arg(version + 1));
        ASSERT_FALSE(step.isEmpty()) << version;
        db.exec(step);
    }
    db.exec(QStringLiteral(
        "INSERT INTO municipality (id, name, code) VALUES (1, 'Härnösand', '2280');"
        "INSERT INTO population (municipality_code, year, value) VALUES "
        "('', 2023, 24900), ('2280', 2024, 24800), ('2281', 2024, 98000), ('22', 2024, 245000);"
        "PRAGMA application_id = 1396788566; PRAGMA user_version = 7;"));
}

/// The statement with which version 7 of Samverka (DataLoader) reads population,
/// verbatim: it opens a newer file read-only, and reading it must keep working.
QStringList readAsVersion7(Database &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT municipality_code, year, value FROM "
                                             "population ORDER BY municipality_code, year"));
    QStringList rows;
    while (st.step())
        rows << QStringLiteral("%1 %2 %3").arg(st.text(0)).arg(st.int64(1)).arg(st.int64(2));
    return rows;
}

class SchemaV8MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Härnösand.samverka"));
        makeVersion7File(m_path);
        m_options.backupDir = m_backups.path();
        m_options.backupOnOpen = false; // the migration makes its own copy regardless
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
};

} // namespace

TEST_F(SchemaV8MigrationTest, EveryPopulationRowKeepsItsNumbersAndGetsAnId)
{
    QStringList before;
    {
        Database db(m_path, Database::Mode::ReadOnly);
        before = readAsVersion7(db);
    }
    ASSERT_EQ(before.size(), 4);

    auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_TRUE(file->wasMigrated());
    EXPECT_EQ(file->schemaVersion(), fileformat::schemaVersion);
    const QList<core::Population> rows = file->population();
    ASSERT_EQ(rows.size(), 4);
    const QList<core::Population> expected{{QString(), 2023, 24900},
                                           {QStringLiteral("22"), 2024, 245000},
                                           {QStringLiteral("2280"), 2024, 24800},
                                           {QStringLiteral("2281"), 2024, 98000}};
    EXPECT_EQ(rows, expected);
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> ids;
    for (const core::Population &row : rows) {
        EXPECT_TRUE(uuid.match(row.rowId.value).hasMatch()) << row.rowId.value.toStdString();
        ids.insert(row.rowId.value);
    }
    EXPECT_EQ(ids.size(), 4);

    // The id names its row; the key stays unique.
    file->setField(RecordKind::Population, rows.at(3).rowId.value, QStringLiteral("value"), 98100);
    EXPECT_EQ(file->population().at(3).value, 98100);
    EXPECT_THROW(file->insertRecord(RecordKind::Population, QString(),
                                    {{QStringLiteral("municipalityCode"), QStringLiteral("22")},
                                     {QStringLiteral("year"), 2024},
                                     {QStringLiteral("value"), 1}}),
                 StorageError);
    // The key is the table's own, not only the edit API's: SQL itself refuses a second
    // row for a municipality and year.
    {
        Database db(m_path, Database::Mode::ReadWrite);
        EXPECT_THROW(db.exec(QStringLiteral("INSERT INTO population (municipality_code, year, "
                                            "value) VALUES ('2281', 2024, 1)")),
                     StorageError);
    }
    // A second import of the same year updates the row and keeps its id.
    file->importPopulation({{QStringLiteral("2281"), 2024, 98200}});
    EXPECT_EQ(file->population().at(3).value, 98200);
    EXPECT_EQ(file->population().at(3).rowId.value, rows.at(3).rowId.value);
    file.reset();

    // The backup is the version-7 file as it was.
    const QStringList backups = backupCopies(m_backups.path());
    ASSERT_EQ(backups.size(), 1);
    Database backup(m_backups.filePath(backups.first()), Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), 7);
    EXPECT_EQ(readAsVersion7(backup), before);
}

TEST_F(SchemaV8MigrationTest, AVersion7FileOpenedReadOnlyIsMigratedInMemoryOnly)
{
    const QByteArray bytes = sha256(m_path);
    m_options.readOnly = true;
    {
        auto file = MunicipalityFile::open(m_path, m_options);
        EXPECT_TRUE(file->isReadOnly());
        EXPECT_EQ(file->schemaVersion(), 7);
        const QList<core::Population> rows = file->population();
        ASSERT_EQ(rows.size(), 4);
        EXPECT_FALSE(rows.first().rowId.value.isEmpty());
    }
    EXPECT_EQ(sha256(m_path), bytes) << "a read-only open never changes the file";
}

TEST_F(SchemaV8MigrationTest, Version7ReadsThePopulationOfAVersion8File)
{
    QStringList before;
    {
        Database db(m_path, Database::Mode::ReadOnly);
        before = readAsVersion7(db);
    }
    MunicipalityFile::open(m_path, m_options).reset();
    Database migrated(m_path, Database::Mode::ReadOnly);
    EXPECT_EQ(readAsVersion7(migrated), before);
}
