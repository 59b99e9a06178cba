#pragma once

// Reads one åtgärdsplan of an exchange document (measurePlans[], revision 4): the record,
// its follow-up dates, and its rows with their ratings, declaring their ids with the
// document's other ids. A row names an agreement's measure, or has a title of its own.
// Used by ExchangeDocumentReader; errors name the JSON path.

#include "ExchangeReferences.h"
#include "JsonCursor.h"
#include "MeasurePlan.h"

namespace samverka::core {

class MeasurePlanReader
{
public:
    explicit MeasurePlanReader(ExchangeReferences &refs)
        : m_refs(refs)
    {}

    MeasurePlan read(JsonCursor &c);

private:
    using Ref = ExchangeReferences::Kind;

    PlanRow readRow(JsonCursor &c);

    ExchangeReferences &m_refs;
};

} // namespace samverka::core
