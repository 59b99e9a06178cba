#pragma once

// Tables as an Excel workbook (.xlsx) written with libxlsxwriter: one sheet per table with
// a styled header row kept in view (frozen pane) and an autofilter, wrapped text, column
// widths from the content, dates as real Excel dates (yyyy-mm-dd) and numbers as numbers.
// Sheet names are made acceptable to Excel (SheetNames). The workbook is built in a
// temporary folder and then saved into place, so a failure leaves no half file.

#include "DataSheet.h"

#include <QCoreApplication>

namespace samverka::documents {

class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    /// Throws DocumentError naming the path. 'title' goes into the file's properties.
    static void write(const QList<core::DataSheet> &sheets, const QString &path,
                      const QString &title);
    /// The width in characters a column gets: from its longest line (a header may wrap
    /// at its words), at least 8, at most the column's own width or 60.
    static double columnWidth(const core::DataSheet &sheet, int column);
};

} // namespace samverka::documents
