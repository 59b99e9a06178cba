#include "LawChecklist.h"

#include "PlanChecklist.h"

#include <QCoreApplication>

namespace samverka::core {

namespace {

QDate decidedOrDated(const SituationPicture &p)
{
    return p.decidedOn.isValid() ? p.decidedOn : p.date;
}

Finding finding(const char *code, const QString &recordId, const QString &message, int step)
{
    Finding f;
    f.recordId = recordId;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.step = step;
    return f;
}

LawChecklist::Requirement situationRequirement(const QList<SituationPicture> &editions,
                                               const QDate &today)
{
    LawChecklist::Requirement r;
    r.subject = LawChecklist::Subject::SituationPicture;
    const SituationPicture *current = LawChecklist::current(editions);
    if (editions.isEmpty()) {
        r.state = QCoreApplication::translate(
            "samverka::core::LawChecklist",
            "The municipality has no situation picture. The law requires one of the "
            "crime in the municipality, with an analysis.");
        r.finding = finding("law-situation-picture-missing", {}, r.state, 2);
        return r;
    }
    if (!current) {
        const SituationPicture &draft = editions.constLast();
        r.recordId = draft.id;
        r.state = QCoreApplication::translate("samverka::core::LawChecklist",
                                              "No situation picture is adopted: “%1” is a draft.")
                      .arg(draft.title.simplified());
        r.finding = finding("law-situation-picture-not-adopted", draft.id, r.state, 2);
        return r;
    }
    r.recordId = current->id;
    const QDate due = LawChecklist::dueDate(*current);
    const QString decided = decidedOrDated(*current).toString(Qt::ISODate);
    if (due.isValid() && due < today) {
        r.state =
            QCoreApplication::translate("samverka::core::LawChecklist",
                                        "The situation picture “%1” was due for an update on %2.")
                .arg(current->title.simplified(), due.toString(Qt::ISODate));
        r.finding = finding("law-situation-picture-outdated", current->id, r.state, 2);
        return r;
    }
    r.met = true;
    r.state = due.isValid()
                  ? QCoreApplication::translate("samverka::core::LawChecklist",
                                                "“%1”, adopted %2; next update by %3.")
                        .arg(current->title.simplified(), decided, due.toString(Qt::ISODate))
                  : QCoreApplication::translate("samverka::core::LawChecklist", "“%1”, adopted.")
                        .arg(current->title.simplified());
    return r;
}

LawChecklist::Requirement coordinatingRequirement(const Municipality &m)
{
    LawChecklist::Requirement r;
    r.subject = LawChecklist::Subject::CoordinatingFunction;
    const CoordinatingFunction &f = m.coordinatingFunction;
    if (!f.isNamed()) {
        r.state = QCoreApplication::translate(
            "samverka::core::LawChecklist",
            "No coordinating function is named. The law requires the municipality "
            "to have one.");
        r.finding = finding("law-coordinating-function-missing", {}, r.state, 1);
        return r;
    }
    r.met = true;
    r.state = f.holder.trimmed().isEmpty()
                  ? QCoreApplication::translate("samverka::core::LawChecklist", "Named.")
                  : f.holder.simplified();
    if (f.since.isValid())
        r.state = QCoreApplication::translate("samverka::core::LawChecklist", "%1, since %2.")
                      .arg(r.state, f.since.toString(Qt::ISODate));
    return r;
}

} // namespace

const SituationPicture *LawChecklist::current(const QList<SituationPicture> &editions)
{
    const SituationPicture *best = nullptr;
    for (const SituationPicture &p : editions) {
        if (p.status != SituationStatus::Adopted)
            continue;
        // Later decided wins; among equals (or undated), the later in the list.
        if (!best || decidedOrDated(*best) <= decidedOrDated(p))
            best = &p;
    }
    return best;
}

QDate LawChecklist::dueDate(const SituationPicture &edition)
{
    if (edition.nextUpdate.isValid())
        return edition.nextUpdate;
    const QDate from = decidedOrDated(edition);
    return from.isValid() ? from.addYears(2) : QDate();
}

QList<LawChecklist::Requirement> LawChecklist::requirements(const Input &input, const Clock &clock)
{
    const PlanChecklist::Results plan =
        PlanChecklist::check(input.plans, input.editions, input.causesOfAdopted, clock.today());
    const auto fromPlan = [](Subject subject, const PlanChecklist::Result &result) {
        return Requirement{subject, result.met, result.state, result.recordId, result.finding};
    };
    return {situationRequirement(input.editions, clock.today()),
            fromPlan(Subject::MeasurePlan, plan.plan), coordinatingRequirement(input.municipality),
            fromPlan(Subject::PlanCauses, plan.causes),
            fromPlan(Subject::PlanFollowUp, plan.followUp)};
}

QList<Finding> LawChecklist::check(const Input &input, const Clock &clock)
{
    QList<Finding> out;
    for (const Requirement &r : requirements(input, clock))
        if (r.finding)
            out << *r.finding;
    return out;
}

} // namespace samverka::core
