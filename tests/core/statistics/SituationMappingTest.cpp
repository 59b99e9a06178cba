// The lägesbild's kartläggning (issue #14) against numbers worked out by hand from a small
// fixture: counts, shares, rates per 100 000, the change from the year before and over
// the period, the largest types, the comparison, and the survey's width warning.

#include "statistics/SituationMapping.h"
#include "statistics/CrimeStatisticsCsvParser.h"
#include "statistics/SituationMappingJson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {

CrimeStatistic row(const char *code, int year, const char *type, const char *category, int count)
{
    CrimeStatistic s;
    s.municipalityCode = QString::fromLatin1(code);
    s.municipalityName = s.municipalityCode == QLatin1String("2280") ? QStringLiteral("Härnösand")
                                                                     : QStringLiteral("Kramfors");
    s.year = year;
    s.crimeType = QString::fromUtf8(type);
    s.category = QString::fromUtf8(category);
    s.count = count;
    return s;
}

StatisticsCalculator fixture()
{
    const char *life = "Brott mot liv och hälsa";
    const char *damage = "Skadegörelse";
    const char *peace = "Brott mot frihet och frid";
    QList<CrimeStatistic> rows{
        row("2280", 2020, "Misshandel", life, 90), // before the period: left out
        row("2280", 2021, "Misshandel", life, 100), row("2280", 2021, "Skadegörelse", damage, 200),
        row("2280", 2022, "Misshandel", life, 110), row("2280", 2022, "Skadegörelse", damage, 190),
        row("2280", 2023, "Misshandel", life, 120), row("2280", 2023, "Skadegörelse", damage, 180),
        row("2280", 2023, "Olaga hot", peace, 60),  row("2282", 2021, "Misshandel", life, 50),
        row("2282", 2023, "Misshandel", life, 40),
    };
    QList<Population> population{{QStringLiteral("2280"), 2021, 25000},
                                 {QStringLiteral("2280"), 2022, 25000},
                                 {QStringLiteral("2280"), 2023, 24000},
                                 {QStringLiteral("2282"), 2021, 10000},
                                 {QStringLiteral("2282"), 2023, 10000}};
    return StatisticsCalculator(rows, population);
}

const MappingLine *line(const QList<MappingLine> &lines, const QString &key)
{
    for (const MappingLine &l : lines)
        if (l.key == key)
            return &l;
    return nullptr;
}

SurveyIndicator survey(int year, double value, std::optional<double> low,
                       std::optional<double> high)
{
    SurveyIndicator s;
    s.areaCode = QStringLiteral("2280");
    s.indicator = QStringLiteral("Oro för brott");
    s.year = year;
    s.value = value;
    s.ciLow = low;
    s.ciHigh = high;
    return s;
}

} // namespace

TEST(SituationMappingTest, TheNumbersOfThePeriodAsWorkedOutByHand)
{
    const SituationMappingResult r = SituationMapping::build(
        fixture(), QStringLiteral("2280"), 2021, 2023, {QStringLiteral("2282")}, {});
    ASSERT_TRUE(r.hasData());
    EXPECT_EQ(r.fromYear, 2021);
    EXPECT_EQ(r.toYear, 2023);

    // The total: 360 in 2023 against 300 in 2021; 360 × 100 000 / 24 000 = 1 500.
    EXPECT_EQ(r.total.count, 360);
    EXPECT_DOUBLE_EQ(*r.total.ratePer100k, 1500.0);
    EXPECT_DOUBLE_EQ(*r.total.periodChangePercent, 20.0);

    const MappingLine *life = line(r.categories, QStringLiteral("Brott mot liv och hälsa"));
    ASSERT_NE(life, nullptr);
    EXPECT_EQ(life->count, 120);
    EXPECT_NEAR(*life->sharePercent, 100.0 / 3.0, 1e-9);
    EXPECT_DOUBLE_EQ(*life->ratePer100k, 500.0);
    EXPECT_NEAR(*life->changePercent, 10.0 * 100.0 / 110.0, 1e-9); // 110 → 120
    EXPECT_DOUBLE_EQ(*life->periodChangePercent, 20.0);            // 100 → 120
    const MappingLine *damage = line(r.categories, QStringLiteral("Skadegörelse"));
    ASSERT_NE(damage, nullptr);
    EXPECT_DOUBLE_EQ(*damage->sharePercent, 50.0);
    EXPECT_NEAR(*damage->changePercent, -10.0 * 100.0 / 190.0, 1e-9);
    EXPECT_DOUBLE_EQ(*damage->periodChangePercent, -10.0);
    const MappingLine *peace = line(r.categories, QStringLiteral("Brott mot frihet och frid"));
    ASSERT_NE(peace, nullptr);
    EXPECT_FALSE(peace->periodChangePercent) << "no reports in 2021: no change, not +∞";

    // The largest types, largest first.
    ASSERT_EQ(r.largestTypes.size(), 3);
    EXPECT_EQ(r.largestTypes.at(0).key, QStringLiteral("Skadegörelse"));
    EXPECT_EQ(r.largestTypes.at(1).key, QStringLiteral("Misshandel"));
    EXPECT_EQ(r.largestTypes.at(2).key, QStringLiteral("Olaga hot"));

    // The trend covers only the period's years.
    ASSERT_FALSE(r.trend.isEmpty());
    for (const StatisticsSeries &series : r.trend)
        for (const SeriesPoint &p : series.points)
            EXPECT_TRUE(p.year >= 2021 && p.year <= 2023) << p.year;

    // Comparison: own 1 200 → 1 500 per 100 000 (+25 %); Kramfors 500 → 400 (−20 %).
    ASSERT_EQ(r.comparison.size(), 2);
    EXPECT_TRUE(r.comparison.at(0).own);
    EXPECT_DOUBLE_EQ(*r.comparison.at(0).ratePer100k, 1500.0);
    EXPECT_DOUBLE_EQ(*r.comparison.at(0).periodChangePercent, 25.0);
    EXPECT_EQ(r.comparison.at(1).name, QStringLiteral("Kramfors"));
    EXPECT_DOUBLE_EQ(*r.comparison.at(1).ratePer100k, 400.0);
    EXPECT_DOUBLE_EQ(*r.comparison.at(1).periodChangePercent, -20.0);
}

TEST(SituationMappingTest, APeriodWithoutStatisticsHasNoDataAndASurveyWithoutIntervalNoWarning)
{
    EXPECT_FALSE(
        SituationMapping::build(fixture(), QStringLiteral("2280"), 2010, 2015, {}, {}).hasData());

    const QList<SurveyIndicator> values{survey(2021, 20, 18, 22), survey(2023, 25, {}, {})};
    SituationMappingResult r =
        SituationMapping::build(fixture(), QStringLiteral("2280"), 2021, 2023, {}, values);
    ASSERT_EQ(r.survey.size(), 1);
    EXPECT_FALSE(r.survey.first().hasWideInterval) << "a missing interval is not a guess";
    EXPECT_TRUE(r.survey.first().warning.isEmpty());

    r = SituationMapping::build(fixture(), QStringLiteral("2280"), 2021, 2023, {},
                                values + QList<SurveyIndicator>{survey(2022, 23, 15, 28)});
    ASSERT_EQ(r.survey.size(), 1);
    EXPECT_TRUE(r.survey.first().hasWideInterval);
    EXPECT_TRUE(r.survey.first().warning.contains(QStringLiteral("2022")));
    EXPECT_FALSE(r.survey.first().warning.contains(QStringLiteral("2023")));
}

// What an adopted edition keeps (SituationMappingJson): every number comes back as it
// was, the survey's warning is worded again from the intervals, and a wrong number is
// refused with its path.
TEST(SituationMappingTest, TheKeptNumbersComeBackAsTheyWere)
{
    const SituationMappingResult m =
        SituationMapping::build(fixture(), QStringLiteral("2280"), 2021, 2023,
                                {QStringLiteral("2282")}, {survey(2023, 41.2, 20.0, 45.0)});
    ASSERT_TRUE(m.hasData());
    const QString text = SituationMappingJson::toText({QDate(2025, 2, 11), m});
    const std::optional<SituationMappingSnapshot> back = SituationMappingJson::fromText(text);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->takenOn, QDate(2025, 2, 11));
    EXPECT_TRUE(SituationMappingJson::sameNumbers(back->mapping, m));
    EXPECT_EQ(SituationMappingJson::toText(*back), text);
    EXPECT_EQ(back->mapping.total.count, 360);
    ASSERT_EQ(back->mapping.survey.size(), 1);
    EXPECT_TRUE(back->mapping.survey.first().hasWideInterval);
    EXPECT_FALSE(back->mapping.survey.first().warning.isEmpty());
    // A missing number stays missing: Kramfors has no 2022 and no rate change is made up.
    ASSERT_EQ(back->mapping.comparison.size(), 2);

    // Other numbers are other numbers.
    SituationMappingResult changed = m;
    changed.total.count = 361;
    EXPECT_FALSE(SituationMappingJson::sameNumbers(changed, m));
}

TEST(SituationMappingTest, KeptNumbersThatAreWrongAreRefusedByPath)
{
    QJsonObject line{{QStringLiteral("count"), -3}};
    QJsonObject o{{QStringLiteral("fromYear"), 2021},
                  {QStringLiteral("toYear"), 2023},
                  {QStringLiteral("categories"), QJsonArray{line}}};
    QStringList warnings;
    JsonCursor cursor(o, QStringLiteral("$.situationPictures[0].mappingSnapshot"), &warnings);
    try {
        SituationMappingJson::read(cursor);
        FAIL() << "a negative count was read";
    } catch (const ExchangeError &e) {
        EXPECT_EQ(e.path(),
                  QStringLiteral("$.situationPictures[0].mappingSnapshot.categories[0].count"));
    }
    EXPECT_FALSE(SituationMappingJson::fromText(QStringLiteral("not json")).has_value());
    EXPECT_FALSE(SituationMappingJson::fromText(QString()).has_value());
}

TEST(SituationMappingTest, TheCountyAndTheCountryAreComparedPer100000FromTheImportsRates)
{
    // As imported from Brå: the county and the country keep their rows, and their
    // population comes from the file's own rates (CrimeStatisticsCsvParser).
    const auto parsed = CrimeStatisticsCsvParser().parseFile(
        QStringLiteral(SAMVERKA_TEST_DATA_DIR "/statistics/bra_county_country.csv"));
    const StatisticsCalculator calculator(parsed.rows, parsed.aggregatePopulation);
    const SituationMappingResult r =
        SituationMapping::build(calculator, QStringLiteral("2280"), 2023, 2023,
                                {QStringLiteral("22"), QStringLiteral("00")}, {});
    ASSERT_EQ(r.comparison.size(), 3);
    EXPECT_EQ(r.comparison.at(1).name, QStringLiteral("Västernorrlands län"));
    ASSERT_TRUE(r.comparison.at(1).ratePer100k.has_value());
    // (1 900 + 1 200) × 100 000 / 245 161: every crime of the county, per its inhabitants.
    EXPECT_NEAR(*r.comparison.at(1).ratePer100k, 3100 * 100000.0 / 245161, 0.01);
    EXPECT_EQ(r.comparison.at(2).name, QStringLiteral("Riket"));
    EXPECT_NEAR(*r.comparison.at(2).ratePer100k, 915.0, 0.01);
}
