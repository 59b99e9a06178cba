#pragma once

// A document built once from the domain objects: its text in sections, each of which
// starts on a new page, plus what the renderer needs to lay it out on pages
// (orientation, decoration, table of contents entries whose page numbers are known only
// after layout, blocks that must not be split).

#include "PageDecoration.h"

#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <vector>

class QTextFrame;

namespace samverka::documents {

struct TocEntry {
    QTextCursor heading;    ///< at the heading block
    QTextCursor pageNumber; ///< where the page number goes (a table cell)
};

struct BuiltDocument {
    /// One text document per stretch between hard page breaks (the cover, the contents,
    /// each part, each appendix). Qt lays out everything after a change again; kept
    /// apart, a heading moved to the next page lays out only its own section again.
    std::vector<std::unique_ptr<QTextDocument>> sections;
    QString title; ///< PDF metadata title
    /// The A4 page's orientation the document is designed for: portrait, but landscape
    /// for the åtgärdsplan, whose six columns need the width. The PDF always has it; a
    /// printer is given it the first time the document is printed on it (printerSetUp).
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    /// Set by DocumentPrinter once it gave a printer the orientation above: a print
    /// preview draws the same document again on every change, and once the user has
    /// turned the page there, the preview keeps the user's orientation.
    bool printerSetUp = false;
    PageDecoration decoration;
    QList<TocEntry> toc;
    QList<QTextFrame *> keepTogether; ///< owned by their sections
    /// Cursors at the headings listed for the contents. Kept here, not by the composer:
    /// making or dropping a cursor changes its document's list of cursors, which must not
    /// happen while another thread lays the section out (the document outlives that).
    QList<QTextCursor> listedHeadings;

    /// The text of all sections, one after another (a new line between sections).
    QString plainText() const
    {
        QStringList texts;
        for (const auto &section : sections)
            texts.append(section->toPlainText());
        return texts.join(QLatin1Char('\n'));
    }
};

} // namespace samverka::documents
