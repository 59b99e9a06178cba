#pragma once

// Prints a document (or draws it into a print preview) with the same renderer as
// the PDF export.

#include "BuiltDocument.h"
#include "DocumentOptions.h"

#include "MunicipalityData.h"

class QPrinter;

namespace samverka::documents {

class DocumentPrinter
{
public:
    /// Builds and prints; returns the number of pages. Throws DocumentError.
    static int print(const core::MunicipalityData &data, const DocumentOptions &options,
                     QPrinter &printer);
    /// Prints an already built document (a preview redraws it on every update).
    static int print(BuiltDocument &built, QPrinter &printer);
};

} // namespace samverka::documents
