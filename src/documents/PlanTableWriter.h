#pragma once

// Chapter 2 of the åtgärdsplan: Brå's table, one row per measure of the plan, with the
// columns Orsak | Åtgärd | Operativa mål | När | Vem | Uppföljning. A row aimed at no
// cause says so (the weakness Brå names first); the latest rating is shown in its colour.

#include "DocumentComposer.h"
#include "PlanDocumentRows.h"

#include <QCoreApplication>

namespace samverka::documents {

class PlanTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(PlanTableWriter)

public:
    static QStringList columnHeaders();
    //: sv: Sekretess
    /// The mark of a confidential row or cause printed on request.
    static QString confidentialMark() { return tr("Confidential"); }
    /// The table of the shown rows (nothing when there is none).
    static void write(DocumentComposer &composer, const PlanDocumentRows &rows);

private:
    static void writeCauses(QTextCursor at, const PlanDocumentRows::Row &row);
    static void writeMeasure(QTextCursor at, const PlanDocumentRows::Row &row);
    static void writeGoals(QTextCursor at, const QStringList &goals);
};

} // namespace samverka::documents
