#pragma once

// The one QTextDocument Qt's ODF writer is given for a built document: its sections one
// after another, each after the first starting on a new page (fo:break-before="page"),
// with every chart drawn into a PNG picture (an ODF reader knows nothing of the chart text
// objects), each table cell's paragraphs as lines of one (Qt 6.4 writes a table cell per
// paragraph) and, when asked, a note before everything else.

#include "BuiltDocument.h"
#include "OdtContentRewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class QTextDocument;

namespace samverka::documents {

class OdtTextDocument
{
    Q_DECLARE_TR_FUNCTIONS(OdtTextDocument)

public:
    /// Resolution of the chart pictures (dots per inch).
    static constexpr int ChartDpi = 200;

    /// built's sections as one document; firstPageNote, when not empty, as the first
    /// paragraph.
    static std::unique_ptr<QTextDocument> merge(const BuiltDocument &built,
                                                const QString &firstPageNote);
    /// What OdtContentRewriter puts right in what Qt's ODF writer makes of document, by the
    /// names Qt gives its automatic styles: "p" and the block format index of a heading
    /// block's paragraph style; "TB<table format>.<cell format>" (a table with borders)
    /// or "T<cell format>" of a cell; "Table<table format>" of a table.
    static OdtStyleFixes styleFixes(const QTextDocument &document,
                                    QPageLayout::Orientation orientation);
    /// The width of the text on an A4 page of the documents' margins (millimetres).
    static double textWidthMm(QPageLayout::Orientation orientation);

private:
    /// Replaces every chart object with a picture of it, textWidthMm wide.
    static void chartsToPictures(QTextDocument &document, double textWidthMm);
    /// Joins the paragraphs of each cell of each table into one, a line each.
    static void oneParagraphPerCell(QTextDocument &document);
    /// Gives every text its font family in the property Qt's ODF writer reads: Qt 6 keeps
    /// it in FontFamilies, the writer reads the old FontFamily (0x2000, only reachable as
    /// OldFontFamily with deprecated API disabled) and writes "Sans" without it.
    static void familiesForOdf(QTextDocument &document);
};

} // namespace samverka::documents
