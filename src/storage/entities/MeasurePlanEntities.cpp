// The åtgärdsplaner (Lag 2023:196 §5), their follow-up dates, rows and the rows' ratings:
// records beside the agreements, never an agreement's frozen content.

#include "Entities.h"
#include "EntityKinds.h"

#include "Limits.h"

namespace samverka::storage::entities {

using Kind = RecordKind;
using core::Limits;

const Entity<core::MeasurePlan> &measurePlan()
{
    using P = core::MeasurePlan;
    static const Entity<P> entity(
        kindSpec(Kind::MeasurePlan, "measure_plans", "", Kind::MeasurePlan, false, {}),
        {
            field("title", "title", &P::title),
            field("validFrom", "valid_from", &P::validFrom),
            field("validTo", "valid_to", &P::validTo),
            field("status", "status", &P::status),
            field("decidedBy", "decided_by", &P::decidedBy),
            field("decidedOn", "decided_on", &P::decidedOn),
            field("decisionParagraph", "decision_paragraph", &P::decisionParagraph),
            field("diaryNumber", "diary_number", &P::diaryNumber),
            field("situationPicture", "situation_picture_id", &P::situationPicture)
                .ref("situation_pictures"),
            field("background", "background", &P::background),
        });
    return entity;
}

const Entity<core::PlanFollowUpDate> &planFollowUpDate()
{
    using D = core::PlanFollowUpDate;
    static const Entity<D> entity(kindSpec(Kind::PlanFollowUpDate, "measure_plan_follow_up_dates",
                                           "measure_plan_id", Kind::MeasurePlan, false, {}),
                                  {
                                      field("date", "date", &D::date).required(),
                                      field("note", "note", &D::note),
                                  });
    return entity;
}

const Entity<core::PlanRow> &planRow()
{
    using R = core::PlanRow;
    static const Entity<R> entity(
        kindSpec(Kind::PlanRow, "measure_plan_rows", "measure_plan_id", Kind::MeasurePlan, false,
                 {}),
        {
            field("measure", "measure_id", &R::measure).ref("measures"),
            field("title", "title", &R::title),
            field("description", "description", &R::description),
            list("problems", "measure_plan_row_problems", "measure_plan_row_id",
                 "situation_problem_id", &R::problems)
                .ref("situation_problems"),
            field("operativeGoals", "operative_goals", &R::operativeGoals),
            field("type", "type", &R::type),
            field("aimedAt", "aimed_at", &R::aimedAt),
            field("horizon", "horizon", &R::horizon),
            list("responsible", "measure_plan_row_responsible", "measure_plan_row_id", "party_id",
                 &R::responsible)
                .ref("parties"),
            field("responsiblePerson", "responsible_person_id", &R::responsiblePerson)
                .ref("people"),
            field("responsibleText", "responsible_text", &R::responsibleText),
            field("when", "when_text", &R::when),
            field("start", "start_date", &R::start),
            field("end", "end_date", &R::end),
            field("method", "method", &R::method),
            field("budgetSek", "budget_sek", &R::budgetSek).range(0, double(Limits::maxAmountSek)),
            field("hours", "hours", &R::hours).range(0, double(Limits::maxHours)),
            field("plannedCount", "planned_count", &R::plannedCount)
                .range(0, double(Limits::maxCount)),
            field("status", "status", &R::status),
            field("confidential", "confidential", &R::confidential),
        });
    return entity;
}

const Entity<core::PlanRating> &planRating()
{
    using R = core::PlanRating;
    static const Entity<R> entity(kindSpec(Kind::PlanRating, "measure_plan_ratings",
                                           "measure_plan_row_id", Kind::PlanRow, false, {}),
                                  {
                                      field("date", "date", &R::date).required(),
                                      field("colour", "colour", &R::colour),
                                      field("comment", "comment", &R::comment),
                                  });
    return entity;
}

} // namespace samverka::storage::entities
