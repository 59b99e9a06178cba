#pragma once

// One table as CSV that Excel on a Swedish PC opens right: UTF-8 with a byte-order mark,
// semicolons, CRLF line ends, decimal comma, dates as yyyy-mm-dd, and quoting per RFC 4180.
// A text cell that a spreadsheet would take for a formula (=, +, -, @, tab, CR first) gets
// a leading apostrophe, so that opening an export never runs what someone typed.

#include "DataSheet.h"

#include <QByteArray>

namespace samverka::documents {

class CsvTableWriter
{
public:
    static QByteArray toCsv(const core::DataSheet &sheet);
    /// Throws DocumentError naming the path.
    static void write(const core::DataSheet &sheet, const QString &path);

    /// One field as written: guarded against formulas, quoted when it must be.
    static QString field(const core::SheetCell &cell);
};

} // namespace samverka::documents
