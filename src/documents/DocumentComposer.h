#pragma once

// Writes a document through a QTextCursor with the shared text styles: headings,
// paragraphs, field lists, tables with a repeated header row, bullet lists, charts.
// A page break starts a new section (a QTextDocument of its own) of the built document.
// User text is always inserted as plain text, never parsed as HTML.

#include "BuiltDocument.h"
#include "ChartData.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QSizeF>
#include <QStringList>
#include <QTextCursor>
#include <QTextTableFormat>

#include <functional>

class QTextDocument;
class QTextFrame;
class QTextTable;

namespace samverka::documents {

struct TableCell {
    TableCell() = default;
    TableCell(QString t)
        : text(std::move(t))
    {} // NOLINT: implicit from text is the point
    TableCell(QString t, QString d, bool b = false)
        : text(std::move(t))
        , detail(std::move(d))
        , bold(b)
    {}
    QString text;
    QString detail; ///< smaller text below
    bool bold = false;
    bool warning = false;
};

class DocumentComposer
{
public:
    /// Told of each section as soon as nothing more will be written into it, with the
    /// frames kept together so far.
    using SectionSink =
        std::function<void(QTextDocument *section, const QList<QTextFrame *> &keepTogether)>;

    /// Writes into built's sections, starting the first one.
    explicit DocumentComposer(BuiltDocument &built, SectionSink sink = {});

    /// Where the text goes; a pending page break moves it to a new section at the next
    /// block or table written through the composer.
    QTextCursor &cursor() { return m_cursor; }

    /// A picture on a line of its own, sizeMm large, kept in the section as the image
    /// resource name (OdtTextDocument carries it over to the .odt).
    void picture(const QImage &image, const QSizeF &sizeMm, const QString &name);
    void title(const QString &text);
    void subtitle(const QString &text);
    /// A heading; level 1 starts a new page unless it is the first thing written.
    /// Headings of levels 1 and 2 with inToc are listed in the table of contents.
    void heading(int level, const QString &text, bool inToc = true, bool newPage = false);
    void paragraph(const QString &text);
    void styledParagraph(const QString &text, const QTextCharFormat &format);
    /// "Label: value" on one line, the label bold.
    void labelled(const QString &label, const QString &value);
    void note(const QString &text);
    void bullets(const QStringList &items);
    /// One paragraph made of runs, each in its own format (a text change: struck and
    /// inserted words), indented by indent levels.
    void runs(const QList<QPair<QString, QTextCharFormat>> &parts, int indent = 0);
    void numbered(const QStringList &items);
    /// Two columns without borders: label | value. Rows with an empty value are left out.
    void fields(const QList<QPair<QString, QString>> &rows);
    /// A table with a header row (repeated on every page the table spans).
    QTextTable *table(const QStringList &headers, const QList<QList<TableCell>> &rows,
                      const QList<double> &widthsPercent);
    /// A chart drawn as vectors, full text width, heightMm high.
    void chart(const ChartData &data, double heightMm);
    void spacer(double height);
    void pageBreak();
    /// A table at the end of the current section (or of a new one after a page break).
    QTextTable *insertTable(int rows, int columns, QTextTableFormat format);
    /// Keep the frame (e.g. a signature block) on one page.
    void keepTogether(QTextFrame *frame) { m_keepTogether.append(frame); }

    /// The current section will be written into again later (the contents, filled in at
    /// the end): it goes to the sink only at finish().
    void holdSection() { m_held.append(m_built.sections.size() - 1); }
    /// Nothing more will be written: the sections not yet given to the sink go now.
    void finish();

    /// The contents: their heading on a new page now, their lines at writeContents() once
    /// every heading is written. Returns where the lines go; headings are listed from now.
    QTextCursor beginContents(const QString &heading);
    /// The table of contents at at: one line per listed heading, the page numbers filled
    /// in by the renderer (BuiltDocument::toc).
    void writeContents(const QTextCursor &at);

    /// Headings from now on are listed for the contents (tocHeadings, tocCursors).
    void listContents() { m_listContents = true; }

    QList<QPair<int, QString>> tocHeadings() const { return m_tocHeadings; }
    QList<QTextCursor> tocCursors() const { return m_built.listedHeadings; }
    QList<QTextFrame *> keptTogether() const { return m_keepTogether; }

    static void writeCell(QTextCursor &cursor, const TableCell &cell, const QTextCharFormat &base);

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    /// Starts the next section if a page break is pending.
    void breakIfPending();
    void startSection();

    /// Gives the sink the section at index, unless held.
    void done(std::size_t index);

    BuiltDocument &m_built;
    SectionSink m_sink;
    QList<std::size_t> m_held;
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_listContents = false;
    bool m_breakPending = false;
    QList<QPair<int, QString>> m_tocHeadings;
    QList<QTextFrame *> m_keepTogether;
};

} // namespace samverka::documents
