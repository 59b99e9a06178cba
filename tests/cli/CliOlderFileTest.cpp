// The reading commands on a file of the previous schema version (the demo taken back to
// version 1): they open it read-only, so they must read it as the update would make it
// and give what they give for a current file, without changing a byte of it.

#include "CliRunner.h"

#include "Database.h"
#include "Statement.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using samverka::storage::Database;
using samverka::storage::Statement;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject withoutExportedAt(const QString &path)
{
    QJsonObject object = QJsonDocument::fromJson(fileBytes(path)).object();
    object.remove(QStringLiteral("exportedAt"));
    return object;
}

/// The version-1 municipality table, as schema_v1.sql has it.
QString version1MunicipalityTable()
{
    const QString schema = QString::fromUtf8(
        fileBytes(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/sql/schema_v1.sql")));
    const QRegularExpression table(QStringLiteral("CREATE TABLE municipality \\(.*?\\n\\);"),
                                   QRegularExpression::DotMatchesEverythingOption);
    return table.match(schema).captured(0);
}

/// The version-1 table of reported crimes and its index, as schema_v1.sql has them.
QString version1StatisticsTable()
{
    const QString schema = QString::fromUtf8(
        fileBytes(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/sql/schema_v1.sql")));
    const QRegularExpression table(
        QStringLiteral("CREATE TABLE crime_statistics \\(.*?\\n\\);\\s*CREATE INDEX "
                       "crime_statistics_by_type[^;]*;"),
        QRegularExpression::DotMatchesEverythingOption);
    return table.match(schema).captured(0);
}

/// Takes a current file back to version 1: undoes migrate_8_to_9.sql (the origin ids, none
/// in the demo), migrate_6_to_7.sql (the åtgärdsplaner),
/// migrate_5_to_6.sql (a problem's link to
/// the lägesbild; the kept numbers go with their table), migrate_4_to_5.sql (the lägesbild's
/// tables and the samordningsfunktion's columns of the municipality row), migrate_3_to_4.sql
/// (kept_blobs), migrate_2_to_3.sql (starting points without ids, keyed by their position) and
/// migrate_1_to_2.sql, whose column keeping the rows' order (what was the rowid) becomes
/// the rowid again.
void makeVersion1(const QString &path)
{
    const QString table = version1StatisticsTable();
    ASSERT_FALSE(table.isEmpty());
    const QString municipality = version1MunicipalityTable();
    ASSERT_FALSE(municipality.isEmpty());
    Database db(path, Database::Mode::ReadWrite);
    QStringList columns;
    {
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(crime_statistics)"));
        while (info.step())
            columns << info.text(1);
    }
    const QString order = columns.contains(QStringLiteral("position")) ? QStringLiteral("position")
                                                                       : QStringLiteral("id");
    ASSERT_TRUE(columns.contains(order)) << columns.join(QLatin1Char(',')).toStdString();
    db.exec(QStringLiteral("BEGIN;"
                           "ALTER TABLE problems DROP COLUMN origin_id;"
                           "ALTER TABLE causes DROP COLUMN origin_id;"
                           "ALTER TABLE focus_areas DROP COLUMN origin_id;"
                           "ALTER TABLE goals DROP COLUMN origin_id;"
                           "ALTER TABLE measures DROP COLUMN origin_id;"
                           "DROP TABLE measure_plan_ratings;"
                           "DROP TABLE measure_plan_row_responsible;"
                           "DROP TABLE measure_plan_row_problems;"
                           "DROP TABLE measure_plan_rows;"
                           "DROP TABLE measure_plan_follow_up_dates;"
                           "DROP TABLE measure_plans;"
                           "ALTER TABLE problems DROP COLUMN situation_problem_id;"
                           "DROP TABLE situation_problem_criteria;"
                           "DROP TABLE situation_problem_sources;"
                           "DROP TABLE situation_problems;"
                           "DROP TABLE situation_sections;"
                           "DROP TABLE situation_picture_comparisons;"
                           "DROP TABLE situation_pictures;"
                           "ALTER TABLE municipality RENAME TO municipality_v5;") +
            municipality +
            QStringLiteral("INSERT INTO municipality (id, name, code, county, police_region, "
                           "local_police_area, created_at, updated_at) SELECT id, name, code, "
                           "county, police_region, local_police_area, created_at, updated_at "
                           "FROM municipality_v5;"
                           "DROP TABLE municipality_v5;"
                           "DROP TABLE kept_blobs;"
                           "ALTER TABLE starting_points RENAME TO starting_points_v3;"
                           "CREATE TABLE starting_points ("
                           "agreement_id TEXT NOT NULL REFERENCES agreements (id) "
                           "ON DELETE CASCADE, position INTEGER NOT NULL, "
                           "text TEXT NOT NULL DEFAULT '', PRIMARY KEY (agreement_id, position));"
                           "INSERT INTO starting_points (agreement_id, position, text) "
                           "SELECT agreement_id, position, text FROM starting_points_v3;"
                           "DROP TABLE starting_points_v3;"
                           "ALTER TABLE crime_statistics RENAME TO crime_statistics_v2;") +
            table +
            QStringLiteral(
                "INSERT INTO crime_statistics (id, municipality_code, municipality_name, year, "
                "period, crime_type, category, count, preliminary, created_at, updated_at) "
                "SELECT %1, municipality_code, municipality_name, year, period, crime_type, "
                "category, count, preliminary, created_at, updated_at FROM crime_statistics_v2;"
                "DROP TABLE crime_statistics_v2;"
                "PRAGMA user_version = 1;"
                "COMMIT;")
                .arg(order));
    Statement version = db.prepare(QStringLiteral("PRAGMA user_version"));
    ASSERT_TRUE(version.step());
    ASSERT_EQ(version.int64(0), 1);
}

class CliOlderFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("old"))));
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_current = m_dir.filePath(QStringLiteral("current.samverka"));
        m_old = m_dir.filePath(QStringLiteral("old/Härnösand.samverka"));
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_current});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        {
            // Version 1 cannot hold the demo's lägesbild, åtgärdsplan and samordningsfunktion:
            // the current file goes without them too, so the two hold the same content.
            Database db(m_current, Database::Mode::ReadWrite);
            db.exec(
                QStringLiteral("DELETE FROM measure_plans; DELETE FROM situation_pictures; UPDATE "
                               "municipality SET coordinating_holder = "
                               "'', coordinating_person_id = NULL, coordinating_party_id = NULL, "
                               "coordinating_mandate = '', coordinating_since = NULL"));
        }
        ASSERT_TRUE(QFile::copy(m_current, m_old));
        makeVersion1(m_old);
        m_bytes = fileBytes(m_old);
        m_modified = QFileInfo(m_old).lastModified();
    }

    QString output(const QString &name) const { return m_dir.filePath(name); }

    /// The old file has every byte, its time and its folder to itself still.
    void expectOldFileUntouched(const char *command) const
    {
        EXPECT_TRUE(fileBytes(m_old) == m_bytes) << command << " changed the file";
        EXPECT_EQ(QFileInfo(m_old).lastModified(), m_modified) << command;
        EXPECT_EQ(QDir(QFileInfo(m_old).absolutePath())
                      .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                  QStringList{QFileInfo(m_old).fileName()})
            << command << " left a file beside it";
    }

    QTemporaryDir m_dir;
    QString m_current;
    QString m_old;
    QByteArray m_bytes;
    QDateTime m_modified;
};

} // namespace

TEST_F(CliOlderFileTest, ListShowsTheAgreementsAsForACurrentFile)
{
    const auto old = runCli({QStringLiteral("list"), m_old});
    ASSERT_EQ(old.exitCode, 0) << old.err.toStdString();
    EXPECT_EQ(old.out, runCli({QStringLiteral("list"), m_current}).out);
    EXPECT_EQ(old.lines().size(), 2);
    expectOldFileUntouched("list");
}

TEST_F(CliOlderFileTest, ExportWritesTheSameDocumentAsForACurrentFile)
{
    const QString fromOld = output(QStringLiteral("old.json"));
    const QString fromCurrent = output(QStringLiteral("current.json"));
    const auto old = runCli({QStringLiteral("export"), m_old, QStringLiteral("--output"), fromOld});
    ASSERT_EQ(old.exitCode, 0) << old.err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("export"), m_current, QStringLiteral("--output"), fromCurrent})
                  .exitCode,
              0);
    const QJsonObject document = withoutExportedAt(fromOld);
    EXPECT_FALSE(document.value(QStringLiteral("crimeStatistics")).toArray().isEmpty())
        << "the demo has statistics, the table version 2 changed";
    EXPECT_EQ(document, withoutExportedAt(fromCurrent));
    expectOldFileUntouched("export");
}

TEST_F(CliOlderFileTest, PdfIsMade)
{
    const QString pdf = output(QStringLiteral("agreement.pdf"));
    const auto result = runCli({QStringLiteral("pdf"), m_old, QStringLiteral("--agreement"),
                                QStringLiteral("ag-2024"), QStringLiteral("--document"),
                                QStringLiteral("agreement"), QStringLiteral("--output"), pdf});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(fileBytes(pdf).startsWith("%PDF"));
    expectOldFileUntouched("pdf");
}

TEST_F(CliOlderFileTest, CheckReportsTheFileSoundAndSaysItIsOlder)
{
    const auto old = runCli({QStringLiteral("check"), m_old});
    ASSERT_EQ(old.exitCode, 0) << old.err.toStdString();
    EXPECT_EQ(old.out, runCli({QStringLiteral("check"), m_current}).out)
        << "the same integrity line, findings and fingerprints";
    EXPECT_TRUE(old.lines().value(0) == QStringLiteral("integrity\tok")) << old.out.toStdString();
    EXPECT_TRUE(old.err.contains(QStringLiteral("older version"))) << old.err.toStdString();
    expectOldFileUntouched("check");
}

TEST_F(CliOlderFileTest, CheckFindsDamageInTheFileItself)
{
    // A damaged page in the old file: its quick_check fails, whatever a copy would say.
    QByteArray bytes = m_bytes;
    const qsizetype pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    ASSERT_GT(bytes.size(), 3 * pageSize);
    for (qsizetype i = 2 * pageSize; i < 3 * pageSize; ++i)
        bytes[i] = char(0x5a);
    {
        QFile f(m_old);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    const auto result = runCli({QStringLiteral("check"), m_old});
    EXPECT_EQ(result.exitCode, 2) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("integrity\tdamaged")))
        << result.out.toStdString();
    EXPECT_TRUE(fileBytes(m_old) == bytes) << "a damaged file was changed";
}
