#include "MeasurePlan.h"

namespace samverka::core {

const PlanRating *PlanRow::latestRating() const
{
    const PlanRating *latest = nullptr;
    for (const PlanRating &r : ratings)
        if (!latest || !(r.date < latest->date))
            latest = &r;
    return latest;
}

Measure PlanRow::ownMeasure() const
{
    Measure m;
    m.id = id;
    m.title = title;
    m.description = description;
    m.type = type;
    m.aimedAt = aimedAt;
    m.horizon = horizon;
    m.responsible = responsible;
    m.responsiblePerson = responsiblePerson;
    m.responsibleText = responsibleText;
    m.when = when;
    m.start = start;
    m.end = end;
    m.method = method;
    m.budgetSek = budgetSek;
    m.hours = hours;
    m.plannedCount = plannedCount;
    m.status = status;
    m.confidential = confidential;
    return m;
}

void PlanRow::setOwnMeasure(const Measure &m)
{
    title = m.title;
    description = m.description;
    type = m.type;
    aimedAt = m.aimedAt;
    horizon = m.horizon;
    responsible = m.responsible;
    responsiblePerson = m.responsiblePerson;
    responsibleText = m.responsibleText;
    when = m.when;
    start = m.start;
    end = m.end;
    method = m.method;
    budgetSek = m.budgetSek;
    hours = m.hours;
    plannedCount = m.plannedCount;
    status = m.status;
    confidential = m.confidential;
}

} // namespace samverka::core
