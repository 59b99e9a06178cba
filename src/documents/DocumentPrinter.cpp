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
    return DocumentRenderer::render(built, printer);
}

} // namespace samverka::documents
