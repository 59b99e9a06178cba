#pragma once

// The styles.xml of an .odt: the named paragraph styles Word and LibreOffice know
// ("Heading 1" … with their outline levels, which the headings of OdtContentRewriter
// inherit), and the A4 page with the running header and footer the PDF's renderer paints
// (title, diary numbers, UTKAST, the confidentiality notice, "Sida X av Y", the signing
// line and the fingerprint) as the page's header and footer, with live page fields.

#include "PageDecoration.h"

#include <QByteArray>
#include <QPageLayout>

namespace samverka::documents {

class OdtStylesWriter
{
public:
    /// The deepest heading level that has a named style.
    static constexpr int MaxHeadingLevel = 6;

    static QByteArray write(const PageDecoration &decoration, QPageLayout::Orientation orientation);
    /// Where the header's logo (PageDecoration::logo) goes in the package, as PNG.
    static QString headerLogoPath() { return QStringLiteral("Pictures/samverka-header-logo.png"); }
};

} // namespace samverka::documents
