#include "EnumLabels.h"

#include <QCoreApplication>

// Every label is a literal inside QCoreApplication::translate() so that lupdate finds
// it; the Swedish words (domain.md) are noted where the wording is not obvious.
// Draft, In review, Ready for signing, Signed: Utkast, Under granskning, Klar för
// underskrift, Undertecknad.

namespace samverka::core {

template <> QString EnumLabels::label<AgreementStatus>(AgreementStatus value)
{
    switch (value) {
    case AgreementStatus::Draft:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Draft");
    case AgreementStatus::InReview:
        return QCoreApplication::translate("samverka::core::EnumLabels", "In review");
    case AgreementStatus::ReadyForSigning:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Ready for signing");
    case AgreementStatus::Signed:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Signed");
    }
    return {};
}

template <> QString EnumLabels::label<PartyKind>(PartyKind value)
{
    switch (value) {
    case PartyKind::Municipality:
        // sv: Kommun
        return QCoreApplication::translate("samverka::core::EnumLabels", "Municipality");
    case PartyKind::Police:
        // sv: Polis
        return QCoreApplication::translate("samverka::core::EnumLabels", "Police");
    case PartyKind::Region:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Region");
    case PartyKind::RescueService:
        // sv: Räddningstjänst
        return QCoreApplication::translate("samverka::core::EnumLabels", "Rescue service");
    case PartyKind::CountyBoard:
        // sv: Länsstyrelse
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "County administrative board");
    case PartyKind::School:
        // sv: Skola
        return QCoreApplication::translate("samverka::core::EnumLabels", "School");
    case PartyKind::Housing:
        // sv: Bostadsbolag
        return QCoreApplication::translate("samverka::core::EnumLabels", "Housing company");
    case PartyKind::CivilSociety:
        // sv: Förening / civilsamhälle
        return QCoreApplication::translate("samverka::core::EnumLabels", "Association");
    case PartyKind::Business:
        // sv: Näringsliv
        return QCoreApplication::translate("samverka::core::EnumLabels", "Business");
    case PartyKind::Other:
        // sv: Övrig
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other");
    }
    return {};
}

template <> QString EnumLabels::label<GroupKind>(GroupKind value)
{
    switch (value) {
    case GroupKind::SteeringGroup:
        // sv: Styrgrupp
        return QCoreApplication::translate("samverka::core::EnumLabels", "Steering group");
    case GroupKind::ProjectGroup:
        // sv: Projektgrupp
        return QCoreApplication::translate("samverka::core::EnumLabels", "Project group");
    case GroupKind::WorkingGroup:
        // sv: Arbetsgrupp
        return QCoreApplication::translate("samverka::core::EnumLabels", "Working group");
    case GroupKind::LocalCouncil:
        // sv: Lokalt brottsförebyggande råd
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Local crime-prevention council");
    case GroupKind::Other:
        // sv: Annan grupp
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other group");
    }
    return {};
}

template <> QString EnumLabels::label<ReportingTarget>(ReportingTarget value)
{
    switch (value) {
    case ReportingTarget::SteeringGroup:
        // sv: Styrgrupp
        return QCoreApplication::translate("samverka::core::EnumLabels", "Steering group");
    case ReportingTarget::Leadership:
        // sv: Ledningen för polis och kommun
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Leadership of police and municipality");
    case ReportingTarget::LocalCouncil:
        // sv: Lokalt brottsförebyggande råd
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Local crime-prevention council");
    case ReportingTarget::Other:
        // sv: Annan
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other");
    }
    return {};
}

template <> QString EnumLabels::label<ProblemCategory>(ProblemCategory value)
{
    switch (value) {
    case ProblemCategory::Crime:
        // sv: Brott
        return QCoreApplication::translate("samverka::core::EnumLabels", "Crime");
    case ProblemCategory::PublicOrder:
        // sv: Ordningsstörning
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Public-order disturbance");
    case ProblemCategory::Insecurity:
        // sv: Otrygghet
        return QCoreApplication::translate("samverka::core::EnumLabels", "Insecurity");
    case ProblemCategory::Other:
        // sv: Övrigt
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other");
    }
    return {};
}

template <> QString EnumLabels::label<ProblemSource>(ProblemSource value)
{
    switch (value) {
    case ProblemSource::CrimeStatistics:
        // sv: Brottsstatistik
        return QCoreApplication::translate("samverka::core::EnumLabels", "Crime statistics");
    case ProblemSource::SafetySurvey:
        // sv: Nationella trygghetsundersökningen (NTU)
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "National safety survey (NTU)");
    case ProblemSource::LocalSurvey:
        // sv: Lokal enkät
        return QCoreApplication::translate("samverka::core::EnumLabels", "Local survey");
    case ProblemSource::SafetyWalk:
        // sv: Trygghetsvandring
        return QCoreApplication::translate("samverka::core::EnumLabels", "Safety walk");
    case ProblemSource::CitizenDialogue:
        // sv: Medborgardialog
        return QCoreApplication::translate("samverka::core::EnumLabels", "Citizen dialogue");
    case ProblemSource::StaffDialogue:
        // sv: Medarbetardialog
        return QCoreApplication::translate("samverka::core::EnumLabels", "Staff dialogue");
    case ProblemSource::PoliceIntelligence:
        // sv: Polisens underrättelser
        return QCoreApplication::translate("samverka::core::EnumLabels", "Police intelligence");
    case ProblemSource::VandalismCosts:
        // sv: Skadegörelsekostnader
        return QCoreApplication::translate("samverka::core::EnumLabels", "Costs of vandalism");
    case ProblemSource::SchoolSurvey:
        // sv: Skolenkät
        return QCoreApplication::translate("samverka::core::EnumLabels", "School survey");
    case ProblemSource::Other:
        // sv: Annan källa
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other source");
    }
    return {};
}

template <> QString EnumLabels::label<Contributor>(Contributor value)
{
    switch (value) {
    case Contributor::Police:
        // sv: Polisen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Police");
    case Contributor::Municipality:
        // sv: Kommunen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Municipality");
    case Contributor::Joint:
        // sv: Gemensamt
        return QCoreApplication::translate("samverka::core::EnumLabels", "Joint");
    case Contributor::Other:
        // sv: Annan
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other");
    }
    return {};
}

template <> QString EnumLabels::label<PriorityReason>(PriorityReason value)
{
    switch (value) {
    case PriorityReason::MostFrequent:
        // sv: Vanligast förekommande
        return QCoreApplication::translate("samverka::core::EnumLabels", "Most frequent");
    case PriorityReason::Increasing:
        // sv: Ökande
        return QCoreApplication::translate("samverka::core::EnumLabels", "Increasing");
    case PriorityReason::Deviating:
        // sv: Avviker från jämförbara kommuner
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Deviates from comparable municipalities");
    case PriorityReason::ExposedPlace:
        // sv: Mest utsatt plats
        return QCoreApplication::translate("samverka::core::EnumLabels", "Most exposed place");
    case PriorityReason::Costly:
        // sv: Mest kostsamt
        return QCoreApplication::translate("samverka::core::EnumLabels", "Most costly");
    case PriorityReason::AffectsMany:
        // sv: Påverkar många verksamheter
        return QCoreApplication::translate("samverka::core::EnumLabels", "Affects many operations");
    }
    return {};
}

template <> QString EnumLabels::label<Perspective>(Perspective value)
{
    switch (value) {
    case Perspective::Situational:
        // sv: Situationen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Situation");
    case Perspective::Victim:
        // sv: Offret
        return QCoreApplication::translate("samverka::core::EnumLabels", "Victim");
    case Perspective::Offender:
        // sv: Gärningspersonen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Offender");
    }
    return {};
}

template <> QString EnumLabels::label<Proximity>(Proximity value)
{
    switch (value) {
    case Proximity::Proximate:
        // sv: Närliggande
        return QCoreApplication::translate("samverka::core::EnumLabels", "Proximate");
    case Proximity::Distant:
        // sv: Avlägsen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Distant");
    }
    return {};
}

template <> QString EnumLabels::label<CauseNature>(CauseNature value)
{
    switch (value) {
    case CauseNature::Situational:
        // sv: Situationell
        return QCoreApplication::translate("samverka::core::EnumLabels", "Situational");
    case CauseNature::Social:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Social");
    }
    return {};
}

template <> QString EnumLabels::label<RiskDomain>(RiskDomain value)
{
    switch (value) {
    case RiskDomain::Individual:
        // sv: Individ
        return QCoreApplication::translate("samverka::core::EnumLabels", "Individual");
    case RiskDomain::Family:
        // sv: Familj
        return QCoreApplication::translate("samverka::core::EnumLabels", "Family");
    case RiskDomain::School:
        // sv: Skola
        return QCoreApplication::translate("samverka::core::EnumLabels", "School");
    case RiskDomain::Community:
        // sv: Närsamhälle
        return QCoreApplication::translate("samverka::core::EnumLabels", "Community");
    }
    return {};
}

template <> QString EnumLabels::label<GoalKind>(GoalKind value)
{
    switch (value) {
    case GoalKind::Effect:
        // sv: Effektmål
        return QCoreApplication::translate("samverka::core::EnumLabels", "Effect goal");
    case GoalKind::Process:
        // sv: Processmål
        return QCoreApplication::translate("samverka::core::EnumLabels", "Process goal");
    case GoalKind::Production:
        // sv: Produktionsmål
        return QCoreApplication::translate("samverka::core::EnumLabels", "Production goal");
    }
    return {};
}

template <> QString EnumLabels::label<MeasureType>(MeasureType value)
{
    switch (value) {
    case MeasureType::Situational:
        // sv: Situationell
        return QCoreApplication::translate("samverka::core::EnumLabels", "Situational");
    case MeasureType::Social:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Social");
    }
    return {};
}

template <> QString EnumLabels::label<AimedAt>(AimedAt value)
{
    switch (value) {
    case AimedAt::Situation:
        // sv: Situationen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Situation");
    case AimedAt::Victim:
        // sv: Offret
        return QCoreApplication::translate("samverka::core::EnumLabels", "Victim");
    case AimedAt::Offender:
        // sv: Gärningspersonen
        return QCoreApplication::translate("samverka::core::EnumLabels", "Offender");
    }
    return {};
}

template <> QString EnumLabels::label<Horizon>(Horizon value)
{
    switch (value) {
    case Horizon::Short:
        // sv: Kort sikt
        return QCoreApplication::translate("samverka::core::EnumLabels", "Short term");
    case Horizon::Long:
        // sv: Lång sikt
        return QCoreApplication::translate("samverka::core::EnumLabels", "Long term");
    }
    return {};
}

template <> QString EnumLabels::label<MeasureStatus>(MeasureStatus value)
{
    switch (value) {
    case MeasureStatus::Planned:
        // sv: Planerad
        return QCoreApplication::translate("samverka::core::EnumLabels", "Planned");
    case MeasureStatus::Ongoing:
        // sv: Pågående
        return QCoreApplication::translate("samverka::core::EnumLabels", "Ongoing");
    case MeasureStatus::Done:
        // sv: Genomförd
        return QCoreApplication::translate("samverka::core::EnumLabels", "Done");
    case MeasureStatus::Cancelled:
        // sv: Avbruten
        return QCoreApplication::translate("samverka::core::EnumLabels", "Cancelled");
    }
    return {};
}

template <> QString EnumLabels::label<FollowUpKind>(FollowUpKind value)
{
    switch (value) {
    case FollowUpKind::Process:
        // sv: Processuppföljning
        return QCoreApplication::translate("samverka::core::EnumLabels", "Process follow-up");
    case FollowUpKind::Effect:
        // sv: Effektuppföljning
        return QCoreApplication::translate("samverka::core::EnumLabels", "Effect follow-up");
    }
    return {};
}

template <> QString EnumLabels::label<Assessment>(Assessment value)
{
    switch (value) {
    case Assessment::AsPlanned:
        // sv: Genomförd som planerat
        return QCoreApplication::translate("samverka::core::EnumLabels", "Done as planned");
    case Assessment::Partly:
        // sv: Delvis genomförd
        return QCoreApplication::translate("samverka::core::EnumLabels", "Partly done");
    case Assessment::NotDone:
        // sv: Inte genomförd
        return QCoreApplication::translate("samverka::core::EnumLabels", "Not done");
    case Assessment::Improved:
        // sv: Förbättrat
        return QCoreApplication::translate("samverka::core::EnumLabels", "Improved");
    case Assessment::Unchanged:
        // sv: Oförändrat
        return QCoreApplication::translate("samverka::core::EnumLabels", "Unchanged");
    case Assessment::Worsened:
        // sv: Försämrat
        return QCoreApplication::translate("samverka::core::EnumLabels", "Worsened");
    }
    return {};
}

template <> QString EnumLabels::label<PromiseSetStatus>(PromiseSetStatus value)
{
    switch (value) {
    case PromiseSetStatus::Draft:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Draft");
    case PromiseSetStatus::Signed:
        return QCoreApplication::translate("samverka::core::EnumLabels", "Signed");
    }
    return {};
}

template <> QString EnumLabels::label<PromiseBasis>(PromiseBasis value)
{
    switch (value) {
    case PromiseBasis::CitizenDialogue:
        // sv: Medborgardialog
        return QCoreApplication::translate("samverka::core::EnumLabels", "Citizen dialogue");
    case PromiseBasis::StaffDialogue:
        // sv: Medarbetardialog
        return QCoreApplication::translate("samverka::core::EnumLabels", "Staff dialogue");
    case PromiseBasis::PoliceIntelligence:
        // sv: Polisens underrättelser
        return QCoreApplication::translate("samverka::core::EnumLabels", "Police intelligence");
    case PromiseBasis::Survey:
        // sv: Enkät / trygghetsundersökning
        return QCoreApplication::translate("samverka::core::EnumLabels", "Survey");
    case PromiseBasis::Other:
        // sv: Annat
        return QCoreApplication::translate("samverka::core::EnumLabels", "Other");
    }
    return {};
}

template <> QString EnumLabels::label<SituationStatus>(SituationStatus value)
{
    switch (value) {
    case SituationStatus::Draft:
        // sv: Utkast
        return QCoreApplication::translate("samverka::core::EnumLabels", "Draft");
    case SituationStatus::Adopted:
        // sv: Fastställd
        return QCoreApplication::translate("samverka::core::EnumLabels", "Adopted");
    }
    return {};
}

template <> QString EnumLabels::label<SelectionCriterion>(SelectionCriterion value)
{
    switch (value) {
    case SelectionCriterion::MostCommon:
        // sv: Vanligast förekommande
        return QCoreApplication::translate("samverka::core::EnumLabels", "Most common");
    case SelectionCriterion::Increasing:
        // sv: Ökar
        return QCoreApplication::translate("samverka::core::EnumLabels", "Increasing");
    case SelectionCriterion::ParticularPlaces:
        // sv: Koncentrerat till vissa platser
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Concentrated at particular places");
    case SelectionCriterion::VulnerableVictims:
        // sv: Drabbar särskilt utsatta
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Affects vulnerable victims");
    case SelectionCriterion::SignalCrime:
        // sv: Signalbrott
        return QCoreApplication::translate("samverka::core::EnumLabels", "Signal crime");
    case SelectionCriterion::GraveConsequences:
        // sv: Allvarliga konsekvenser
        return QCoreApplication::translate("samverka::core::EnumLabels", "Grave consequences");
    case SelectionCriterion::WithinResources:
        // sv: Inom parternas resurser
        return QCoreApplication::translate("samverka::core::EnumLabels",
                                           "Within the parties' resources");
    }
    return {};
}

template <> QString EnumLabels::label<PlanStatus>(PlanStatus value)
{
    switch (value) {
    case PlanStatus::Draft:
        // sv: Utkast
        return QCoreApplication::translate("samverka::core::EnumLabels", "Draft");
    case PlanStatus::Decided:
        // sv: Beslutad
        return QCoreApplication::translate("samverka::core::EnumLabels", "Decided");
    }
    return {};
}

template <> QString EnumLabels::label<RatingColour>(RatingColour value)
{
    switch (value) {
    case RatingColour::Green:
        // sv: Grön
        return QCoreApplication::translate("samverka::core::EnumLabels", "Green");
    case RatingColour::Yellow:
        // sv: Gul
        return QCoreApplication::translate("samverka::core::EnumLabels", "Yellow");
    case RatingColour::Red:
        // sv: Röd
        return QCoreApplication::translate("samverka::core::EnumLabels", "Red");
    }
    return {};
}

QString EnumLabels::causeLabel(int problemNumber, int causeNumber)
{
    // sv: Orsak %1.%2
    return QCoreApplication::translate("samverka::core::EnumLabels", "Cause %1.%2")
        .arg(problemNumber)
        .arg(causeNumber);
}

} // namespace samverka::core
