#pragma once

// Runs poppler's command-line tools on a PDF for the document tests: text per page
// (pdftotext -layout), metadata and page sizes (pdfinfo) and fonts (pdffonts).

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace samverka::documents::test {

class PdfTools
{
public:
    /// The text of each page, in order.
    static QStringList pages(const QString &pdf);
    static QString text(const QString &pdf) { return pages(pdf).join(QLatin1Char('\f')); }
    /// The text in reading order (pdftotext without -layout): a table cell's lines
    /// follow each other.
    static QString readingText(const QString &pdf);
    static QString info(const QString &pdf, bool withMetadata = false);
    static QString fonts(const QString &pdf);
    /// The size of every page in points, as pdfinfo reads it (A4 portrait: 595.28 x
    /// 841.89).
    static QList<QSizeF> pageSizes(const QString &pdf);
    /// Runs a tool; fails the current test (returns empty) when it cannot run.
    static QString run(const QString &program, const QStringList &arguments);
};

} // namespace samverka::documents::test
