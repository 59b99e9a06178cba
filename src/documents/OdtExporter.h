#pragma once

// Writes a document as an editable OpenDocument text (.odt) that Word and LibreOffice
// open, from the same BuiltDocument as the PDF: Qt's QTextDocumentWriter ("ODF") writes
// the text, tables and pictures, then the package is rewritten with libzip so that
// headings are real headings (OdtContentRewriter) with named heading styles and the page
// has the PDF's header and footer (OdtStylesWriter). The file is written to a temporary
// file renamed into place only when complete. One call for the UI:
// OdtExporter::write(data, options, path).

#include "BuiltDocument.h"
#include "DocumentOptions.h"

#include "MunicipalityData.h"

#include <QByteArray>
#include <QCoreApplication>

namespace samverka::documents {

class OdtExporter
{
    Q_DECLARE_TR_FUNCTIONS(OdtExporter)

public:
    /// Builds and writes. Throws DocumentError (an unknown agreement, edition or plan, a
    /// path that cannot be written), leaving no file behind.
    static void write(const core::MunicipalityData &data, const DocumentOptions &options,
                      const QString &path);
    /// The .odt of an already built document; firstPageNote, when not empty, opens it.
    /// Throws DocumentError.
    static QByteArray toOdt(const BuiltDocument &built, const QString &firstPageNote = {});
    /// "This is an editable copy. The original is the signed PDF file." for the documents
    /// that are part of a signed agreement (the agreement and its action plan), else empty.
    static QString signedOriginalNote(const core::MunicipalityData &data,
                                      const DocumentOptions &options);
};

} // namespace samverka::documents
