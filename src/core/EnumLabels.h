#pragma once

// Swedish (translated) labels for every enum value, for combo boxes and documents.
// Source strings are English in tr(); the Swedish translation supplies the words of
// domain.md.

#include "Enums.h"

namespace samverka::core {

class EnumLabels
{
public:
    template <typename E> static QString label(E value);
    /// "Cause 2.3" (Orsak 2.3): cause 3 of the agreement's problem 2.
    static QString causeLabel(int problemNumber, int causeNumber);
};

// Specialisations are defined in EnumLabels.cpp, one per enum of Enums.h.
template <> QString EnumLabels::label<AgreementStatus>(AgreementStatus);
template <> QString EnumLabels::label<PartyKind>(PartyKind);
template <> QString EnumLabels::label<GroupKind>(GroupKind);
template <> QString EnumLabels::label<ReportingTarget>(ReportingTarget);
template <> QString EnumLabels::label<ProblemCategory>(ProblemCategory);
template <> QString EnumLabels::label<ProblemSource>(ProblemSource);
template <> QString EnumLabels::label<Contributor>(Contributor);
template <> QString EnumLabels::label<PriorityReason>(PriorityReason);
template <> QString EnumLabels::label<Perspective>(Perspective);
template <> QString EnumLabels::label<Proximity>(Proximity);
template <> QString EnumLabels::label<CauseNature>(CauseNature);
template <> QString EnumLabels::label<RiskDomain>(RiskDomain);
template <> QString EnumLabels::label<GoalKind>(GoalKind);
template <> QString EnumLabels::label<MeasureType>(MeasureType);
template <> QString EnumLabels::label<AimedAt>(AimedAt);
template <> QString EnumLabels::label<Horizon>(Horizon);
template <> QString EnumLabels::label<MeasureStatus>(MeasureStatus);
template <> QString EnumLabels::label<FollowUpKind>(FollowUpKind);
template <> QString EnumLabels::label<Assessment>(Assessment);
template <> QString EnumLabels::label<PromiseSetStatus>(PromiseSetStatus);
template <> QString EnumLabels::label<PromiseBasis>(PromiseBasis);
template <> QString EnumLabels::label<SituationStatus>(SituationStatus);
template <> QString EnumLabels::label<SelectionCriterion>(SelectionCriterion);
template <> QString EnumLabels::label<PlanStatus>(PlanStatus);
template <> QString EnumLabels::label<RatingColour>(RatingColour);

} // namespace samverka::core
