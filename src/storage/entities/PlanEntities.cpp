// The plan: measures and their follow-ups.

#include "Entities.h"
#include "EntityKinds.h"

#include "Limits.h"

namespace samverka::storage::entities {

using Kind = RecordKind;
using core::Limits;

const Entity<core::Measure> &measure()
{
    using M = core::Measure;
    static const Entity<M> entity(
        underAgreement(Kind::Measure, "measures", true),
        {
            field("title", "title", &M::title),
            field("description", "description", &M::description),
            field("focusArea", "focus_area_id", &M::focusArea).ref("focus_areas"),
            list("causes", "measure_causes", "measure_id", "cause_id", &M::causes).ref("causes"),
            list("goals", "measure_goals", "measure_id", "goal_id", &M::goals).ref("goals"),
            field("type", "type", &M::type),
            field("aimedAt", "aimed_at", &M::aimedAt),
            field("horizon", "horizon", &M::horizon),
            list("responsible", "measure_responsible", "measure_id", "party_id", &M::responsible)
                .ref("parties"),
            field("responsiblePerson", "responsible_person_id", &M::responsiblePerson)
                .ref("people"),
            field("responsibleText", "responsible_text", &M::responsibleText),
            field("when", "when_text", &M::when),
            field("start", "start_date", &M::start),
            field("end", "end_date", &M::end),
            field("method", "method", &M::method),
            field("budgetSek", "budget_sek", &M::budgetSek).range(0, double(Limits::maxAmountSek)),
            field("hours", "hours", &M::hours).range(0, double(Limits::maxHours)),
            field("plannedCount", "planned_count", &M::plannedCount)
                .range(0, double(Limits::maxCount)),
            field("status", "status", &M::status),
            field("confidential", "confidential", &M::confidential),
            field("originId", "origin_id", &M::originId).nullable().readOnly(),
        });
    return entity;
}

const Entity<core::FollowUp> &followUp()
{
    using F = core::FollowUp;
    // Follow-ups are not part of an agreement's frozen content: they go on after signing.
    static const Entity<F> entity(
        underAgreement(Kind::FollowUp, "follow_ups", false),
        {
            field("date", "date", &F::date).required(),
            field("kind", "kind", &F::kind),
            field("measure", "measure_id", &F::measure).ref("measures"),
            field("goal", "goal_id", &F::goal).ref("goals"),
            field("text", "text", &F::text),
            field("author", "author", &F::author),
            field("value", "value", &F::value),
            field("count", "count", &F::count).range(0, double(Limits::maxCount)),
            field("assessment", "assessment", &F::assessment),
            field("reportedTo", "reported_to", &F::reportedTo),
        });
    return entity;
}

} // namespace samverka::storage::entities
