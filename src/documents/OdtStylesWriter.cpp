#include "OdtStylesWriter.h"

#include "DocumentFonts.h"
#include "DocumentRenderer.h"
#include "OdtContentRewriter.h"
#include "TextStyles.h"

#include <QPageSize>
#include <QXmlStreamWriter>

namespace samverka::documents {

namespace {

const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kFoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kDrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kXlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");

QString mm(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("mm");
}

QString pt(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

void paragraphStyle(QXmlStreamWriter &w, const QString &name, const QString &displayName,
                    const QString &parent)
{
    w.writeStartElement(kStyleNs, QStringLiteral("style"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), name);
    if (!displayName.isEmpty())
        w.writeAttribute(kStyleNs, QStringLiteral("display-name"), displayName);
    w.writeAttribute(kStyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        w.writeAttribute(kStyleNs, QStringLiteral("parent-style-name"), parent);
    w.writeAttribute(kStyleNs, QStringLiteral("class"), QStringLiteral("text"));
}

void textProperties(QXmlStreamWriter &w, double sizePt, bool bold, const QColor &color)
{
    w.writeEmptyElement(kStyleNs, QStringLiteral("text-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("font-size"), pt(sizePt));
    if (bold)
        w.writeAttribute(kFoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    w.writeAttribute(kFoNs, QStringLiteral("color"), color.name());
}

void namedStyles(QXmlStreamWriter &w)
{
    w.writeStartElement(kStyleNs, QStringLiteral("default-style"));
    w.writeAttribute(kStyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("text-properties"));
    w.writeAttribute(kStyleNs, QStringLiteral("font-name"), DocumentFonts::family());
    w.writeAttribute(kFoNs, QStringLiteral("font-size"), pt(10));
    w.writeAttribute(kFoNs, QStringLiteral("language"), QStringLiteral("sv"));
    w.writeAttribute(kFoNs, QStringLiteral("country"), QStringLiteral("SE"));
    w.writeEndElement();

    paragraphStyle(w, QStringLiteral("Standard"), {}, {});
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("Text_20_body"), QStringLiteral("Text body"),
                   QStringLiteral("Standard"));
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("Heading"), {}, QStringLiteral("Standard"));
    w.writeAttribute(kStyleNs, QStringLiteral("next-style-name"), QStringLiteral("Text_20_body"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    w.writeEndElement();
    const double sizes[] = {17, 12.5, 10.5};
    for (int level = 1; level <= OdtStylesWriter::MaxHeadingLevel; ++level) {
        paragraphStyle(w, OdtContentRewriter::headingStyleName(level),
                       QStringLiteral("Heading %1").arg(level), QStringLiteral("Heading"));
        w.writeAttribute(kStyleNs, QStringLiteral("next-style-name"),
                         QStringLiteral("Text_20_body"));
        w.writeAttribute(kStyleNs, QStringLiteral("default-outline-level"), QString::number(level));
        textProperties(w, sizes[std::min(level, 3) - 1], true,
                       level <= 2 ? TextStyles::accent : QColor(0x1d, 0x21, 0x27));
        w.writeEndElement();
    }
    // Outline levels without numbers: the builders number their headings themselves.
    w.writeStartElement(kTextNs, QStringLiteral("outline-style"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        w.writeEmptyElement(kTextNs, QStringLiteral("outline-level-style"));
        w.writeAttribute(kTextNs, QStringLiteral("level"), QString::number(level));
        w.writeAttribute(kStyleNs, QStringLiteral("num-format"), QString());
    }
    w.writeEndElement();
}

void headerFooterStyle(QXmlStreamWriter &w, const QString &element, const QString &gap)
{
    w.writeStartElement(kStyleNs, element);
    w.writeEmptyElement(kStyleNs, QStringLiteral("header-footer-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("min-height"), mm(0));
    w.writeAttribute(kFoNs, gap, mm(4));
    w.writeEndElement();
}

void pageLayout(QXmlStreamWriter &w, QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const bool landscape = orientation == QPageLayout::Landscape;
    const QMarginsF margins = DocumentRenderer::pageMargins();
    w.writeStartElement(kStyleNs, QStringLiteral("page-layout"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), QStringLiteral("pm1"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(kFoNs, QStringLiteral("page-width"), mm(landscape ? a4.height() : a4.width()));
    w.writeAttribute(kFoNs, QStringLiteral("page-height"),
                     mm(landscape ? a4.width() : a4.height()));
    w.writeAttribute(kStyleNs, QStringLiteral("print-orientation"),
                     landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    w.writeAttribute(kFoNs, QStringLiteral("margin-left"), mm(margins.left()));
    w.writeAttribute(kFoNs, QStringLiteral("margin-top"), mm(margins.top()));
    w.writeAttribute(kFoNs, QStringLiteral("margin-right"), mm(margins.right()));
    w.writeAttribute(kFoNs, QStringLiteral("margin-bottom"), mm(margins.bottom()));
    headerFooterStyle(w, QStringLiteral("header-style"), QStringLiteral("margin-bottom"));
    headerFooterStyle(w, QStringLiteral("footer-style"), QStringLiteral("margin-top"));
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("MP1"), {}, QStringLiteral("Standard"));
    textProperties(w, 8.5, false, TextStyles::muted);
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("MP2"), {}, QStringLiteral("Standard"));
    textProperties(w, 8.5, true, TextStyles::warning);
    w.writeEndElement();
}

void paragraph(QXmlStreamWriter &w, const QString &style, const QString &text)
{
    w.writeStartElement(kTextNs, QStringLiteral("p"));
    w.writeAttribute(kTextNs, QStringLiteral("style-name"), style);
    w.writeCharacters(text);
    w.writeEndElement();
}

// "Sida X av Y" with the page fields where the translation has %1 and %2.
void pageLine(QXmlStreamWriter &w, const QStringList &after)
{
    const QString text = DocumentRenderer::tr("Page %1 of %2");
    w.writeStartElement(kTextNs, QStringLiteral("p"));
    w.writeAttribute(kTextNs, QStringLiteral("style-name"), QStringLiteral("MP1"));
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(QLatin1Char('%')); at >= 0 && at + 1 < text.size();
         at = text.indexOf(QLatin1Char('%'), from)) {
        const QChar which = text.at(at + 1);
        if (which != QLatin1Char('1') && which != QLatin1Char('2')) {
            w.writeCharacters(text.mid(from, at + 1 - from));
            from = at + 1;
            continue;
        }
        w.writeCharacters(text.mid(from, at - from));
        const bool page = which == QLatin1Char('1');
        w.writeStartElement(kTextNs,
                            page ? QStringLiteral("page-number") : QStringLiteral("page-count"));
        if (page)
            w.writeAttribute(kTextNs, QStringLiteral("select-page"), QStringLiteral("current"));
        w.writeCharacters(QStringLiteral("1"));
        w.writeEndElement();
        from = at + 2;
    }
    w.writeCharacters(text.mid(from));
    for (const QString &part : after)
        w.writeCharacters(QStringLiteral(" · ") + part);
    w.writeEndElement();
}

// The logo on a line of its own above the header's text, as a picture in the package.
void logoParagraph(QXmlStreamWriter &w, const QSizeF &sizeMm)
{
    w.writeStartElement(kTextNs, QStringLiteral("p"));
    w.writeAttribute(kTextNs, QStringLiteral("style-name"), QStringLiteral("MP1"));
    w.writeStartElement(kDrawNs, QStringLiteral("frame"));
    w.writeAttribute(kDrawNs, QStringLiteral("name"), QStringLiteral("Logo"));
    w.writeAttribute(kTextNs, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
    w.writeAttribute(kSvgNs, QStringLiteral("width"), mm(sizeMm.width()));
    w.writeAttribute(kSvgNs, QStringLiteral("height"), mm(sizeMm.height()));
    w.writeEmptyElement(kDrawNs, QStringLiteral("image"));
    w.writeAttribute(kXlinkNs, QStringLiteral("href"), OdtStylesWriter::headerLogoPath());
    w.writeAttribute(kXlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
    w.writeAttribute(kXlinkNs, QStringLiteral("show"), QStringLiteral("embed"));
    w.writeAttribute(kXlinkNs, QStringLiteral("actuate"), QStringLiteral("onLoad"));
    w.writeEndElement();
    w.writeEndElement();
}

void masterPage(QXmlStreamWriter &w, const PageDecoration &d)
{
    w.writeStartElement(kStyleNs, QStringLiteral("master-page"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyleNs, QStringLiteral("page-layout-name"), QStringLiteral("pm1"));
    w.writeStartElement(kStyleNs, QStringLiteral("header"));
    if (!d.logo.isNull())
        logoParagraph(w, d.logoMm);
    QStringList header{d.headerTitle};
    if (!d.diaryNumbers.isEmpty())
        header.append(d.diaryNumbers);
    paragraph(w, QStringLiteral("MP1"), header.join(QStringLiteral(" · ")));
    if (d.draft)
        paragraph(w, QStringLiteral("MP2"), DocumentRenderer::tr("DRAFT"));
    if (d.confidential)
        paragraph(w, QStringLiteral("MP2"),
                  DocumentRenderer::tr("Contains information subject to confidentiality"));
    w.writeEndElement();
    w.writeStartElement(kStyleNs, QStringLiteral("footer"));
    QStringList footer;
    if (!d.signedLine.isEmpty())
        footer.append(d.signedLine);
    if (!d.fingerprintLine.isEmpty())
        footer.append(d.fingerprintLine);
    pageLine(w, footer);
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QByteArray OdtStylesWriter::write(const PageDecoration &decoration,
                                  QPageLayout::Orientation orientation)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kOfficeNs, QStringLiteral("office"));
    w.writeNamespace(kStyleNs, QStringLiteral("style"));
    w.writeNamespace(kTextNs, QStringLiteral("text"));
    w.writeNamespace(kFoNs, QStringLiteral("fo"));
    w.writeNamespace(kSvgNs, QStringLiteral("svg"));
    w.writeNamespace(kDrawNs, QStringLiteral("draw"));
    w.writeNamespace(kXlinkNs, QStringLiteral("xlink"));
    w.writeStartElement(kOfficeNs, QStringLiteral("document-styles"));
    w.writeAttribute(kOfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(kOfficeNs, QStringLiteral("font-face-decls"));
    w.writeEmptyElement(kStyleNs, QStringLiteral("font-face"));
    w.writeAttribute(kStyleNs, QStringLiteral("name"), DocumentFonts::family());
    w.writeAttribute(kSvgNs, QStringLiteral("font-family"),
                     QStringLiteral("'%1'").arg(DocumentFonts::family()));
    w.writeAttribute(kStyleNs, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    w.writeEndElement();
    w.writeStartElement(kOfficeNs, QStringLiteral("styles"));
    namedStyles(w);
    w.writeEndElement();
    w.writeStartElement(kOfficeNs, QStringLiteral("automatic-styles"));
    pageLayout(w, orientation);
    w.writeEndElement();
    w.writeStartElement(kOfficeNs, QStringLiteral("master-styles"));
    masterPage(w, decoration);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace samverka::documents
