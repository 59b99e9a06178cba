// The links of the method into the numbers: a problem's series, a goal's measure and the
// latest value a goal is compared with.

#include "statistics/ProblemStatistics.h"

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {

const QString kOwn = QStringLiteral("2280");

CrimeStatistic row(const QString &code, int year, const char *type, const char *category,
                   std::optional<int> count)
{
    CrimeStatistic r;
    r.municipalityCode = code;
    r.year = year;
    r.crimeType = QString::fromUtf8(type);
    r.category = QString::fromUtf8(category);
    r.count = count;
    return r;
}

struct Fixture {
    StatisticsCalculator calculator{
        {row(kOwn, 2022, "Misshandel", "Brott mot liv och hälsa", 180),
         row(kOwn, 2023, "Misshandel", "Brott mot liv och hälsa", 214),
         row(kOwn, 2023, "Skadegörelse", "Skadegörelse", 390),
         row(QStringLiteral("2262"), 2023, "Misshandel", "Brott mot liv och hälsa", 999)},
        {{kOwn, 2023, 25000}},
        CategoryMapper(),
        kOwn};
    Agreement agreement;

    Fixture()
    {
        Problem violence;
        violence.id = QStringLiteral("p1");
        violence.crimeCategories = {QStringLiteral(" Brott mot liv och hälsa ")};
        Problem unlinked;
        unlinked.id = QStringLiteral("p2");
        agreement.problems = {violence, unlinked};
    }
    static Goal goal(const QString &problem, const QString &unit)
    {
        Goal g;
        g.kind = GoalKind::Effect;
        g.problem = problem;
        g.unit = unit;
        return g;
    }
};

} // namespace

TEST(ProblemStatisticsTest, AProblemsSeriesIsItsCategoriesInTheOwnMunicipality)
{
    Fixture f;
    const ProblemStatistics links(f.calculator, kOwn);
    EXPECT_TRUE(links.hasOwnStatistics());
    const auto series = links.seriesOf(f.agreement.problems[0]);
    ASSERT_TRUE(series);
    ASSERT_EQ(series->points.size(), 2);
    EXPECT_EQ(series->points[0].count, 180);
    EXPECT_EQ(series->points[1].count, 214); // not the other municipality's 999
    // A problem naming no categories has no series, never "all reported crime".
    EXPECT_FALSE(links.seriesOf(f.agreement.problems[1]));
    EXPECT_FALSE(ProblemStatistics(f.calculator, QStringLiteral("0180")).hasOwnStatistics());
}

TEST(ProblemStatisticsTest, AGoalComparesInItsOwnMeasure)
{
    Fixture f;
    const ProblemStatistics links(f.calculator, kOwn);
    EXPECT_EQ(ProblemStatistics::measureOf(Fixture::goal({}, QStringLiteral("anmälda brott"))),
              StatisticsCalculator::Measure::Count);
    EXPECT_EQ(ProblemStatistics::measureOf(
                  Fixture::goal({}, QString::fromUtf8("brott per 100\u00A0000 invånare"))),
              StatisticsCalculator::Measure::RatePer100k);

    const auto count = links.latestForGoal(f.agreement, Fixture::goal(QStringLiteral("p1"), {}));
    ASSERT_TRUE(count);
    EXPECT_EQ(count->value, 214.0);
    EXPECT_EQ(count->date, QDate(2023, 12, 31));
    const auto rate = links.latestForGoal(
        f.agreement, Fixture::goal(QStringLiteral("p1"), QStringLiteral("per 100 000 inv.")));
    ASSERT_TRUE(rate && rate->value);
    EXPECT_NEAR(*rate->value, 214.0 * 100000 / 25000, 1e-9);

    EXPECT_FALSE(links.latestForGoal(f.agreement, Fixture::goal(QStringLiteral("p2"), {})));
    EXPECT_FALSE(links.latestForGoal(f.agreement, Fixture::goal(QStringLiteral("nope"), {})));
    EXPECT_FALSE(links.latestForGoal(f.agreement, Fixture::goal({}, {})));
}

TEST(ProblemStatisticsTest, OnlyEffectGoalsCountedInCrimesCompareWithTheStatistics)
{
    Fixture f;
    const ProblemStatistics links(f.calculator, kOwn);
    Goal share = Fixture::goal(QStringLiteral("p1"), QStringLiteral("procent"));
    EXPECT_FALSE(ProblemStatistics::comparable(share));
    EXPECT_FALSE(links.latestForGoal(f.agreement, share));
    Goal production = Fixture::goal(QStringLiteral("p1"), QStringLiteral("tillfällen"));
    production.kind = GoalKind::Production;
    EXPECT_FALSE(links.latestForGoal(f.agreement, production));
    EXPECT_TRUE(links.latestForGoal(
        f.agreement, Fixture::goal(QStringLiteral("p1"), QStringLiteral("anmälningar"))));
}
