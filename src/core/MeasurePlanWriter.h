#pragma once

// The exchange form of an åtgärdsplan (measurePlans[], revision 4): the record, its
// follow-up dates, and its rows, each with its ratings. A row that adopts an agreement's
// measure names it ("measure") and carries none of the measure's fields.

#include "MeasurePlan.h"

#include <QJsonObject>

namespace samverka::core {

class MeasurePlanWriter
{
public:
    static QJsonObject toJson(const MeasurePlan &plan);
};

} // namespace samverka::core
