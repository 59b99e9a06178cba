#pragma once

// The one drawing routine for PDFs, printers and print previews: lays a built document
// out on the device's pages, keeps signature blocks on one page, fills in the page
// numbers of the contents, and paints the running header and footer, the draft
// watermark, the signing line with the fingerprint and the confidentiality notice.

#include "BuiltDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
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
    /// The margins documents use on A4 (millimetres).
    static QMarginsF pageMargins() { return {22, 12, 22, 12}; }

private:
    struct Pagination {
        QList<int> firstPage; ///< per section, counted from 0
        int pages = 0;
        QStringList contentsNumbers; ///< the page number of each entry of the contents
    };

    /// Lays each section out on the device's pages, one after another.
    static Pagination layOut(BuiltDocument &built, QPagedPaintDevice &device, const QRectF &body);
    /// The numbers of the contents that are in section, on the page clipped to.
    static void paintContentsNumbers(QPainter &painter, const BuiltDocument &built,
                                     const QTextDocument *section, const QStringList &numbers,
                                     const QRectF &pageClip);
    /// "DRAFT" in outlines, centred on the origin, for the device's resolution.
    static QPainterPath watermark(const QPaintDevice &device);
    static void paintWatermark(QPainter &painter, const QPainterPath &watermark,
                               const QRectF &page);
    static void paintHeader(QPainter &painter, const BuiltDocument &built, const QRectF &band);
    static void paintFooter(QPainter &painter, const BuiltDocument &built, const QRectF &band,
                            int page, int pages);
};

} // namespace samverka::documents
