#pragma once

// The one call behind every table export (the CLI's export-table, the app's menu): builds
// an agreement's table and writes it as .xlsx or .csv. Install the Swedish translation
// first for Swedish sheet names and headers, as for the PDFs.

#include "TableExportOptions.h"

#include "DataSheet.h"
#include "MunicipalityData.h"

namespace samverka::documents {

class TableExporter
{
public:
    /// Builds and writes the table to path; returns the number of rows written (headers
    /// aside). Throws DocumentError for an unknown agreement or a file that cannot be
    /// written.
    static int write(const core::MunicipalityData &data, const TableExportOptions &options,
                     const QString &path);

    /// The sheets as they are written: for .xlsx one per sheet of the table; for .csv the
    /// one table of the file, where several sheets (the action plan's focus areas) are
    /// merged with a first column naming the focus area. Throws DocumentError.
    static QList<core::DataSheet> build(const core::MunicipalityData &data,
                                        const TableExportOptions &options);
    /// Writes built sheets (a .csv takes the first); 'title' goes into an .xlsx's
    /// properties. Returns the number of rows. Throws DocumentError naming the path.
    static int write(const QList<core::DataSheet> &sheets, TableFormat format, const QString &path,
                     const QString &title);
};

} // namespace samverka::documents
