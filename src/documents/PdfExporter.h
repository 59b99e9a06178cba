#pragma once

// Writes a document as PDF/A-1b (A4 in the document's orientation, bundled font
// embedded, title set), to a temporary file that is renamed into place only when complete.

#include "BuiltDocument.h"
#include "DocumentOptions.h"

#include "MunicipalityData.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

class QPdfWriter;

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

private:
    /// A PDF/A-1b writer for A4 in orientation on a temporary file renamed to path once
    /// draw (which returns the number of pages) is done.
    static int writeWith(const QString &path, QPageLayout::Orientation orientation,
                         const std::function<int(QPdfWriter &)> &draw);
};

} // namespace samverka::documents
