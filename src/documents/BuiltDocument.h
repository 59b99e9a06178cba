#pragma once

// A document built once from the domain objects: the text document itself plus what
// the renderer needs to lay it out on pages (decoration, table of contents entries
// whose page numbers are known only after layout, blocks that must not be split).

#include "PageDecoration.h"

#include <QList>
#include <QString>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

class QTextFrame;

namespace samverka::documents {

struct TocEntry {
    QTextCursor heading;    ///< at the heading block
    QTextCursor pageNumber; ///< where the page number goes (a table cell)
};

struct BuiltDocument {
    std::unique_ptr<QTextDocument> document;
    QString title; ///< PDF metadata title
    PageDecoration decoration;
    QList<TocEntry> toc;
    QList<QTextFrame *> keepTogether; ///< owned by the document
};

} // namespace samverka::documents
