// The real step from version 2 to 3 (issue #12, defect 4): starting points get an id of
// their own. A version-2 file made with the version-2 schema opens, is migrated, and
// keeps every starting point's text and order, each with a new id the loader hands on;
// it ends with the same schema as a new file; a read-only open migrates a copy in memory
// only; and the previous release, which opens a version-3 file read-only, still reads it.

#include "InfraTestSupport.h"

#include "MunicipalityFile.h"

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

/// A version-2 file as version 2 of Samverka made it (its schema is version 1's and the
/// step to 2), with starting points stored out of their order.
void makeVersion2File(const QString &path)
{
    const QString schema = textOf(QStringLiteral(":/sql/schema_v1.sql"));
    const QString step = textOf(QStringLiteral(":/sql/migrate_1_to_2.sql"));
    const QString content =
        textOf(QStringLiteral(SAMVERKA_TEST_DATA_DIR "/storage/version2_starting_points.sql"));
    ASSERT_FALSE(schema.isEmpty());
    ASSERT_FALSE(step.isEmpty());
    ASSERT_FALSE(content.isEmpty());
    Database db(path, Database::Mode::Create);
    db.exec(schema);
    db.exec(step);
    db.exec(content);
    db.exec(QStringLiteral("PRAGMA application_id = 1396788566; PRAGMA user_version = 2;"));
}

const QStringList a1Points{
    QStringLiteral("ANDT-strategin"), QString(),
    QStringLiteral("Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete"),
    QStringLiteral("Åtgärder mot våld i nära relationer; \"citat\" och 'apostrof'")};

/// The statement with which version 2 of Samverka (AgreementLoader) reads starting
/// points, verbatim: it opens a newer file read-only, and reading it must keep working.
QStringList readAsVersion2(Database &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT agreement_id, text FROM starting_points "
                                             "WHERE (?1 IS NULL OR agreement_id = ?1) "
                                             "ORDER BY agreement_id, position"));
    st.bind(1, QString());
    QStringList rows;
    while (st.step())
        rows << st.text(0) + QLatin1Char(' ') + st.text(1);
    return rows;
}

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

class SchemaV3MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_backups.isValid());
        m_path = m_dir.filePath(QStringLiteral("Härnösand.samverka"));
        makeVersion2File(m_path);
        m_options.backupDir = m_backups.path();
        m_options.backupOnOpen = false; // the migration makes its own copy regardless
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backups;
    QString m_path;
    MunicipalityFile::OpenOptions m_options;
};

} // namespace

TEST_F(SchemaV3MigrationTest, EveryStartingPointKeepsItsTextAndOrderAndGetsAnId)
{
    QStringList before;
    {
        Database db(m_path, Database::Mode::ReadOnly);
        before = readAsVersion2(db);
    }
    ASSERT_EQ(before.size(), 5);

    auto file = MunicipalityFile::open(m_path, m_options);
    EXPECT_TRUE(file->wasMigrated());
    EXPECT_EQ(file->schemaVersion(), fileformat::schemaVersion); // 3, and the steps after it
    const core::Agreement a1 = file->agreement(QStringLiteral("a1"));
    EXPECT_EQ(a1.part1.startingPoints, a1Points);
    EXPECT_EQ(file->agreement(QStringLiteral("a2")).part1.startingPoints,
              QStringList{QStringLiteral("Trygg stadskärna")});

    QStringList ids = a1.part1.startingPointIds.value;
    ids << file->agreement(QStringLiteral("a2")).part1.startingPointIds.value;
    ASSERT_EQ(ids.size(), 5);
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const QString &id : ids)
        EXPECT_TRUE(uuid.match(id).hasMatch()) << id.toStdString();
    EXPECT_EQ(QSet<QString>(ids.cbegin(), ids.cend()).size(), 5);

    // The ids name their rows: an edit and an insert after the migration.
    file->setField(RecordKind::StartingPoint, ids.at(1), QStringLiteral("text"),
                   QStringLiteral("Polisens lägesbild"));
    file->insertRecord(RecordKind::StartingPoint, QStringLiteral("a1"),
                       {{QStringLiteral("text"), QStringLiteral("Ny")}}, 0);
    EXPECT_EQ(file->agreement(QStringLiteral("a1")).part1.startingPoints,
              (QStringList{QStringLiteral("Ny"), a1Points.at(0),
                           QStringLiteral("Polisens lägesbild"), a1Points.at(2), a1Points.at(3)}));
    file.reset();

    // The backup is the version-2 file as it was.
    const QStringList backups = backupCopies(m_backups.path());
    ASSERT_EQ(backups.size(), 1);
    Database backup(m_backups.filePath(backups.first()), Database::Mode::ReadOnly);
    EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), 2);
    EXPECT_EQ(readAsVersion2(backup), before);
}

TEST_F(SchemaV3MigrationTest, AMigratedFileHasTheSchemaOfANewFile)
{
    MunicipalityFile::open(m_path, m_options).reset();
    const QString fresh = m_dir.filePath(QStringLiteral("new.samverka"));
    makeValidFile(fresh);
    Database migrated(m_path, Database::Mode::ReadOnly);
    Database created(fresh, Database::Mode::ReadOnly);
    EXPECT_EQ(schemaOf(migrated), schemaOf(created));
    EXPECT_EQ(pragma(migrated, QStringLiteral("user_version")), fileformat::schemaVersion);
    EXPECT_EQ(pragma(created, QStringLiteral("user_version")), fileformat::schemaVersion);
}

TEST_F(SchemaV3MigrationTest, AVersion2FileOpenedReadOnlyIsMigratedInMemoryOnly)
{
    const QByteArray bytes = sha256(m_path);
    m_options.readOnly = true;
    {
        auto file = MunicipalityFile::open(m_path, m_options);
        EXPECT_TRUE(file->isReadOnly());
        EXPECT_EQ(file->schemaVersion(), 2);
        const core::Agreement a1 = file->agreement(QStringLiteral("a1"));
        EXPECT_EQ(a1.part1.startingPoints, a1Points);
        EXPECT_EQ(a1.part1.startingPointIds.value.size(), 4);
    }
    EXPECT_EQ(sha256(m_path), bytes) << "a read-only open never changes the file";
}

TEST_F(SchemaV3MigrationTest, ThePreviousReleaseReadsTheStartingPointsOfAVersion3File)
{
    QStringList before;
    {
        Database db(m_path, Database::Mode::ReadOnly);
        before = readAsVersion2(db);
    }
    MunicipalityFile::open(m_path, m_options).reset();
    Database migrated(m_path, Database::Mode::ReadOnly);
    EXPECT_EQ(readAsVersion2(migrated), before);
}
