#include "Enums.h"

#include <array>
#include <utility>

namespace samverka::core {

namespace {

template <typename E> struct Words;

#define SAMVERKA_WORDS(E, ...)                                                                     \
    template <> struct Words<E> {                                                                  \
        static constexpr std::pair<E, const char *> table[] = {__VA_ARGS__};                       \
    };

SAMVERKA_WORDS(AgreementStatus, {AgreementStatus::Draft, "draft"},
               {AgreementStatus::InReview, "in_review"},
               {AgreementStatus::ReadyForSigning, "ready_for_signing"},
               {AgreementStatus::Signed, "signed"})
SAMVERKA_WORDS(PartyKind, {PartyKind::Municipality, "municipality"}, {PartyKind::Police, "police"},
               {PartyKind::Region, "region"}, {PartyKind::RescueService, "rescue_service"},
               {PartyKind::CountyBoard, "county_board"}, {PartyKind::School, "school"},
               {PartyKind::Housing, "housing"}, {PartyKind::CivilSociety, "civil_society"},
               {PartyKind::Business, "business"}, {PartyKind::Other, "other"})
SAMVERKA_WORDS(GroupKind, {GroupKind::SteeringGroup, "steering_group"},
               {GroupKind::ProjectGroup, "project_group"},
               {GroupKind::WorkingGroup, "working_group"},
               {GroupKind::LocalCouncil, "local_council"}, {GroupKind::Other, "other"})
SAMVERKA_WORDS(ReportingTarget, {ReportingTarget::SteeringGroup, "steering_group"},
               {ReportingTarget::Leadership, "leadership"},
               {ReportingTarget::LocalCouncil, "local_council"}, {ReportingTarget::Other, "other"})
SAMVERKA_WORDS(ProblemCategory, {ProblemCategory::Crime, "crime"},
               {ProblemCategory::PublicOrder, "public_order"},
               {ProblemCategory::Insecurity, "insecurity"}, {ProblemCategory::Other, "other"})
SAMVERKA_WORDS(ProblemSource, {ProblemSource::CrimeStatistics, "crime_statistics"},
               {ProblemSource::SafetySurvey, "safety_survey"},
               {ProblemSource::LocalSurvey, "local_survey"},
               {ProblemSource::SafetyWalk, "safety_walk"},
               {ProblemSource::CitizenDialogue, "citizen_dialogue"},
               {ProblemSource::StaffDialogue, "staff_dialogue"},
               {ProblemSource::PoliceIntelligence, "police_intelligence"},
               {ProblemSource::VandalismCosts, "vandalism_costs"},
               {ProblemSource::SchoolSurvey, "school_survey"}, {ProblemSource::Other, "other"})
SAMVERKA_WORDS(Contributor, {Contributor::Police, "police"},
               {Contributor::Municipality, "municipality"}, {Contributor::Joint, "joint"},
               {Contributor::Other, "other"})
SAMVERKA_WORDS(PriorityReason, {PriorityReason::MostFrequent, "most_frequent"},
               {PriorityReason::Increasing, "increasing"}, {PriorityReason::Deviating, "deviating"},
               {PriorityReason::ExposedPlace, "exposed_place"}, {PriorityReason::Costly, "costly"},
               {PriorityReason::AffectsMany, "affects_many"})
SAMVERKA_WORDS(Perspective, {Perspective::Situational, "situational"},
               {Perspective::Victim, "victim"}, {Perspective::Offender, "offender"})
SAMVERKA_WORDS(Proximity, {Proximity::Proximate, "proximate"}, {Proximity::Distant, "distant"})
SAMVERKA_WORDS(CauseNature, {CauseNature::Situational, "situational"},
               {CauseNature::Social, "social"})
SAMVERKA_WORDS(RiskDomain, {RiskDomain::Individual, "individual"}, {RiskDomain::Family, "family"},
               {RiskDomain::School, "school"}, {RiskDomain::Community, "community"})
SAMVERKA_WORDS(GoalKind, {GoalKind::Effect, "effect"}, {GoalKind::Process, "process"},
               {GoalKind::Production, "production"})
SAMVERKA_WORDS(MeasureType, {MeasureType::Situational, "situational"},
               {MeasureType::Social, "social"})
SAMVERKA_WORDS(AimedAt, {AimedAt::Situation, "situation"}, {AimedAt::Victim, "victim"},
               {AimedAt::Offender, "offender"})
SAMVERKA_WORDS(Horizon, {Horizon::Short, "short"}, {Horizon::Long, "long"})
SAMVERKA_WORDS(MeasureStatus, {MeasureStatus::Planned, "planned"},
               {MeasureStatus::Ongoing, "ongoing"}, {MeasureStatus::Done, "done"},
               {MeasureStatus::Cancelled, "cancelled"})
SAMVERKA_WORDS(FollowUpKind, {FollowUpKind::Process, "process"}, {FollowUpKind::Effect, "effect"})
SAMVERKA_WORDS(Assessment, {Assessment::AsPlanned, "as_planned"}, {Assessment::Partly, "partly"},
               {Assessment::NotDone, "not_done"}, {Assessment::Improved, "improved"},
               {Assessment::Unchanged, "unchanged"}, {Assessment::Worsened, "worsened"})
SAMVERKA_WORDS(PromiseSetStatus, {PromiseSetStatus::Draft, "draft"},
               {PromiseSetStatus::Signed, "signed"})
SAMVERKA_WORDS(PromiseBasis, {PromiseBasis::CitizenDialogue, "citizen_dialogue"},
               {PromiseBasis::StaffDialogue, "staff_dialogue"},
               {PromiseBasis::PoliceIntelligence, "police_intelligence"},
               {PromiseBasis::Survey, "survey"}, {PromiseBasis::Other, "other"})
SAMVERKA_WORDS(SituationStatus, {SituationStatus::Draft, "draft"},
               {SituationStatus::Adopted, "adopted"})
SAMVERKA_WORDS(SelectionCriterion, {SelectionCriterion::MostCommon, "most_common"},
               {SelectionCriterion::Increasing, "increasing"},
               {SelectionCriterion::ParticularPlaces, "particular_places"},
               {SelectionCriterion::VulnerableVictims, "vulnerable_victims"},
               {SelectionCriterion::SignalCrime, "signal_crime"},
               {SelectionCriterion::GraveConsequences, "grave_consequences"},
               {SelectionCriterion::WithinResources, "within_resources"})
SAMVERKA_WORDS(PlanStatus, {PlanStatus::Draft, "draft"}, {PlanStatus::Decided, "decided"})
SAMVERKA_WORDS(RatingColour, {RatingColour::Green, "green"}, {RatingColour::Yellow, "yellow"},
               {RatingColour::Red, "red"})

#undef SAMVERKA_WORDS

} // namespace

template <typename E> QString toWord(E value)
{
    for (const auto &[v, w] : Words<E>::table)
        if (v == value)
            return QString::fromLatin1(w);
    return {};
}

template <typename E> std::optional<E> fromWord(const QString &word)
{
    for (const auto &[v, w] : Words<E>::table)
        if (word == QLatin1String(w))
            return v;
    return std::nullopt;
}

template <typename E> QStringList allWords()
{
    QStringList out;
    for (const auto &entry : Words<E>::table)
        out << QString::fromLatin1(entry.second);
    return out;
}

template <typename E> QList<E> allValues()
{
    QList<E> out;
    for (const auto &entry : Words<E>::table)
        out << entry.first;
    return out;
}

#define SAMVERKA_INSTANTIATE(E)                                                                    \
    template QString toWord<E>(E);                                                                 \
    template std::optional<E> fromWord<E>(const QString &);                                        \
    template QStringList allWords<E>();                                                            \
    template QList<E> allValues<E>();

SAMVERKA_INSTANTIATE(AgreementStatus)
SAMVERKA_INSTANTIATE(PartyKind)
SAMVERKA_INSTANTIATE(GroupKind)
SAMVERKA_INSTANTIATE(ReportingTarget)
SAMVERKA_INSTANTIATE(ProblemCategory)
SAMVERKA_INSTANTIATE(ProblemSource)
SAMVERKA_INSTANTIATE(Contributor)
SAMVERKA_INSTANTIATE(PriorityReason)
SAMVERKA_INSTANTIATE(Perspective)
SAMVERKA_INSTANTIATE(Proximity)
SAMVERKA_INSTANTIATE(CauseNature)
SAMVERKA_INSTANTIATE(RiskDomain)
SAMVERKA_INSTANTIATE(GoalKind)
SAMVERKA_INSTANTIATE(MeasureType)
SAMVERKA_INSTANTIATE(AimedAt)
SAMVERKA_INSTANTIATE(Horizon)
SAMVERKA_INSTANTIATE(MeasureStatus)
SAMVERKA_INSTANTIATE(FollowUpKind)
SAMVERKA_INSTANTIATE(Assessment)
SAMVERKA_INSTANTIATE(PromiseSetStatus)
SAMVERKA_INSTANTIATE(PromiseBasis)
SAMVERKA_INSTANTIATE(SituationStatus)
SAMVERKA_INSTANTIATE(SelectionCriterion)
SAMVERKA_INSTANTIATE(PlanStatus)
SAMVERKA_INSTANTIATE(RatingColour)

} // namespace samverka::core
