#include "statistics/PopulationCsvParser.h"
#include "StatisticsFixtures.h"
#include "statistics/StatisticsImportError.h"

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

TEST(PopulationCsvParser, HeaderSemicolonsAndThousandsSeparators)
{
    const auto result = PopulationCsvParser().parse(statisticsFixture("population.csv"));
    EXPECT_EQ(result.headerLine, 1);
    ASSERT_EQ(result.rows.size(), 3);
    EXPECT_EQ(result.rows.at(0), (Population{QStringLiteral("2280"), 2022, 25104}));
    EXPECT_EQ(result.rows.at(1).value, 25034); // no-break space
    EXPECT_EQ(result.rows.at(2).municipalityCode, QStringLiteral("0114"));
}

TEST(PopulationCsvParser, NoHeaderCommasAndNames)
{
    const auto result =
        PopulationCsvParser().parse(statisticsFixture("population_noheader_comma.csv"));
    EXPECT_EQ(result.headerLine, 0);
    ASSERT_EQ(result.rows.size(), 2);
    EXPECT_EQ(result.rows.at(1), (Population{QStringLiteral("2280"), 2024, 24950}));
}

TEST(PopulationCsvParser, ErrorsNameTheLine)
{
    try {
        PopulationCsvParser().parse(statisticsFixture("population_bad.csv"));
        FAIL() << "no error";
    } catch (const StatisticsImportError &error) {
        EXPECT_EQ(error.line(), 3);
        EXPECT_TRUE(error.message().contains(QStringLiteral("many")));
    }
    auto lineOf = [](const QString &text) {
        try {
            PopulationCsvParser().parseText(text);
        } catch (const StatisticsImportError &error) {
            return error.line();
        }
        return -1;
    };
    EXPECT_EQ(lineOf(QStringLiteral("2280;2023;25034\n\n9999;2023;100\n")), 3);
    EXPECT_EQ(lineOf(QStringLiteral("2280;twenty;25034\n")), 1);
    EXPECT_EQ(lineOf(QStringLiteral("2280;2023\n")), 1);
    EXPECT_EQ(lineOf(QStringLiteral("2280;2023;0\n")), 1);
}

TEST(PopulationCsvParser, ARepeatedYearKeepsTheLaterValue)
{
    const auto result =
        PopulationCsvParser().parseText(QStringLiteral("2280;2023;25000\n2280;2023;25034\n"));
    ASSERT_EQ(result.rows.size(), 1);
    EXPECT_EQ(result.rows.at(0).value, 25034);
    EXPECT_EQ(result.warnings.size(), 1);
}
