#pragma once

// The tables of an agreement for Excel and CSV: the action plan (one sheet per focus area,
// the same rows as the printed plan), every measure with every field ("Alla åtgärder"),
// and the follow-ups. Headers and sheet names are Swedish when the Swedish translation
// is installed, as in the PDFs.

#include "DocumentContext.h"
#include "TableExportOptions.h"

#include "DataSheet.h"

namespace samverka::documents {

class AgreementTables
{
    Q_DECLARE_TR_FUNCTIONS(AgreementTables)

public:
    /// The sheets of one table kind; the context's options decide what is confidential.
    static QList<core::DataSheet> build(const DocumentContext &context, TableKind kind);

    static QList<core::DataSheet> actionPlan(const DocumentContext &context);
    static core::DataSheet measures(const DocumentContext &context);
    static core::DataSheet followUps(const DocumentContext &context);

    /// The first column of the action plan as one CSV table: the sheet it came from.
    static QString focusAreaColumn();
    /// The name of the merged action plan (CSV).
    static QString actionPlanName();

private:
    static QList<core::SheetCell> measureRow(const DocumentContext &context,
                                             const core::Measure &m);
    static QList<core::SheetCell> followUpRow(const DocumentContext &context,
                                              const core::FollowUp &f,
                                              const core::Measure *measure);
};

} // namespace samverka::documents
