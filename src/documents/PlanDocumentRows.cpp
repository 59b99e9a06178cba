#include "PlanDocumentRows.h"

namespace samverka::documents {

PlanDocumentRows::PlanDocumentRows(const DocumentContext &context, const core::MeasurePlan &plan)
{
    const bool include = context.options().includeConfidential;
    const QList<core::PlanTable::Row> table =
        core::PlanTable::rows(plan, context.data(), context.today());
    for (qsizetype i = 0; i < table.size() && i < plan.rows.size(); ++i) {
        Row row;
        row.number = int(i + 1);
        row.table = table.at(i);
        row.plan = &plan.rows.at(i);
        // An own row's secrecy is the plan's; an adopted row's is its measure's.
        const bool confidential = row.table.confidential || row.plan->confidential;
        if (confidential && !include) {
            m_rowsLeftOut = true;
            continue;
        }
        row.table.confidential = confidential;
        QList<core::PlanTable::Cause> causes;
        for (const core::PlanTable::Cause &cause : std::as_const(row.table.causes)) {
            if (cause.confidential && !include) {
                ++row.causesLeftOut;
                continue;
            }
            if (cause.confidential)
                context.noteConfidentialPrinted();
            causes << cause;
        }
        row.table.causes = causes;
        m_causesLeftOut = m_causesLeftOut || row.causesLeftOut > 0;
        if (confidential)
            context.noteConfidentialPrinted();
        m_rows << row;
    }
}

} // namespace samverka::documents
