// The åtgärdsplan as Brå's six columns (issue #14), read from full.json: an adopted row
// takes its causes, goals, När and Vem from the agreement; the plan's own row from its own
// fields and the lägesbild's problems; the latest rating is shown; the adopted measure's
// follow-ups suggest a colour, yellow at best when it is late.

#include "PlanTable.h"
#include "CoreTestSupport.h"

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {

const MeasurePlan &decidedPlan(const MunicipalityData &data)
{
    return data.measurePlans.first(); // ap-2024
}

} // namespace

TEST(PlanTableTest, TheSixColumnsOfAnAdoptedAndAnOwnRow)
{
    const MunicipalityData data = fullDocument();
    const QList<PlanTable::Row> rows = PlanTable::rows(decidedPlan(data), data, QDate(2024, 10, 1));
    ASSERT_EQ(rows.size(), 3);

    const PlanTable::Row &adopted = rows.at(0); // m-krog of a-2024
    EXPECT_TRUE(adopted.adopted);
    EXPECT_FALSE(adopted.measureMissing);
    EXPECT_EQ(adopted.agreementId, QStringLiteral("a-2024"));
    EXPECT_EQ(adopted.measure, QStringLiteral("Krogtillsyn"));
    ASSERT_EQ(adopted.causes.size(), 1);
    EXPECT_EQ(adopted.causes.first().label, QStringLiteral("Cause 1.1"));
    // Operativa mål: the row's own words first, then the measure's production goal (never
    // its effect goal).
    EXPECT_EQ(adopted.operative,
              (QStringList{QStringLiteral("Fyra tillsynsbesök per kvartal"),
                           QStringLiteral("Krogtillsyn vid 12 tillfällen per år.")}));
    EXPECT_EQ(adopted.when, QStringLiteral("varje fredag och lördag 21–03"));
    EXPECT_EQ(adopted.who, QStringLiteral("Kommunen i samverkan med polis och räddningstjänst"));
    ASSERT_TRUE(adopted.latest.has_value());
    EXPECT_EQ(adopted.latest->colour, RatingColour::Green) << "2025-03-15 is the latest";
    EXPECT_EQ(adopted.ratings, 2);
    ASSERT_TRUE(adopted.suggestion.has_value());
    EXPECT_EQ(adopted.suggestion->colour, RatingColour::Green) << "as planned on 2024-06-15";
    EXPECT_TRUE(adopted.suggestion->reason.contains(QStringLiteral("2024-06-15")));

    const PlanTable::Row &own = rows.at(1);
    EXPECT_FALSE(own.adopted);
    EXPECT_EQ(own.measure, QStringLiteral("Trygghetsvandringar i centrum"));
    ASSERT_EQ(own.causes.size(), 2);
    EXPECT_EQ(own.causes.at(0).label, QStringLiteral("Problem 1"));
    EXPECT_EQ(own.causes.at(0).text, QStringLiteral("Skadegörelse vid resecentrum"));
    EXPECT_EQ(own.causes.at(1).label, QStringLiteral("Problem 2"));
    EXPECT_EQ(own.who, QStringLiteral("Härnösands kommun, Polismyndigheten, LPO Härnösand"));
    EXPECT_EQ(own.when, QStringLiteral("Vår och höst"));
    EXPECT_EQ(own.latest->colour, RatingColour::Red);
    EXPECT_FALSE(own.suggestion.has_value()) << "an own measure has no follow-ups";

    const PlanTable::Row &secret = rows.at(2);
    EXPECT_TRUE(secret.confidential);
    EXPECT_TRUE(secret.causes.isEmpty());
    EXPECT_FALSE(secret.latest.has_value());
}

TEST(PlanTableTest, ARemovedMeasureLeavesTheRowSayingSo)
{
    MunicipalityData data = fullDocument();
    data.agreements[1].measures.removeFirst(); // m-krog
    const QList<PlanTable::Row> rows = PlanTable::rows(decidedPlan(data), data, QDate(2024, 10, 1));
    EXPECT_TRUE(rows.first().measureMissing);
    EXPECT_TRUE(rows.first().causes.isEmpty());
    EXPECT_EQ(rows.first().ratings, 2) << "the row's history stays";
}

TEST(PlanTableTest, TheSuggestedColourOfEachAssessmentAndOfALateMeasure)
{
    Measure m;
    m.id = QStringLiteral("m");
    m.status = MeasureStatus::Ongoing;
    m.end = QDate(2025, 12, 31);
    const QDate today(2025, 6, 1);
    EXPECT_FALSE(PlanTable::suggest(m, {}, today).has_value()) << "nothing known, nothing said";
    const auto colourOf = [&](Assessment assessment, const QDate &day) {
        FollowUp older;
        older.measure = m.id;
        older.date = QDate(2025, 1, 10);
        older.assessment = Assessment::NotDone;
        FollowUp f;
        f.measure = m.id;
        f.date = QDate(2025, 3, 1);
        f.assessment = assessment;
        FollowUp otherMeasure = f;
        otherMeasure.measure = QStringLiteral("other");
        otherMeasure.date = QDate(2025, 5, 1);
        otherMeasure.assessment = Assessment::Worsened;
        return PlanTable::suggest(m, {f, older, otherMeasure}, day)->colour;
    };
    EXPECT_EQ(colourOf(Assessment::AsPlanned, today), RatingColour::Green);
    EXPECT_EQ(colourOf(Assessment::Improved, today), RatingColour::Green);
    EXPECT_EQ(colourOf(Assessment::Partly, today), RatingColour::Yellow);
    EXPECT_EQ(colourOf(Assessment::Unchanged, today), RatingColour::Yellow);
    EXPECT_EQ(colourOf(Assessment::NotDone, today), RatingColour::Red);
    EXPECT_EQ(colourOf(Assessment::Worsened, today), RatingColour::Red);
    // Past its end and still ongoing: late, so yellow at best; red stays red.
    const QDate later(2026, 1, 15);
    EXPECT_EQ(colourOf(Assessment::AsPlanned, later), RatingColour::Yellow);
    EXPECT_EQ(colourOf(Assessment::NotDone, later), RatingColour::Red);
    const auto lateOnly = PlanTable::suggest(m, {}, later);
    ASSERT_TRUE(lateOnly.has_value());
    EXPECT_EQ(lateOnly->colour, RatingColour::Yellow);
    EXPECT_TRUE(lateOnly->reason.contains(QStringLiteral("2025-12-31")));
}
