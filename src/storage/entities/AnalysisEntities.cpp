// The analysis: problems, their causes, focus areas and goals.

#include "Entities.h"
#include "EntityKinds.h"

namespace samverka::storage::entities {

using Kind = RecordKind;

const Entity<core::Problem> &problem()
{
    using P = core::Problem;
    static const Entity<P> entity(
        underAgreement(Kind::Problem, "problems", true),
        {
            field("title", "title", &P::title),
            field("description", "description", &P::description),
            field("category", "category", &P::category),
            list("crimeCategories", "problem_crime_categories", "problem_id", "category",
                 &P::crimeCategories),
            field("place", "place", &P::place),
            field("timePattern", "time_pattern", &P::timePattern),
            list("sources", "problem_sources", "problem_id", "source", &P::sources),
            field("contributedBy", "contributed_by", &P::contributedBy),
            field("contributedByParty", "contributed_by_party", &P::contributedByParty)
                .ref("parties"),
            field("prioritized", "prioritized", &P::prioritized),
            field("priority", "priority", &P::priority),
            list("priorityReasons", "problem_priority_reasons", "problem_id", "reason",
                 &P::priorityReasons),
            field("confidential", "confidential", &P::confidential),
            field("situationProblem", "situation_problem_id", &P::situationProblem)
                .ref("situation_problems"),
            field("originId", "origin_id", &P::originId).nullable().readOnly(),
        });
    return entity;
}

const Entity<core::Cause> &cause()
{
    using C = core::Cause;
    static const Entity<C> entity(
        kindSpec(Kind::Cause, "causes", "problem_id", Kind::Problem, true,
                 QStringLiteral("SELECT p.agreement_id FROM causes c JOIN problems p "
                                "ON p.id = c.problem_id WHERE c.id = ?1")),
        {
            field("number", "number", &C::number).range(0),
            field("text", "text", &C::text),
            field("perspective", "perspective", &C::perspective),
            field("proximity", "proximity", &C::proximity),
            field("nature", "nature", &C::nature),
            field("riskDomain", "risk_domain", &C::riskDomain),
            field("withinMandate", "within_mandate", &C::withinMandate),
            field("confidential", "confidential", &C::confidential),
            field("informationHolder", "information_holder", &C::informationHolder).ref("parties"),
            field("originId", "origin_id", &C::originId).nullable().readOnly(),
        });
    return entity;
}

const Entity<core::FocusArea> &focusArea()
{
    using F = core::FocusArea;
    static const Entity<F> entity(
        underAgreement(Kind::FocusArea, "focus_areas", true),
        {
            field("title", "title", &F::title),
            field("background", "background", &F::background),
            list("problems", "focus_area_problems", "focus_area_id", "problem_id", &F::problems)
                .ref("problems"),
            field("originId", "origin_id", &F::originId).nullable().readOnly(),
        });
    return entity;
}

const Entity<core::Goal> &goal()
{
    using G = core::Goal;
    static const Entity<G> entity(
        underAgreement(Kind::Goal, "goals", true),
        {
            field("kind", "kind", &G::kind),
            field("text", "text", &G::text),
            field("parent", "parent_id", &G::parent).ref("goals"),
            field("focusArea", "focus_area_id", &G::focusArea).ref("focus_areas"),
            field("problem", "problem_id", &G::problem).ref("problems"),
            field("indicator", "indicator", &G::indicator),
            field("unit", "unit", &G::unit),
            field("source", "source", &G::source),
            fieldAt<G>("baseline.value", "baseline_value",
                       [](G &g) -> std::optional<double> & { return g.baseline.value; }),
            fieldAt<G>("baseline.date", "baseline_date",
                       [](G &g) -> QDate & { return g.baseline.date; }),
            fieldAt<G>("target.value", "target_value",
                       [](G &g) -> std::optional<double> & { return g.target.value; }),
            fieldAt<G>("target.date", "target_date", [](G &g) -> QDate & { return g.target.date; }),
            field("originId", "origin_id", &G::originId).nullable().readOnly(),
        });
    return entity;
}

} // namespace samverka::storage::entities
