#include "OdtContentRewriter.h"

#include "DocumentError.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace samverka::documents {

namespace {

const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

const QString kFoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

void failIfBroken(const QXmlStreamReader &reader, const char *entry)
{
    if (reader.hasError())
        throw DocumentError(OdtContentRewriter::tr("Could not read %1 of the document: %2")
                                .arg(QString::fromLatin1(entry), reader.errorString()));
}

QString attribute(const QXmlStreamAttributes &attributes, const QString &ns, const char *name)
{
    return attributes.value(ns, QLatin1String(name)).toString();
}

void remove(QXmlStreamAttributes &attributes, const QString &ns, const char *name)
{
    attributes.removeIf([&](const QXmlStreamAttribute &a) {
        return a.namespaceUri() == ns && a.name() == QLatin1String(name);
    });
}

// A table of a percentage of the text width: Qt writes the percentage as points.
void fixTableWidth(QXmlStreamAttributes &attributes, const OdtStyleFixes::TableWidth &width)
{
    remove(attributes, kStyleNs, "width");
    remove(attributes, kTableNs, "align");
    attributes.append(kStyleNs, QStringLiteral("width"),
                      QString::number(width.mm, 'f', 1) + QStringLiteral("mm"));
    attributes.append(kStyleNs, QStringLiteral("rel-width"),
                      QString::number(width.percent) + QLatin1Char('%'));
    attributes.append(kTableNs, QStringLiteral("align"),
                      width.percent >= 100 ? QStringLiteral("margins") : QStringLiteral("left"));
}

// A column width of "25%", which ODF does not allow, as the relative width "25*".
void fixColumnWidth(QXmlStreamAttributes &attributes)
{
    const QString width = attribute(attributes, kStyleNs, "column-width");
    if (!width.endsWith(QLatin1Char('%')))
        return;
    remove(attributes, kStyleNs, "column-width");
    attributes.append(kStyleNs, QStringLiteral("rel-width"), width.chopped(1) + QLatin1Char('*'));
}

// The start element the reader is at, as the document needs it; style is the name of the
// style:style it is in, if any.
void copyStart(const QXmlStreamReader &reader, QXmlStreamWriter &writer, const OdtStyleFixes &fixes,
               const QString &style)
{
    // Declared first, so that the element itself is written with the document's prefix.
    for (const QXmlStreamNamespaceDeclaration &ns : reader.namespaceDeclarations())
        writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    const QString ns = reader.namespaceUri().toString();
    QString name = reader.name().toString();
    QXmlStreamAttributes attributes = reader.attributes();
    if (ns == kTextNs && name == u"p") {
        const int level = fixes.headingStyles.value(attribute(attributes, kTextNs, "style-name"));
        if (level > 0) {
            name = QStringLiteral("h");
            attributes.append(kTextNs, QStringLiteral("outline-level"), QString::number(level));
        }
    } else if (ns == kStyleNs && name == u"style") {
        const int level = fixes.headingStyles.value(style);
        if (level > 0 && attribute(attributes, kStyleNs, "parent-style-name").isEmpty())
            attributes.append(kStyleNs, QStringLiteral("parent-style-name"),
                              OdtContentRewriter::headingStyleName(level));
    } else if (ns == kStyleNs && name == u"table-cell-properties") {
        if (fixes.cellBackgrounds.contains(style)) {
            remove(attributes, kFoNs, "background-color");
            attributes.append(kFoNs, QStringLiteral("background-color"),
                              fixes.cellBackgrounds.value(style).name());
        }
    } else if (ns == kStyleNs && name == u"table-properties") {
        if (fixes.tableWidths.contains(style))
            fixTableWidth(attributes, fixes.tableWidths.value(style));
    } else if (ns == kStyleNs && name == u"table-column-properties") {
        fixColumnWidth(attributes);
    }
    writer.writeStartElement(ns, name);
    writer.writeAttributes(attributes);
}

// The header rows of the tables being written: a table whose first row is a header gets
// it inside <table:header-rows>, which Word and LibreOffice repeat on every page.
struct HeaderRows {
    struct Table {
        bool wantsHeader = false;
        bool inHeader = false;
    };
    QList<Table> open; ///< the tables being written, the innermost last

    /// Before the start element the reader is at is written.
    void start(const QXmlStreamReader &reader, QXmlStreamWriter &writer, const OdtStyleFixes &fixes)
    {
        if (reader.namespaceUri() != kTableNs)
            return;
        if (reader.name() == u"table") {
            open.append({fixes.headerTables.contains(
                             attribute(reader.attributes(), kTableNs, "style-name")),
                         false});
        } else if (reader.name() == u"table-row" && !open.isEmpty() && open.last().wantsHeader) {
            writer.writeStartElement(kTableNs, QStringLiteral("table-header-rows"));
            open.last() = {false, true};
        }
    }
    /// After the end element the reader is at is written.
    void end(const QXmlStreamReader &reader, QXmlStreamWriter &writer)
    {
        if (reader.namespaceUri() != kTableNs || open.isEmpty())
            return;
        if (reader.name() == u"table") {
            open.removeLast();
        } else if (reader.name() == u"table-row" && open.last().inHeader) {
            writer.writeEndElement(); // table-header-rows
            open.last().inHeader = false;
        }
    }
};

} // namespace

QString OdtContentRewriter::headingStyleName(int level)
{
    return QStringLiteral("Heading_20_%1").arg(level);
}

QByteArray OdtContentRewriter::rewriteContent(const QByteArray &contentXml,
                                              const OdtStyleFixes &fixes)
{
    QXmlStreamReader reader(contentXml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    QString style; // the style:style being read
    HeaderRows headerRows;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.namespaceUri() == kStyleNs && reader.name() == u"style")
                style = attribute(reader.attributes(), kStyleNs, "name");
            headerRows.start(reader, writer, fixes);
            copyStart(reader, writer, fixes, style);
        } else if (!reader.hasError()) {
            writer.writeCurrentToken(reader); // an end element closes what was started
            if (reader.isEndElement())
                headerRows.end(reader, writer);
        }
    }
    failIfBroken(reader, "content.xml");
    return out;
}

QByteArray OdtContentRewriter::addToManifest(const QByteArray &manifestXml, const QString &path,
                                             const QString &mediaType)
{
    QXmlStreamReader reader(manifestXml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int depth = 0;
    bool listed = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (reader.attributes().value(kManifestNs, QLatin1String("full-path")) == path)
                listed = true;
        } else if (reader.isEndElement() && --depth == 0 && !listed) {
            writer.writeStartElement(kManifestNs, QStringLiteral("file-entry"));
            writer.writeAttribute(kManifestNs, QStringLiteral("media-type"), mediaType);
            writer.writeAttribute(kManifestNs, QStringLiteral("full-path"), path);
            writer.writeEndElement();
        }
        if (reader.isStartElement())
            copyStart(reader, writer, {}, {});
        else if (!reader.hasError())
            writer.writeCurrentToken(reader);
    }
    failIfBroken(reader, "META-INF/manifest.xml");
    return out;
}

} // namespace samverka::documents
