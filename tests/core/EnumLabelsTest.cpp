#include "EnumLabels.h"

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {
template <typename E> void expectEveryValueLabelled()
{
    QStringList labels;
    for (E v : allValues<E>()) {
        const QString label = EnumLabels::label(v);
        EXPECT_FALSE(label.isEmpty()) << toWord(v).toStdString();
        labels << label;
    }
    labels.removeDuplicates();
    EXPECT_EQ(labels.size(), allValues<E>().size());
}
} // namespace

TEST(EnumLabels, EveryValueOfEveryEnumHasADistinctLabel)
{
    expectEveryValueLabelled<AgreementStatus>();
    expectEveryValueLabelled<PartyKind>();
    expectEveryValueLabelled<GroupKind>();
    expectEveryValueLabelled<ReportingTarget>();
    expectEveryValueLabelled<ProblemCategory>();
    expectEveryValueLabelled<ProblemSource>();
    expectEveryValueLabelled<Contributor>();
    expectEveryValueLabelled<PriorityReason>();
    expectEveryValueLabelled<Perspective>();
    expectEveryValueLabelled<Proximity>();
    expectEveryValueLabelled<CauseNature>();
    expectEveryValueLabelled<RiskDomain>();
    expectEveryValueLabelled<GoalKind>();
    expectEveryValueLabelled<MeasureType>();
    expectEveryValueLabelled<AimedAt>();
    expectEveryValueLabelled<Horizon>();
    expectEveryValueLabelled<MeasureStatus>();
    expectEveryValueLabelled<FollowUpKind>();
    expectEveryValueLabelled<Assessment>();
    expectEveryValueLabelled<PromiseSetStatus>();
    expectEveryValueLabelled<PromiseBasis>();
    expectEveryValueLabelled<SituationStatus>();
    expectEveryValueLabelled<SelectionCriterion>();
    expectEveryValueLabelled<PlanStatus>();
    expectEveryValueLabelled<RatingColour>();
}

TEST(EnumLabels, EnglishSourceTexts)
{
    EXPECT_EQ(EnumLabels::label(AgreementStatus::ReadyForSigning),
              QStringLiteral("Ready for signing"));
    EXPECT_EQ(EnumLabels::label(GoalKind::Effect), QStringLiteral("Effect goal"));
    EXPECT_EQ(EnumLabels::causeLabel(2, 3), QStringLiteral("Cause 2.3"));
}
