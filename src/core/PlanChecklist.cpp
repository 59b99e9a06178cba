#include "PlanChecklist.h"

#include "LawChecklist.h"

#include <QCoreApplication>

namespace samverka::core {

namespace {

Finding finding(const char *code, const QString &recordId, const QString &message)
{
    Finding f;
    f.recordId = recordId;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.step = 4; // the plan's measures
    return f;
}

PlanChecklist::Result notMet(const char *code, const QString &recordId, const QString &state)
{
    PlanChecklist::Result r;
    r.recordId = recordId;
    r.state = state;
    r.finding = finding(code, recordId, state);
    return r;
}

QString titleOf(const MeasurePlan &plan)
{
    return plan.title.simplified();
}

PlanChecklist::Result planResult(const QList<MeasurePlan> &plans,
                                 const QList<SituationPicture> &editions, const QDate &today)
{
    if (plans.isEmpty())
        return notMet("law-measure-plan-missing", {},
                      QCoreApplication::translate(
                          "samverka::core::PlanChecklist",
                          "The municipality has no measure plan. The law requires one, decided "
                          "from the situation picture."));
    const MeasurePlan *plan = PlanChecklist::current(plans);
    if (!plan)
        return notMet("law-measure-plan-not-decided", plans.constLast().id,
                      QCoreApplication::translate("samverka::core::PlanChecklist",
                                                  "No measure plan is decided: “%1” is a draft.")
                          .arg(titleOf(plans.constLast())));
    if (plan->validTo.isValid() && plan->validTo < today)
        return notMet("law-measure-plan-expired", plan->id,
                      QCoreApplication::translate("samverka::core::PlanChecklist",
                                                  "The measure plan “%1” was valid until %2.")
                          .arg(titleOf(*plan), plan->validTo.toString(Qt::ISODate)));
    const SituationPicture *basis = LawChecklist::current(editions);
    if (basis && plan->situationPicture != basis->id)
        return notMet("law-measure-plan-not-current", plan->id,
                      QCoreApplication::translate(
                          "samverka::core::PlanChecklist",
                          "The measure plan “%1” is not based on the situation picture in force, "
                          "“%2”.")
                          .arg(titleOf(*plan), basis->title.simplified()));
    PlanChecklist::Result r;
    r.met = true;
    r.recordId = plan->id;
    r.state =
        plan->validTo.isValid()
            ? QCoreApplication::translate("samverka::core::PlanChecklist",
                                          "“%1”, decided %2; valid until %3.")
                  .arg(titleOf(*plan), plan->decidedOn.toString(Qt::ISODate),
                       plan->validTo.toString(Qt::ISODate))
            : QCoreApplication::translate("samverka::core::PlanChecklist", "“%1”, decided %2.")
                  .arg(titleOf(*plan), plan->decidedOn.toString(Qt::ISODate));
    return r;
}

/// The plan the weaknesses are read from: the one in force, else the latest.
const MeasurePlan *shownPlan(const QList<MeasurePlan> &plans)
{
    const MeasurePlan *plan = PlanChecklist::current(plans);
    return plan ? plan : (plans.isEmpty() ? nullptr : &plans.constLast());
}

PlanChecklist::Result causeResult(const MeasurePlan &plan,
                                  const QHash<QString, int> &causesOfAdopted)
{
    int without = 0;
    for (const PlanRow &row : plan.rows)
        if (!PlanChecklist::hasCause(row, causesOfAdopted))
            ++without;
    if (without > 0)
        return notMet(
            "law-measure-plan-rows-without-cause", plan.id,
            QCoreApplication::translate("samverka::core::PlanChecklist",
                                        "%1 of %2 measures in “%3” are aimed at no cause.")
                .arg(without)
                .arg(plan.rows.size())
                .arg(titleOf(plan)));
    PlanChecklist::Result r;
    r.met = true;
    r.recordId = plan.id;
    r.state = plan.rows.isEmpty()
                  ? QCoreApplication::translate("samverka::core::PlanChecklist",
                                                "“%1” has no measures yet.")
                        .arg(titleOf(plan))
                  : QCoreApplication::translate("samverka::core::PlanChecklist",
                                                "Every measure is aimed at a cause.");
    return r;
}

PlanChecklist::Result followUpResult(const MeasurePlan &plan, const QDate &today)
{
    if (plan.followUpDates.isEmpty() && plan.status == PlanStatus::Draft) {
        PlanChecklist::Result r;
        r.met = true;
        r.recordId = plan.id;
        r.state = QCoreApplication::translate(
                      "samverka::core::PlanChecklist",
                      "“%1” is a draft; give it follow-up dates before it is decided.")
                      .arg(titleOf(plan));
        return r;
    }
    if (plan.followUpDates.isEmpty())
        return notMet("law-measure-plan-no-follow-up-dates", plan.id,
                      QCoreApplication::translate("samverka::core::PlanChecklist",
                                                  "“%1” has no follow-up dates.")
                          .arg(titleOf(plan)));
    QDate passed;
    for (const PlanFollowUpDate &d : plan.followUpDates)
        if (d.date <= today && (!passed.isValid() || passed < d.date))
            passed = d.date;
    int never = 0;
    for (const PlanRow &row : plan.rows)
        if (row.ratings.isEmpty())
            ++never;
    if (passed.isValid() && never > 0)
        return notMet("law-measure-plan-rows-not-rated", plan.id,
                      QCoreApplication::translate(
                          "samverka::core::PlanChecklist",
                          "%1 of %2 measures in “%3” have never been rated, although the plan "
                          "was to be followed up on %4.")
                          .arg(never)
                          .arg(plan.rows.size())
                          .arg(titleOf(plan), passed.toString(Qt::ISODate)));
    PlanChecklist::Result r;
    r.met = true;
    r.recordId = plan.id;
    QDate next;
    for (const PlanFollowUpDate &d : plan.followUpDates)
        if (today < d.date && (!next.isValid() || d.date < next))
            next = d.date;
    r.state = next.isValid() ? QCoreApplication::translate("samverka::core::PlanChecklist",
                                                           "Next follow-up on %1.")
                                   .arg(next.toString(Qt::ISODate))
                             : QCoreApplication::translate("samverka::core::PlanChecklist",
                                                           "Every measure has been rated.");
    return r;
}

} // namespace

const MeasurePlan *PlanChecklist::current(const QList<MeasurePlan> &plans)
{
    const MeasurePlan *best = nullptr;
    for (const MeasurePlan &p : plans)
        if (p.status == PlanStatus::Decided && (!best || best->decidedOn <= p.decidedOn))
            best = &p;
    return best;
}

bool PlanChecklist::hasCause(const PlanRow &row, const QHash<QString, int> &causesOfAdopted)
{
    return row.isAdopted() ? causesOfAdopted.value(row.measure) > 0 : !row.problems.isEmpty();
}

PlanChecklist::Results PlanChecklist::check(const QList<MeasurePlan> &plans,
                                            const QList<SituationPicture> &editions,
                                            const QHash<QString, int> &causesOfAdopted,
                                            const QDate &today)
{
    Results out;
    out.plan = planResult(plans, editions, today);
    const MeasurePlan *plan = shownPlan(plans);
    if (!plan) {
        // Without a plan there is nothing to aim or follow up: the plan's finding says so.
        out.causes.met = out.followUp.met = true;
        out.causes.state = out.followUp.state =
            QCoreApplication::translate("samverka::core::PlanChecklist", "No measure plan yet.");
        return out;
    }
    out.causes = causeResult(*plan, causesOfAdopted);
    out.followUp = followUpResult(*plan, today);
    return out;
}

} // namespace samverka::core
