#include "statistics/CrimeStatisticsCsvParser.h"
#include "StatisticsFixtures.h"
#include "statistics/CrimeTypeLabel.h"
#include "statistics/StatisticsImportError.h"

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {

CrimeStatisticsCsvParser::Result parseFixture(const char *name)
{
    const QByteArray bytes = statisticsFixture(name);
    EXPECT_FALSE(bytes.isEmpty()) << name;
    return CrimeStatisticsCsvParser().parse(bytes);
}

const CrimeStatistic *find(const CrimeStatisticsCsvParser::Result &result, const QString &type,
                           int year, const QString &period = QString(),
                           const QString &code = QStringLiteral("2280"))
{
    for (const auto &row : result.rows) {
        if (row.crimeType == type && row.year == year && row.period == period &&
            row.municipalityCode == code)
            return &row;
    }
    return nullptr;
}

// The error a fixture stops with.
StatisticsImportError errorOf(const char *name)
{
    try {
        parseFixture(name);
    } catch (const StatisticsImportError &error) {
        return error;
    }
    ADD_FAILURE() << name << " parsed without error";
    return StatisticsImportError(-1, QString());
}

} // namespace

TEST(CrimeStatisticsCsvParser, BraExportWithTitleThousandsSeparatorsAndFootnotes)
{
    const auto result = parseFixture("bra_export.csv");
    EXPECT_EQ(result.format, CrimeStatisticsCsvParser::Format::NationalStatistics);
    EXPECT_EQ(result.headerLine, 4);
    EXPECT_EQ(result.lastTableLine, 14);
    ASSERT_EQ(result.rows.size(), 10);

    const auto *damage2022 = find(result, QStringLiteral("Skadegörelse"), 2022);
    ASSERT_TRUE(damage2022);
    EXPECT_EQ(damage2022->count, 1103); // no-break space as thousands separator
    EXPECT_EQ(damage2022->municipalityName, QStringLiteral("Härnösand"));
    EXPECT_TRUE(damage2022->period.isEmpty());
    EXPECT_FALSE(damage2022->preliminary);
    EXPECT_EQ(find(result, QStringLiteral("Samtliga brott"), 2023)->count, 2745); // U+202F
    EXPECT_EQ(find(result, QStringLiteral("Skadegörelse"), 2023)->count, 1162);   // plain space

    // ".." is a missing count, never zero, and it is counted.
    const auto *fraud2022 = find(result, QStringLiteral("Bedrägeri"), 2022);
    ASSERT_TRUE(fraud2022);
    EXPECT_FALSE(fraud2022->count.has_value());
    EXPECT_EQ(result.suppressedCount, 1);

    // The file's own rate, with decimal comma, is kept beside the row.
    const qsizetype index = result.rows.indexOf(*damage2022);
    ASSERT_TRUE(result.sourceRates.at(index).has_value());
    EXPECT_DOUBLE_EQ(*result.sourceRates.at(index), 4393.8);
    EXPECT_EQ(result.sourceLines.at(index), 8);
}

TEST(CrimeStatisticsCsvParser, Utf8WithBomAndCrlfAndGenitiveMunicipalityName)
{
    const auto result = parseFixture("bra_utf8_bom.csv");
    EXPECT_EQ(result.encoding, TextDecoding::Encoding::Utf8WithBom);
    ASSERT_EQ(result.rows.size(), 2);
    EXPECT_EQ(result.rows.at(0).municipalityCode, QStringLiteral("2280"));
    EXPECT_EQ(result.rows.at(1).count, 1162);
}

TEST(CrimeStatisticsCsvParser, Windows1252WithQuartersAsMonthRanges)
{
    const auto result = parseFixture("bra_windows1252.csv");
    EXPECT_EQ(result.encoding, TextDecoding::Encoding::Windows1252);
    ASSERT_EQ(result.rows.size(), 3);
    EXPECT_EQ(result.rows.at(0).period, QStringLiteral("2023-Q1"));
    EXPECT_EQ(result.rows.at(1).crimeType,
              QStringLiteral("Stöld ur eller från motordrivet fordon"));
    EXPECT_EQ(result.rows.at(2).municipalityCode, QStringLiteral("2023")); // Malung-Sälen
    EXPECT_EQ(result.rows.at(2).crimeType, QStringLiteral("Våldtäkt inkl. grov"));
}

TEST(CrimeStatisticsCsvParser, RegionsWithCodeInFrontAndSeveralMunicipalities)
{
    const auto result = parseFixture("bra_region_codes.csv");
    ASSERT_EQ(result.rows.size(), 5);
    EXPECT_TRUE(find(result, QStringLiteral("Misshandel inkl. grov"), 2023));
    const auto *vasby =
        find(result, QStringLiteral("Olaga hot"), 2023, QString(), QStringLiteral("0114"));
    ASSERT_TRUE(vasby); // "114 Upplands Väsby": Excel dropped the leading zero
    EXPECT_EQ(vasby->municipalityName, QStringLiteral("Upplands Väsby"));
    EXPECT_TRUE(find(result, QStringLiteral("Misshandel inkl. grov"), 2023, QString(),
                     QStringLiteral("2281"))); // Sundsvall
    // The whole country is kept for the comparison, under code 00.
    const auto *country = find(result, QStringLiteral("Misshandel inkl. grov"), 2023, QString(),
                               QStringLiteral("00"));
    ASSERT_TRUE(country);
    EXPECT_EQ(country->municipalityName, QStringLiteral("Riket"));
    EXPECT_EQ(result.skippedAggregateRows, 0);
}

TEST(CrimeStatisticsCsvParser, TheCountyAndTheCountryAreKeptWithTheirPopulationAPoliceRegionIsNot)
{
    const auto result = parseFixture("bra_county_country.csv");
    // Härnösand, the county twice (by code and by name) and the country; not the police
    // region, which is skipped with a warning naming it.
    ASSERT_EQ(result.rows.size(), 4);
    const auto *county = find(result, QStringLiteral("Misshandel inkl. grov"), 2023, QString(),
                              QStringLiteral("22"));
    ASSERT_TRUE(county);
    EXPECT_EQ(county->municipalityName, QStringLiteral("Västernorrlands län"));
    EXPECT_TRUE(find(result, QStringLiteral("Olaga hot"), 2023, QString(), QStringLiteral("22")));
    EXPECT_EQ(result.skippedAggregateRows, 1);
    EXPECT_TRUE(
        result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Polisregion Nord")));
    // The population from the largest row's own rate: 1 900 × 100 000 / 775,0 = 245 161,3
    // and 96 000 × 100 000 / 915,0 = 10 491 803,3; none for a municipality, whose
    // population comes from SCB.
    QList<Population> expected{{QStringLiteral("00"), 2023, 10491803},
                               {QStringLiteral("22"), 2023, 245161}};
    EXPECT_EQ(result.aggregatePopulation, expected);
}

TEST(CrimeStatisticsCsvParser, HierarchicalLabelsKeepTheirParents)
{
    const auto result = parseFixture("bra_hierarchy.csv");
    ASSERT_EQ(result.rows.size(), 10);
    const QString person = QStringLiteral("Brott mot person (3-7 kap. BrB)");
    const QString assault = person + QStringLiteral(", därav misshandel inkl. grov");
    const QString women = assault + QStringLiteral(", därav mot kvinna 18 år eller äldre");
    const QString close = women + QStringLiteral(", därav i nära relation");
    EXPECT_EQ(result.rows.at(0).crimeType, QStringLiteral("Samtliga brott"));
    EXPECT_EQ(result.rows.at(1).crimeType, person); // not a part of the grand total
    EXPECT_EQ(result.rows.at(2).crimeType, assault);
    EXPECT_EQ(result.rows.at(3).crimeType, women);
    EXPECT_EQ(result.rows.at(4).crimeType, close);
    EXPECT_EQ(result.rows.at(5).crimeType, person + QStringLiteral(", därav olaga hot"));
    EXPECT_EQ(result.rows.at(6).crimeType, QStringLiteral("Stöld- och tillgreppsbrott"));
    EXPECT_EQ(result.rows.at(7).crimeType,
              QStringLiteral("Stöld- och tillgreppsbrott, därav cykelstöld"));
    EXPECT_EQ(result.rows.at(9).crimeType, QStringLiteral("Skadegörelse, därav klotter"));

    EXPECT_EQ(CrimeTypeLabel::parentOf(close), women);
    EXPECT_EQ(CrimeTypeLabel::depth(close), 4);
    EXPECT_EQ(CrimeTypeLabel::leafName(close), QStringLiteral("i nära relation"));
    EXPECT_EQ(CrimeTypeLabel::ancestry(close), (QStringList{person, assault, women, close}));
    EXPECT_FALSE(CrimeTypeLabel::isPart(person));
    EXPECT_TRUE(CrimeTypeLabel::isGrandTotal(QStringLiteral("Samtliga brott")));
    EXPECT_EQ(CrimeTypeLabel::parentOf(QStringLiteral("Skadegörelse, därav klotter")),
              QStringLiteral("Skadegörelse"));
}

TEST(CrimeStatisticsCsvParser, DiscontinuedTypesKeepTheirLabel)
{
    const auto result = parseFixture("bra_discontinued.csv");
    ASSERT_EQ(result.rows.size(), 3);
    const QString label = QStringLiteral("Skadegörelse genom klotter (t.o.m. 2016)");
    EXPECT_EQ(result.rows.at(0).crimeType, label);
    EXPECT_EQ(result.discontinuedTypes, QStringList{label});
    EXPECT_EQ(CrimeTypeLabel::discontinuedAfter(label), 2016);
    EXPECT_FALSE(CrimeTypeLabel::isDiscontinued(QStringLiteral("Skadegörelse")));
    EXPECT_TRUE(result.warnings.isEmpty());
}

TEST(CrimeStatisticsCsvParser, PreliminaryYearsAndPeriods)
{
    const auto result = parseFixture("bra_preliminary.csv");
    ASSERT_EQ(result.rows.size(), 3);
    EXPECT_FALSE(result.rows.at(0).preliminary);
    EXPECT_EQ(result.rows.at(1).year, 2024);
    EXPECT_TRUE(result.rows.at(1).preliminary);
    EXPECT_TRUE(result.rows.at(1).period.isEmpty());
    EXPECT_EQ(result.rows.at(2).period, QStringLiteral("2025-H1"));
    EXPECT_TRUE(result.rows.at(2).preliminary);
}

TEST(CrimeStatisticsCsvParser, MonthsAndQuarters)
{
    const auto result = parseFixture("bra_periods.csv");
    QStringList periods;
    for (const auto &row : result.rows)
        periods.append(row.period);
    EXPECT_EQ(periods, (QStringList{QStringLiteral("2024-01"), QStringLiteral("2024-03"),
                                    QStringLiteral("2024-Q2"), QStringLiteral("2024-Q1"),
                                    QStringLiteral("2024-10"), QString()}));
}

TEST(CrimeStatisticsCsvParser, QuotedCellsAndFootnotesWithoutAFootnoteWord)
{
    const auto result = parseFixture("bra_footnotes_padded.csv");
    ASSERT_EQ(result.rows.size(), 2);
    EXPECT_EQ(result.lastTableLine, 3);
    EXPECT_DOUBLE_EQ(*result.sourceRates.at(1), 599.2);
}

TEST(CrimeStatisticsCsvParser, YearsAsColumnsWithMergedRegionCells)
{
    const auto result = parseFixture("bra_year_columns.csv");
    EXPECT_EQ(result.format, CrimeStatisticsCsvParser::Format::NationalStatisticsYearColumns);
    ASSERT_EQ(result.rows.size(), 9);
    EXPECT_EQ(find(result, QStringLiteral("Misshandel inkl. grov"), 2021)->count, 176);
    const auto *threats2023 = find(result, QStringLiteral("Olaga hot"), 2023); // region filled down
    ASSERT_TRUE(threats2023);
    EXPECT_TRUE(threats2023->preliminary);
    EXPECT_FALSE(threats2023->count.has_value());
    EXPECT_EQ(result.suppressedCount, 1);
    EXPECT_EQ(find(result, QStringLiteral("Misshandel inkl. grov"), 2022, QString(),
                   QStringLiteral("2281"))
                  ->count,
              1001);
}

TEST(CrimeStatisticsCsvParser, ExchangeColumnsWithSemicolons)
{
    const auto result = parseFixture("exchange_semicolon.csv");
    EXPECT_EQ(result.format, CrimeStatisticsCsvParser::Format::Exchange);
    ASSERT_EQ(result.rows.size(), 4);
    EXPECT_EQ(result.rows.at(1).category, QStringLiteral("Sexualbrott"));
    EXPECT_EQ(result.rows.at(2).period, QStringLiteral("2023-03"));
    EXPECT_FALSE(result.rows.at(3).count.has_value());
    EXPECT_EQ(result.suppressedCount, 1);
}

TEST(CrimeStatisticsCsvParser, ExchangeColumnsWithCommasAndQuotes)
{
    const auto result = parseFixture("exchange_comma_quoted.csv");
    ASSERT_EQ(result.rows.size(), 3);
    EXPECT_EQ(result.rows.at(0).crimeType, QStringLiteral("Stöld, snatteri"));
    EXPECT_EQ(result.rows.at(0).category, QStringLiteral("Stöld, rån och andra tillgreppsbrott"));
    EXPECT_EQ(result.rows.at(0).count, 310);
    EXPECT_EQ(result.rows.at(2).crimeType, QStringLiteral("Brott mot \"knivlagen\""));
    EXPECT_EQ(result.rows.at(2).period, QStringLiteral("2023-Q1"));
    EXPECT_FALSE(result.rows.at(2).count.has_value());
}

TEST(CrimeStatisticsCsvParser, AQuoteAfterASemicolonInACommaFileKeepsTheRowsApart)
{
    // The records were split opening quotes after ';' too, so in this comma file the quote
    // of "Stöld;\"snatteri" took the next line into the first row, and a row was lost.
    const auto result = CrimeStatisticsCsvParser().parseText(
        QStringLiteral("municipalityCode,year,period,crimeType,category,count\n"
                       "2280,2023,,Stöld;\"snatteri,Övriga brott,310\n"
                       "2280,2023,,Rån,Övriga brott,5\n"
                       "2280,2023,,\"Olaga hot\",Övriga brott,7\n"));
    ASSERT_EQ(result.rows.size(), 3);
    EXPECT_EQ(result.rows.at(0).crimeType, QStringLiteral("Stöld;\"snatteri"));
    EXPECT_EQ(result.rows.at(1).crimeType, QStringLiteral("Rån"));
    EXPECT_EQ(result.sourceLines, (QList<int>{2, 3, 4}));
}

TEST(CrimeStatisticsCsvParser, ExchangeRowsWithoutHeader)
{
    const auto result = CrimeStatisticsCsvParser().parseText(
        QStringLiteral("2280;2023;;Misshandel inkl. grov;;201\n2280;2023;;Olaga hot;;150\n"));
    EXPECT_EQ(result.format, CrimeStatisticsCsvParser::Format::Exchange);
    EXPECT_EQ(result.headerLine, 0);
    ASSERT_EQ(result.rows.size(), 2);
    EXPECT_EQ(result.rows.at(1).count, 150);
}

TEST(CrimeStatisticsCsvParser, ARepeatedKeyKeepsTheLaterRowWithAWarning)
{
    const auto result = CrimeStatisticsCsvParser().parseText(
        QStringLiteral("Region;Brott;År;Antal\nHärnösand;Rån;2023;..\nHärnösand;Rån;2023;12\n"));
    ASSERT_EQ(result.rows.size(), 1);
    EXPECT_EQ(result.rows.at(0).count, 12);
    EXPECT_EQ(result.suppressedCount, 0);
    EXPECT_EQ(result.warnings.size(), 1);
}

TEST(CrimeStatisticsCsvParser, AKeyThatComesBackAfterAnotherGroupIsStillOneRow)
{
    // 2023 comes back after 2022: the repeat is found through the groups that come back,
    // not the current run, and a later ".." wins within one file like any later row.
    const auto result = CrimeStatisticsCsvParser().parseText(
        QStringLiteral("Region;Brott;År;Antal\nHärnösand;Rån;2023;5\nHärnösand;Rån;2022;7\n"
                       "Härnösand;Rån;2023;..\n"));
    ASSERT_EQ(result.rows.size(), 2);
    const auto *robbery2023 = find(result, QStringLiteral("Rån"), 2023);
    ASSERT_TRUE(robbery2023);
    EXPECT_FALSE(robbery2023->count.has_value());
    const auto *robbery2022 = find(result, QStringLiteral("Rån"), 2022);
    ASSERT_TRUE(robbery2022);
    EXPECT_EQ(robbery2022->count, 7);
    EXPECT_EQ(result.suppressedCount, 1);
    EXPECT_EQ(result.warnings,
              QStringList{QStringLiteral("Line 4 repeats line 2 (same municipality, year, period "
                                         "and crime type); the later row is used.")});
}

TEST(CrimeStatisticsCsvParser, MalformedRowsNameTheirLine)
{
    const auto columns = errorOf("bra_malformed_columns.csv");
    EXPECT_EQ(columns.line(), 5);
    EXPECT_TRUE(columns.message().contains(QStringLiteral("expected 4 columns"))) << columns.what();

    const auto count = errorOf("bra_bad_count.csv");
    EXPECT_EQ(count.line(), 4);
    EXPECT_TRUE(count.message().contains(QStringLiteral("ca 1100"))) << count.what();
    EXPECT_EQ(count.fullMessage().left(8), QStringLiteral("Line 4: "));

    const auto year = errorOf("bra_bad_year.csv");
    EXPECT_EQ(year.line(), 3);
    EXPECT_TRUE(year.message().contains(QStringLiteral("20233")));

    const auto region = errorOf("bra_unknown_region.csv");
    EXPECT_EQ(region.line(), 3);
    EXPECT_TRUE(region.message().contains(QStringLiteral("Atlantis")));
}

TEST(CrimeStatisticsCsvParser, OtherMalformedCells)
{
    auto lineOf = [](const QString &text) {
        try {
            CrimeStatisticsCsvParser().parseText(text);
        } catch (const StatisticsImportError &error) {
            return error.line();
        }
        return -1;
    };
    const QString header = QStringLiteral("Region;Brott;År;Period;Antal;Per 100 000 inv\n");
    EXPECT_EQ(lineOf(header + QStringLiteral("Härnösand;Rån;2023;;-3;1\n")), 2);
    EXPECT_EQ(lineOf(header + QStringLiteral("Härnösand;Rån;2023;;3;abc\n")), 2);
    EXPECT_EQ(lineOf(header + QStringLiteral("Härnösand;Rån;2023;Midsommar;3;1\n")), 2);
    EXPECT_EQ(lineOf(header + QStringLiteral("Härnösand;Rån;2023;2022-05;3;1\n")), 2);
    EXPECT_EQ(lineOf(QStringLiteral("Ingen tabell här\n")), 0);
    EXPECT_EQ(lineOf(QStringLiteral("Region;Brott;År;Per 100 000 inv\nHärnösand;Rån;2023;1\n")), 1);
    // A dash is SCB's "nothing to report": zero, not missing.
    const auto zero =
        CrimeStatisticsCsvParser().parseText(header + QStringLiteral("Härnösand;Rån;2023;;–;0\n"));
    EXPECT_EQ(zero.rows.at(0).count, 0);
}
