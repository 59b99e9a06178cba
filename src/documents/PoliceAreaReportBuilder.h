#pragma once

// The report "Samverkan i lokalpolisområdet" (issue #16): one document over a workspace
// of municipality files. First the overview table (one row per municipality, as the
// workspace window shows it), then, per municipality on a page of its own, its current
// agreement, its focus areas, its late measures and the reports due. A file that could
// not be read keeps its row and says why. Built from core::OverviewRow and
// core::OverviewDetail, so it serves any source of rows; confidential records are in
// neither, so the report has none.

#include "BuiltDocument.h"
#include "DocumentComposer.h"

#include "OverviewDetail.h"
#include "OverviewRow.h"

#include <QCoreApplication>
#include <QDate>

namespace samverka::documents {

class PoliceAreaReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PoliceAreaReportBuilder)

public:
    struct Input {
        QString name; ///< the workspace's name
        QDate today;  ///< what late and due were computed for
        QList<core::OverviewRow> rows;
        QList<core::OverviewDetail> details; ///< one per row
    };

    /// Needs a QGuiApplication. Throws DocumentError when details and rows differ in
    /// number.
    static BuiltDocument build(const Input &input);
    /// The document's title.
    static QString title();

private:
    static void writeOverview(DocumentComposer &composer, const Input &input);
    static void writeMunicipality(DocumentComposer &composer, const core::OverviewRow &row,
                                  const core::OverviewDetail &detail);
    static void writeFocusAreas(DocumentComposer &composer, const core::OverviewDetail &detail);
    static void writeLate(DocumentComposer &composer, const core::OverviewDetail &detail);
    static void writeDue(DocumentComposer &composer, const core::OverviewDetail &detail);
};

} // namespace samverka::documents
