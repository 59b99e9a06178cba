#pragma once

// The rows of an åtgärdsplan as its document shows them: Brå's table (core::PlanTable),
// each row numbered by its place in the plan (stable whatever is left out), without the
// confidential rows and causes unless the document includes them; a confidential item
// kept is recorded as printed, so that every page says so.

#include "DocumentContext.h"

#include "MeasurePlan.h"
#include "PlanTable.h"

#include <QList>

namespace samverka::documents {

class PlanDocumentRows
{
public:
    struct Row {
        int number = 0;                      ///< 1-based place in the plan
        core::PlanTable::Row table;          ///< its causes without those left out
        const core::PlanRow *plan = nullptr; ///< the plan's row (its ratings)
        int causesLeftOut = 0;               ///< confidential causes left out of this copy
    };

    PlanDocumentRows(const DocumentContext &context, const core::MeasurePlan &plan);

    const QList<Row> &rows() const { return m_rows; }
    /// True when a confidential row was left out of this copy.
    bool rowsLeftOut() const { return m_rowsLeftOut; }
    /// True when a confidential cause of a shown row was left out of this copy.
    bool causesLeftOut() const { return m_causesLeftOut; }

private:
    QList<Row> m_rows;
    bool m_rowsLeftOut = false;
    bool m_causesLeftOut = false;
};

} // namespace samverka::documents
