#pragma once

// Builds one of the four documents of an agreement, or the municipality's lägesbild or
// åtgärdsplan, once, from the domain objects; the result is drawn by DocumentRenderer
// for a PDF, a printer or a preview.

#include "BuiltDocument.h"
#include "DocumentComposer.h"
#include "DocumentOptions.h"

#include "MunicipalityData.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace samverka::documents {

class MunicipalityLogo;

class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    /// Throws DocumentError for an unknown agreement, edition or plan. Needs a
    /// QGuiApplication.
    static BuiltDocument build(const core::MunicipalityData &data, const DocumentOptions &options);
    /// Builds into built, giving each section to sink as soon as it is written, so that it
    /// can be laid out while the rest is written; sink must not touch the sections after
    /// that. Throws DocumentError for an unknown agreement.
    static void build(const core::MunicipalityData &data, const DocumentOptions &options,
                      BuiltDocument &built, const DocumentComposer::SectionSink &sink);
    /// The translated name of a kind of document ("Handlingsplan").
    static QString kindTitle(DocumentKind kind);
    /// The orientation of a kind of document's pages (BuiltDocument::orientation), known
    /// before it is built: a PDF's pages are laid out while it is written.
    static QPageLayout::Orientation orientation(DocumentKind kind);
    /// The name of the first page's logo among a section's image resources.
    static QString logoResourceName();

    /// The logo's room on the first page and in the header, in millimetres.
    static constexpr QSizeF coverLogoMm{60, 25};
    static constexpr QSizeF headerLogoMm{30, 5};

private:
    static void writeLogo(DocumentComposer &composer, const MunicipalityLogo &logo);
    static void decorateLogo(const MunicipalityLogo &logo, PageDecoration &decoration);
};

} // namespace samverka::documents
