#pragma once

// Prints a document (or draws it into a print preview) with the same renderer as
// the PDF export, on pages of the document's orientation.

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
    /// Prints an already built document (a preview redraws it on every update). The first
    /// time, the printer gets the document's orientation; after that the printer's is
    /// kept, so that a preview the user turned is drawn as turned.
    static int print(BuiltDocument &built, QPrinter &printer);
};

} // namespace samverka::documents
