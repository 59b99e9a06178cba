#include "statistics/StatisticsCalculator.h"
#include "StatisticsFixtures.h"
#include "statistics/CrimeStatisticsCsvParser.h"
#include "statistics/PopulationCsvParser.h"

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {

QList<CrimeStatistic> rowsOf(const char *fixture)
{
    return CrimeStatisticsCsvParser().parse(statisticsFixture(fixture)).rows;
}

QList<Population> population()
{
    return PopulationCsvParser().parse(statisticsFixture("population.csv")).rows;
}

const StatisticsLine *line(const QList<StatisticsLine> &lines, const QString &key)
{
    for (const auto &l : lines) {
        if (l.key == key)
            return &l;
    }
    return nullptr;
}

int sumOf(const QList<StatisticsLine> &lines)
{
    int sum = 0;
    for (const auto &l : lines)
        sum += l.count.value_or(0);
    return sum;
}

const QString kCode = QStringLiteral("2280");

} // namespace

TEST(StatisticsCalculator, RatePer100k)
{
    EXPECT_DOUBLE_EQ(*StatisticsCalculator::ratePer100k(201, 25034), 201 * 100000.0 / 25034);
    EXPECT_DOUBLE_EQ(*StatisticsCalculator::ratePer100k(5, 200000), 2.5);
    EXPECT_FALSE(StatisticsCalculator::ratePer100k(std::nullopt, 25034));
    EXPECT_FALSE(StatisticsCalculator::ratePer100k(5, std::nullopt));
    EXPECT_FALSE(StatisticsCalculator::ratePer100k(5, 0));
}

TEST(StatisticsCalculator, HandbookTableCategorySumsEqualTheTotal)
{
    const StatisticsCalculator calc(rowsOf("handbook_table.csv"), {});
    const StatisticsTable table = calc.table(kCode, 2010);
    ASSERT_FALSE(table.isEmpty());
    EXPECT_EQ(table.total.count, 1544);
    EXPECT_EQ(sumOf(table.categories), *table.total.count);
    EXPECT_EQ(sumOf(table.types), *table.total.count); // no parts in this table

    QStringList order;
    for (const auto &l : table.categories)
        order.append(l.key);
    EXPECT_EQ(order, CategoryMapper::handbookCategories()); // every category, handbook order

    const auto *life = line(table.categories, QStringLiteral("Brott mot liv och hälsa"));
    ASSERT_TRUE(life);
    EXPECT_EQ(life->count, 203); // as in the handbook: 87 + 105 + 11
    EXPECT_NEAR(*life->sharePercent, 100.0 * 203 / 1544, 1e-9);
    EXPECT_EQ(line(table.categories, QStringLiteral("Brott mot frihet och frid"))->count, 339);
    EXPECT_EQ(line(table.categories, QStringLiteral("Sexualbrott"))->count, 27);
    double shares = 0;
    for (const auto &l : table.categories)
        shares += *l.sharePercent;
    EXPECT_NEAR(shares, 100.0, 1e-9);
    EXPECT_FALSE(table.population.has_value());
    EXPECT_FALSE(table.total.ratePer100k.has_value()); // no population, no rate
    EXPECT_FALSE(table.total.change.has_value());      // no year before
}

TEST(StatisticsCalculator, RatesChangesAndSuppressedCounts)
{
    const auto parsed = CrimeStatisticsCsvParser().parse(statisticsFixture("bra_export.csv"));
    const StatisticsCalculator calc(parsed.rows, population());
    const StatisticsTable table = calc.table(kCode, 2023);
    EXPECT_EQ(table.population, 25034);
    EXPECT_EQ(table.reportedTotal, 2745); // "Samtliga brott" is shown, never summed
    EXPECT_EQ(table.total.count, 201 + 150 + 1162 + 412);
    EXPECT_EQ(sumOf(table.categories), *table.total.count);
    EXPECT_EQ(table.types.size(), 4);

    const auto *assault = line(table.types, QStringLiteral("Misshandel inkl. grov"));
    ASSERT_TRUE(assault);
    EXPECT_DOUBLE_EQ(*assault->ratePer100k, 201 * 100000.0 / 25034);
    // The same rate as the national statistics printed beside the count.
    for (qsizetype i = 0; i < parsed.rows.size(); ++i) {
        if (parsed.rows.at(i).crimeType == assault->key && parsed.rows.at(i).year == 2023) {
            EXPECT_NEAR(*assault->ratePer100k, *parsed.sourceRates.at(i), 0.05);
        }
    }
    EXPECT_EQ(assault->previousCount, 187);
    EXPECT_EQ(assault->change, 14);
    EXPECT_NEAR(*assault->changePercent, 100.0 * 14 / 187, 1e-9);

    // Fraud was ".." in 2022: no change, and the 2022 total says it is incomplete.
    const auto *fraud = line(table.types, QStringLiteral("Bedrägeri"));
    EXPECT_FALSE(fraud->previousCount.has_value());
    EXPECT_FALSE(fraud->change.has_value());

    const StatisticsTable before = calc.table(kCode, 2022);
    EXPECT_EQ(before.total.count, 187 + 134 + 1103);
    EXPECT_TRUE(before.total.suppressed);
    EXPECT_EQ(before.suppressedCount, 1);
    EXPECT_TRUE(
        line(before.categories, QStringLiteral("Bedrägeri och annan oredlighet"))->suppressed);
    EXPECT_EQ(line(before.categories, QStringLiteral("Bedrägeri och annan oredlighet"))->count, 0);
    EXPECT_EQ(sumOf(before.categories), *before.total.count);
    EXPECT_EQ(table.total.change, *table.total.count - *before.total.count);
}

TEST(StatisticsCalculator, PartsAreShownButNeverCountedTwice)
{
    const StatisticsCalculator calc(rowsOf("bra_hierarchy.csv"), population());
    const StatisticsTable table = calc.table(kCode, 2023);
    EXPECT_EQ(table.total.count, 700 + 900 + 1145);
    EXPECT_EQ(table.total.count, table.reportedTotal);
    EXPECT_EQ(sumOf(table.categories), *table.total.count);
    EXPECT_EQ(table.types.size(), 9); // the grand total is not a type

    int summed = 0;
    for (const auto &l : table.types) {
        if (!l.isPart)
            summed += *l.count;
    }
    EXPECT_EQ(summed, *table.total.count);
    const auto *klotter = line(table.types, QStringLiteral("Skadegörelse, därav klotter"));
    ASSERT_TRUE(klotter);
    EXPECT_TRUE(klotter->isPart);
    EXPECT_EQ(klotter->parentType, QStringLiteral("Skadegörelse"));
    EXPECT_EQ(klotter->label, QStringLiteral("klotter"));
    EXPECT_EQ(klotter->depth, 2);
}

TEST(StatisticsCalculator, APartWithoutItsParentInTheFileIsCounted)
{
    CrimeStatistic part;
    part.municipalityCode = kCode;
    part.year = 2023;
    part.crimeType = QStringLiteral("Misshandel inkl. grov, därav mot kvinna");
    part.count = 64;
    const StatisticsCalculator calc({part}, {});
    EXPECT_EQ(calc.table(kCode, 2023).total.count, 64);
    EXPECT_EQ(calc.table(kCode, 2023).categories.at(0).key,
              QStringLiteral("Brott mot liv och hälsa"));
}

TEST(StatisticsCalculator, MonthlyRatesAreNotAnnualised)
{
    QList<Population> pop = population();
    pop.append({kCode, 2024, 24950});
    const StatisticsCalculator calc(rowsOf("bra_periods.csv"), pop);
    const StatisticsTable january = calc.table(kCode, 2024, QStringLiteral("2024-01"));
    EXPECT_EQ(january.total.count, 17);
    EXPECT_DOUBLE_EQ(*january.total.ratePer100k, 17 * 100000.0 / 24950);
    // Yearly series use whole-year rows only.
    const auto series = calc.seriesFor(kCode, {QStringLiteral("Misshandel inkl. grov")});
    ASSERT_EQ(series.points.size(), 1);
    EXPECT_EQ(series.points.at(0).count, 201);
}

TEST(StatisticsCalculator, TrendsByCategoryAndType)
{
    const StatisticsCalculator calc(rowsOf("bra_export.csv"), population());
    const auto byCategory = calc.trendByCategory(kCode);
    ASSERT_EQ(byCategory.size(), 4);
    EXPECT_EQ(byCategory.at(0).key, QStringLiteral("Brott mot liv och hälsa"));
    ASSERT_EQ(byCategory.at(0).points.size(), 2);
    EXPECT_EQ(byCategory.at(0).points.at(0).year, 2022);
    EXPECT_EQ(byCategory.at(0).points.at(1).count, 201);
    EXPECT_DOUBLE_EQ(*byCategory.at(0).points.at(0).ratePer100k, 187 * 100000.0 / 25104);

    const auto byType = calc.trendByType(kCode);
    ASSERT_EQ(byType.size(), 5); // "Samtliga brott" included as a type series
    const auto fraud = calc.trendByType(kCode, {QStringLiteral("Bedrägeri")});
    ASSERT_EQ(fraud.size(), 1);
    EXPECT_FALSE(fraud.at(0).points.at(0).count.has_value());
    EXPECT_TRUE(fraud.at(0).points.at(0).suppressed);
    EXPECT_EQ(fraud.at(0).latest()->count, 412);
}

TEST(StatisticsCalculator, ComparisonByRate)
{
    const StatisticsCalculator calc(rowsOf("bra_region_codes.csv"), population());
    const auto series = calc.comparison({kCode, QStringLiteral("0114"), QStringLiteral("2281")},
                                        QStringLiteral("Misshandel inkl. grov"));
    ASSERT_EQ(series.size(), 3);
    EXPECT_EQ(series.at(1).label, QStringLiteral("Upplands Väsby"));
    EXPECT_DOUBLE_EQ(*series.at(0).points.at(0).ratePer100k, 201 * 100000.0 / 25034);
    EXPECT_DOUBLE_EQ(*series.at(1).points.at(0).ratePer100k, 350 * 100000.0 / 48544);
    EXPECT_FALSE(series.at(2).points.at(0).ratePer100k.has_value()); // no population for Sundsvall
    EXPECT_EQ(series.at(2).points.at(0).count, 1020);

    const auto totals = calc.comparison({QStringLiteral("0114")});
    EXPECT_EQ(totals.at(0).points.at(0).count, 350 + 290);
}

TEST(StatisticsCalculator, AProblemsSeriesCountsEachCrimeOnce)
{
    const StatisticsCalculator calc(rowsOf("bra_export.csv"), population());
    const auto both = calc.seriesFor(kCode, {QStringLiteral("brott mot liv och hälsa"),
                                             QStringLiteral("Misshandel inkl. grov")});
    ASSERT_EQ(both.points.size(), 2);
    EXPECT_EQ(both.points.at(1).count, 201);
    const auto two = calc.seriesFor(
        kCode, {QStringLiteral("Olaga hot"), QStringLiteral("Brott mot liv och hälsa")});
    EXPECT_EQ(two.points.at(1).count, 351);

    const StatisticsCalculator nested(rowsOf("bra_hierarchy.csv"), {});
    const QString person = QStringLiteral("Brott mot person (3-7 kap. BrB)");
    const auto withPart =
        nested.seriesFor(kCode, {person, person + QStringLiteral(", därav misshandel inkl. grov")});
    EXPECT_EQ(withPart.points.at(0).count, 700);
    // A law reference or a discontinued mark does not stop a match.
    const auto loose =
        calc.seriesFor(kCode, {QStringLiteral("Misshandel inkl. grov (3 kap. 5-6 §§ BrB)")});
    EXPECT_EQ(loose.points.size(), 2);
}

TEST(StatisticsCalculator, GoalBaselineFromASeries)
{
    const StatisticsCalculator calc(rowsOf("bra_export.csv"), population());
    const auto series = calc.seriesFor(kCode, {QStringLiteral("Misshandel inkl. grov")});
    const auto latest = StatisticsCalculator::goalValue(series);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->value, 201.0);
    EXPECT_EQ(latest->date, QDate(2023, 12, 31));
    const auto rate2022 =
        StatisticsCalculator::goalValue(series, StatisticsCalculator::Measure::RatePer100k, 2022);
    ASSERT_TRUE(rate2022);
    EXPECT_DOUBLE_EQ(*rate2022->value, 187 * 100000.0 / 25104);
    EXPECT_EQ(rate2022->date, QDate(2022, 12, 31));
    EXPECT_FALSE(
        StatisticsCalculator::goalValue(series, StatisticsCalculator::Measure::Count, 2019));

    const auto fraud = calc.seriesFor(kCode, {QStringLiteral("Bedrägeri")});
    EXPECT_FALSE(
        StatisticsCalculator::goalValue(fraud, StatisticsCalculator::Measure::Count, 2022));
}

TEST(StatisticsCalculator, SurveySeriesFlagWideOrMissingIntervals)
{
    const QString worry = QStringLiteral("Oro för brottslighet i samhället");
    const QList<SurveyIndicator> values{
        {kCode, worry, 2023, 31.0, 24.0, 38.5, QStringLiteral("NTU")},
        {kCode, worry, 2021, 28.0, 25.0, 31.0, QStringLiteral("NTU")},
        {kCode, worry, 2022, 29.0, std::nullopt, std::nullopt, QStringLiteral("NTU")},
        {QStringLiteral("0114"), worry, 2023, 20.0, 18.0, 22.0, QStringLiteral("NTU")},
    };
    const auto series = StatisticsCalculator::surveySeries(values, kCode);
    ASSERT_EQ(series.size(), 1);
    ASSERT_EQ(series.at(0).points.size(), 3);
    EXPECT_EQ(series.at(0).points.at(0).year, 2021);
    EXPECT_FALSE(series.at(0).points.at(0).wideInterval);
    EXPECT_TRUE(series.at(0).points.at(1).wideInterval); // no interval given
    EXPECT_TRUE(series.at(0).points.at(2).wideInterval); // 14.5 points
    EXPECT_TRUE(series.at(0).hasWideInterval);
    EXPECT_TRUE(series.at(0).warning.contains(QStringLiteral("2022, 2023")));

    const auto all = StatisticsCalculator::surveySeries(values);
    ASSERT_EQ(all.size(), 2);
    EXPECT_FALSE(all.at(1).hasWideInterval);
    EXPECT_TRUE(all.at(1).warning.isEmpty());
}
