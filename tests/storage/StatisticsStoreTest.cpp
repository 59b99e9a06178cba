// Statistics: reported crimes upserted by their natural key, population, mapping.

#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class StatisticsStoreTest : public StorageDataTest
{};

core::CrimeStatistic crime(const char *type, std::optional<int> count, int year = 2023)
{
    core::CrimeStatistic row;
    row.municipalityCode = q("2280");
    row.municipalityName = q("Härnösand");
    row.year = year;
    row.crimeType = q(type);
    row.count = count;
    return row;
}

TEST_F(StatisticsStoreTest, ReimportUpdatesByNaturalKeyWithoutDuplicates)
{
    auto file = makeFile();
    const QList<core::CrimeStatistic> first = {crime("Misshandel", 120), crime("Skadegörelse", 300),
                                               crime("Rån", std::nullopt)};
    StatisticsImportReport report = file->importCrimeStatistics(first);
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.suppressed, 1);

    QList<core::CrimeStatistic> second = {crime("Misshandel", 125), crime("Skadegörelse", 300),
                                          crime("Misshandel", 90, 2022)};
    second[0].preliminary = true;
    report = file->importCrimeStatistics(second);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.updated, 2);
    EXPECT_EQ(report.suppressed, 0);

    const QList<core::CrimeStatistic> stored = file->crimeStatistics();
    ASSERT_EQ(stored.size(), 4);
    int misshandel2023 = 0;
    for (const core::CrimeStatistic &row : stored) {
        if (row.crimeType == q("Rån")) {
            EXPECT_FALSE(row.count.has_value()); // suppressed stays missing, never 0
        }
        if (row.crimeType == q("Misshandel") && row.year == 2023) {
            ++misshandel2023;
            EXPECT_EQ(row.count, 125);
            EXPECT_TRUE(row.preliminary);
        }
    }
    EXPECT_EQ(misshandel2023, 1);

    // A later ".." does not wipe a known count.
    report = file->importCrimeStatistics({crime("Misshandel", std::nullopt)});
    EXPECT_EQ(report.suppressed, 1);
    EXPECT_EQ(report.updated, 1);
    for (const core::CrimeStatistic &row : file->crimeStatistics())
        if (row.crimeType == q("Misshandel") && row.year == 2023) {
            EXPECT_EQ(row.count, 125);
        }
}

TEST_F(StatisticsStoreTest, PopulationUpsertsByCodeAndYear)
{
    auto file = makeFile();
    EXPECT_EQ(file->importPopulation({{QString(), 2023, 24900}, {q("2281"), 2023, 99000}}), 2);
    const QList<core::Population> rows = file->population();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0), (core::Population{q("2280"), 2023, 24900}));
    EXPECT_EQ(rows.at(1), (core::Population{q("2281"), 2023, 99000}));
}

TEST_F(StatisticsStoreTest, CategoryMappingIsReplacedWhole)
{
    auto file = makeFile();
    file->setCategoryMapping({{q("Misshandel"), q("Brott mot liv och hälsa")},
                              {q("Rån"), q("Stöld, rån och andra tillgreppsbrott")}});
    file->setCategoryMapping({{q("Skadegörelse"), q("Skadegörelse")}});
    const QList<core::CategoryMapping> mapping = file->categoryMapping();
    ASSERT_EQ(mapping.size(), 1);
    EXPECT_EQ(mapping.first().crimeType, q("Skadegörelse"));
}

} // namespace
} // namespace samverka::storage::datatest
