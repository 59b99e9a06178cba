#pragma once

// The one drawing routine for PDFs, printers and print previews: lays a built document
// out on the device's pages, keeps signature blocks on one page, fills in the page
// numbers of the contents, and paints the running header and footer, the draft
// watermark, the signing line with the fingerprint and the confidentiality notice.

#include "BuiltDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QStringList>

class QPagedPaintDevice;
class QPaintDevice;
class QPainterPath;
class QPainter;
class QTextDocument;

namespace samverka::documents {

class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// Draws every page on the device, whose page layout is already set. Returns the
    /// number of pages.
    static int render(BuiltDocument &built, QPagedPaintDevice &device);
    /// Draws every page of a document whose sections are laid out for the device already
    /// (SectionLayout, with bodySize()). Returns the number of pages.
    static int paint(const BuiltDocument &built, QPagedPaintDevice &device);
    /// The size of the text area of a page on the device: the page without the running
    /// header (taller with the confidentiality notice) and footer.
    static QSizeF bodySize(const QPaintDevice &device, bool confidential);
    /// The margins documents use on A4 (millimetres).
    static QMarginsF pageMargins() { return {22, 12, 22, 12}; }

private:
    struct Pagination {
        QList<int> firstPage; ///< per section, counted from 0
        int pages = 0;
        QStringList contentsNumbers; ///< the page number of each entry of the contents
    };

    /// Where each section starts and what the contents say, from the laid out sections.
    static Pagination paginate(const BuiltDocument &built, double bodyHeight);
    static double headerHeight(const QPaintDevice &device, bool confidential);
    static double footerHeight(const QPaintDevice &device);
    /// The numbers of the contents that are in section, on the page clipped to.
    static void paintContentsNumbers(QPainter &painter, const BuiltDocument &built,
                                     const QTextDocument *section, const QStringList &numbers,
                                     const QRectF &pageClip);
    /// "DRAFT" in outlines, centred on the origin, for the device's resolution.
    static QPainterPath watermark(const QPaintDevice &device);
    static void paintWatermark(QPainter &painter, const QPainterPath &watermark,
                               const QRectF &page);
    /// withLogo: the municipality's logo at the left (every page but the first).
    static void paintHeader(QPainter &painter, const BuiltDocument &built, const QRectF &band,
                            bool withLogo);
    static void paintFooter(QPainter &painter, const BuiltDocument &built, const QRectF &band,
                            int page, int pages);
};

} // namespace samverka::documents
