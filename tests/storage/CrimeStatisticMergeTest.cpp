// One rule for a crime-statistics row, whichever way it comes: the CSV import
// (importCrimeStatistics) and the exchange merge (merge, import --into) give the same
// rows and the same counts for the same rows, ".." over a known count included.

#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class CrimeStatisticMergeTest : public StorageDataTest
{
protected:
    /// Two files with the same content: one fed by the CSV import, one by the merge.
    void SetUp() override
    {
        StorageDataTest::SetUp();
        m_csv = makeFile();
        m_otherPath = m_dir.filePath(q("merged.samverka"));
        m_merged = MunicipalityFile::createFrom(m_otherPath, sampleData());
    }

    /// Imports the rows into both files and checks that both report the same counts.
    StatisticsImportReport importBoth(const QList<core::CrimeStatistic> &rows)
    {
        const StatisticsImportReport csv = m_csv->importCrimeStatistics(rows);
        core::MunicipalityData document;
        document.municipality.code = q("2280");
        document.crimeStatistics = rows;
        const ImportReport merged = m_merged->merge(document);
        EXPECT_EQ(merged.crimeStatistics.imported, csv.imported);
        EXPECT_EQ(merged.crimeStatistics.updated, csv.updated);
        EXPECT_EQ(merged.crimeStatistics.unchanged, csv.unchanged);
        EXPECT_EQ(merged.crimeStatistics.suppressed, csv.suppressed);
        // Statistics rows are counted apart from the records with ids.
        EXPECT_EQ(merged.inserted + merged.updated, 0);
        return csv;
    }

    /// Every stored column but the timestamps, in the table's order of places.
    static QStringList table(const QString &path)
    {
        Database db(path, Database::Mode::ReadOnly);
        Statement st = db.prepare(
            q("SELECT id, municipality_code, municipality_name, year, period, crime_type, "
              "category, ifnull(count, '..'), preliminary FROM crime_statistics ORDER BY id"));
        QStringList rows;
        while (st.step()) {
            QStringList cells;
            for (int column = 0; column < st.columnCount(); ++column)
                cells << st.text(column);
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

    std::unique_ptr<MunicipalityFile> m_csv;
    std::unique_ptr<MunicipalityFile> m_merged;
    QString m_otherPath;
};

core::CrimeStatistic crime(const char *type, std::optional<int> count, const char *category = "",
                           bool preliminary = false)
{
    core::CrimeStatistic row;
    row.municipalityCode = q("2280");
    row.municipalityName = q("Härnösand");
    row.year = 2023;
    row.crimeType = q(type);
    row.category = q(category);
    row.count = count;
    row.preliminary = preliminary;
    return row;
}

TEST_F(CrimeStatisticMergeTest, BothPathsGiveTheSameRowsAndCounts)
{
    StatisticsImportReport report = importBoth(
        {crime("Misshandel", 120, "Brott mot liv och hälsa"), crime("Rån", 5, "", true),
         crime("Inbrott", std::nullopt), crime("Skadegörelse", 300), crime("Stöld", 40)});
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 0);
    EXPECT_EQ(report.suppressed, 1);

    report = importBoth({
        // ".." over a known count: the count stays, nothing else differs → unchanged.
        crime("Misshandel", std::nullopt, "Brott mot liv och hälsa"),
        // The preliminary mark stays with the count it describes → unchanged.
        crime("Rån", std::nullopt, "", false),
        crime("Inbrott", 7),              // a count where there was none → updated
        crime("Skadegörelse", 300),       // identical → unchanged
        crime("Bedrägeri", std::nullopt), // new, stored without a count → inserted
        crime("Klotter", 12),             // new → inserted
        // ".." with a new category: the category is taken, the count kept → updated.
        crime("Stöld", std::nullopt, "Stöld, rån och andra tillgreppsbrott"),
    });
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.updated, 2);
    EXPECT_EQ(report.unchanged, 3);
    EXPECT_EQ(report.suppressed, 4);

    const QStringList expected = {
        q("0|2280|Härnösand|2023||Misshandel|Brott mot liv och hälsa|120|0"),
        q("1|2280|Härnösand|2023||Rån||5|1"),
        q("2|2280|Härnösand|2023||Inbrott||7|0"),
        q("3|2280|Härnösand|2023||Skadegörelse||300|0"),
        q("4|2280|Härnösand|2023||Stöld|Stöld, rån och andra tillgreppsbrott|40|0"),
        q("9|2280|Härnösand|2023||Bedrägeri||..|0"),
        q("10|2280|Härnösand|2023||Klotter||12|0"),
    };
    EXPECT_EQ(table(m_path), expected);
    EXPECT_EQ(table(m_otherPath), expected);
}

TEST_F(CrimeStatisticMergeTest, AnUnchangedRowIsNotWrittenAndCountedAsUnchanged)
{
    const QList<core::CrimeStatistic> rows = {crime("Misshandel", 120), crime("Rån", std::nullopt),
                                              crime("Klotter", 12, "", true)};
    importBoth(rows);
    for (const QString &path : {m_path, m_otherPath}) {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        db->exec(q("UPDATE crime_statistics SET updated_at = '2001-01-01T00:00:00Z'"));
    }

    const StatisticsImportReport report = importBoth(rows);
    EXPECT_EQ(report.imported, 0);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 3);
    EXPECT_EQ(report.suppressed, 1);
    for (const QString &path : {m_path, m_otherPath}) {
        Database db(path, Database::Mode::ReadOnly);
        Statement st = db.prepare(q("SELECT count(*) FROM crime_statistics WHERE updated_at <> "
                                    "'2001-01-01T00:00:00Z'"));
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.int64(0), 0) << path.toStdString();
    }
}

TEST_F(CrimeStatisticMergeTest, ARepeatedKeyMergesOverTheRowBeforeIt)
{
    // Within one call the later row merges over the earlier by the same rule: a later
    // count wins, a later ".." keeps the count before it.
    const StatisticsImportReport report = importBoth(
        {crime("Rån", 5), crime("Inbrott", 7), crime("Rån", 6), crime("Inbrott", std::nullopt)});
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 1);
    const QStringList expected = {q("0|2280|Härnösand|2023||Rån||6|0"),
                                  q("1|2280|Härnösand|2023||Inbrott||7|0")};
    EXPECT_EQ(table(m_path), expected);
    EXPECT_EQ(table(m_otherPath), expected);
}

} // namespace
} // namespace samverka::storage::datatest
