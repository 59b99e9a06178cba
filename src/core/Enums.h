#pragma once

// Every enumeration of the domain, with the exchange-format word of each value.
// The words are a contract (spec/exchange.schema.json); Swedish labels live in
// EnumLabels.

#include <QString>
#include <QStringList>

#include <optional>

namespace samverka::core {

enum class AgreementStatus { Draft, InReview, ReadyForSigning, Signed };
enum class PartyKind {
    Municipality,
    Police,
    Region,
    RescueService,
    CountyBoard,
    School,
    Housing,
    CivilSociety,
    Business,
    Other
};
enum class GroupKind { SteeringGroup, ProjectGroup, WorkingGroup, LocalCouncil, Other };
enum class ReportingTarget { SteeringGroup, Leadership, LocalCouncil, Other };
enum class ProblemCategory { Crime, PublicOrder, Insecurity, Other };
enum class ProblemSource {
    CrimeStatistics,
    SafetySurvey,
    LocalSurvey,
    SafetyWalk,
    CitizenDialogue,
    StaffDialogue,
    PoliceIntelligence,
    VandalismCosts,
    SchoolSurvey,
    Other
};
enum class Contributor { Police, Municipality, Joint, Other };
enum class PriorityReason {
    MostFrequent,
    Increasing,
    Deviating,
    ExposedPlace,
    Costly,
    AffectsMany
};
enum class Perspective { Situational, Victim, Offender };
enum class Proximity { Proximate, Distant };
enum class CauseNature { Situational, Social };
enum class RiskDomain { Individual, Family, School, Community };
enum class GoalKind { Effect, Process, Production };
enum class MeasureType { Situational, Social };
enum class AimedAt { Situation, Victim, Offender };
enum class Horizon { Short, Long };
enum class MeasureStatus { Planned, Ongoing, Done, Cancelled };
enum class FollowUpKind { Process, Effect };
enum class Assessment { AsPlanned, Partly, NotDone, Improved, Unchanged, Worsened };
enum class PromiseSetStatus { Draft, Signed };
enum class PromiseBasis { CitizenDialogue, StaffDialogue, PoliceIntelligence, Survey, Other };
/// A lägesbild's status: utkast or fastställd (decided).
enum class SituationStatus { Draft, Adopted };
/// Brå's criteria for choosing a problem of the lägesbild to work on.
enum class SelectionCriterion {
    MostCommon,
    Increasing,
    ParticularPlaces,
    VulnerableVictims,
    SignalCrime,
    GraveConsequences,
    WithinResources
};
/// An åtgärdsplan's status: utkast or beslutad.
enum class PlanStatus { Draft, Decided };
/// A plan row's rating at a follow-up, Brå's traffic light.
enum class RatingColour { Green, Yellow, Red };

/// The exchange-format word of an enum value ("in_review").
template <typename E> QString toWord(E value);
/// The value for an exchange-format word, or nullopt for an unknown word.
template <typename E> std::optional<E> fromWord(const QString &word);
/// All words of an enum, in declaration order (for messages and combo boxes).
template <typename E> QStringList allWords();
/// All values of an enum, in declaration order.
template <typename E> QList<E> allValues();

} // namespace samverka::core
