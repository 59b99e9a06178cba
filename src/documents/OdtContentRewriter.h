#pragma once

// Rewrites the XML Qt's ODF writer makes, with QXmlStreamReader and QXmlStreamWriter,
// where Qt 6.4 gets it wrong or leaves it out: Qt writes every block as a plain <text:p>,
// so the paragraphs of heading blocks become <text:h text:outline-level="N"> and their
// automatic styles inherit the named heading styles of OdtStylesWriter ("Heading_20_N"),
// so that Word's navigation pane, LibreOffice's navigator and a table of contents find
// them. Qt also writes a table's percentage width as points and its column widths as
// percentages (ODF wants relative widths), no cell backgrounds, and no header rows.

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace samverka::documents {

/// What the rewrite needs to know of the document, by the automatic style names Qt gives.
struct OdtStyleFixes {
    QHash<QString, int> headingStyles;      ///< a heading block's paragraph style ("p12"): level
    QHash<QString, QColor> cellBackgrounds; ///< a cell style ("TB18.19", "T19"): its fill
    struct TableWidth {
        double percent = 100; ///< of the text width
        double mm = 0;
    };
    QHash<QString, TableWidth> tableWidths; ///< a table style ("Table18")
    /// The table styles of tables whose first row is a header, repeated on every page.
    QSet<QString> headerTables;
};

class OdtContentRewriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtContentRewriter)

public:
    /// content.xml with the paragraphs of heading styles as headings of their level, the
    /// cell backgrounds and the table and column widths as ODF has them. Throws
    /// DocumentError on XML that cannot be read.
    static QByteArray rewriteContent(const QByteArray &contentXml, const OdtStyleFixes &fixes);
    /// META-INF/manifest.xml with an entry for path of mediaType added (once).
    static QByteArray addToManifest(const QByteArray &manifestXml, const QString &path,
                                    const QString &mediaType);
    /// The named paragraph style of headings of level ("Heading_20_1").
    static QString headingStyleName(int level);
};

} // namespace samverka::documents
