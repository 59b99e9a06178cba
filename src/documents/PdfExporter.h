#pragma once

// Writes a document as PDF/A-1b (A4, bundled font embedded, title set), to a
// temporary file that is renamed into place only when complete.

#include "BuiltDocument.h"
#include "DocumentOptions.h"

#include "MunicipalityData.h"

#include <QCoreApplication>

namespace samverka::documents {

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    /// Builds and writes; returns the number of pages. Throws DocumentError.
    static int write(const core::MunicipalityData &data, const DocumentOptions &options,
                     const QString &path);
    /// Writes an already built document. Throws DocumentError.
    static int write(BuiltDocument &built, const QString &path);
};

} // namespace samverka::documents
