#include "DocumentPrinter.h"

#include "DocumentBuilder.h"
#include "DocumentRenderer.h"

#include <QPrinter>

namespace samverka::documents {

int DocumentPrinter::print(const core::MunicipalityData &data, const DocumentOptions &options,
                           QPrinter &printer)
{
    BuiltDocument built = DocumentBuilder::build(data, options);
    return print(built, printer);
}

int DocumentPrinter::print(BuiltDocument &built, QPrinter &printer)
{
    printer.setDocName(built.title);
    printer.setCreator(QStringLiteral("Samverka"));
    // The same margins as the PDF, not the printer's narrow default ones: the pages are
    // laid out as the document was designed, and a preview shows the PDF's pages.
    printer.setPageMargins(DocumentRenderer::pageMargins(), QPageLayout::Millimeter);
    if (!built.printerSetUp) {
        // The print dialog and the preview start in the printer's default (portrait),
        // before anyone knows which document comes; the document knows its pages.
        printer.setPageOrientation(built.orientation);
        built.printerSetUp = true;
    }
    return DocumentRenderer::render(built, printer);
}

} // namespace samverka::documents
