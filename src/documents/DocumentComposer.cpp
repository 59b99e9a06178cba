#include "DocumentComposer.h"

#include "ChartTextObject.h"
#include "DocumentFonts.h"
#include "TextStyles.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace samverka::documents {

DocumentComposer::DocumentComposer(BuiltDocument &built, SectionSink sink)
    : m_built(built)
    , m_sink(std::move(sink))
{
    startSection();
}

void DocumentComposer::done(std::size_t index)
{
    if (m_sink && !m_held.contains(index))
        m_sink(m_built.sections[index].get(), m_keepTogether);
}

void DocumentComposer::finish()
{
    // The cursor leaves the last section before it is handed over (see startSection).
    m_cursor = QTextCursor();
    if (!m_built.sections.empty())
        done(m_built.sections.size() - 1);
    const QList<std::size_t> held = std::exchange(m_held, {});
    for (const std::size_t index : held)
        done(index);
    m_sink = {};
}

void DocumentComposer::startSection()
{
    auto section = std::make_unique<QTextDocument>();
    section->setDefaultFont(DocumentFonts::font(10));
    section->setDocumentMargin(0);
    section->setUndoRedoEnabled(false);
    // The cursor leaves the finished section before the sink may hand it to another
    // thread: making or dropping a cursor changes the document's list of cursors.
    m_cursor = QTextCursor(section.get());
    m_built.sections.push_back(std::move(section));
    m_empty = true;
    if (m_built.sections.size() > 1)
        done(m_built.sections.size() - 2);
}

void DocumentComposer::breakIfPending()
{
    if (!m_breakPending)
        return;
    m_breakPending = false;
    startSection();
}

namespace {

constexpr int kSpacerState = 1;

// The empty block Qt leaves after a table (or the document's first block) is used for
// what comes next, so tables are not followed by stray empty lines.
bool reusable(const QTextBlock &block)
{
    if (block.length() > 1 || block.userState() == kSpacerState)
        return false;
    const QTextBlock previous = block.previous();
    return !previous.isValid() || QTextCursor(previous).currentTable() != nullptr;
}

} // namespace

void DocumentComposer::newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    breakIfPending();
    m_cursor.movePosition(QTextCursor::End);
    if (reusable(m_cursor.block())) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
    m_empty = false;
}

QTextTable *DocumentComposer::insertTable(int rows, int columns, QTextTableFormat format)
{
    breakIfPending();
    m_cursor.movePosition(QTextCursor::End);
    if (reusable(m_cursor.block())) {
        // Qt keeps this empty block before the table: make it a hairline.
        QTextBlockFormat hairline;
        hairline.setLineHeight(1, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(hairline);
    }
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    m_empty = false;
    m_cursor.movePosition(QTextCursor::End);
    return table;
}

void DocumentComposer::picture(const QImage &image, const QSizeF &sizeMm, const QString &name)
{
    // Sizes in pixels of 96 to the inch, which Qt scales to the layout's device.
    constexpr double pixelsPerMm = 96 / 25.4;
    QTextBlockFormat f = TextStyles::bodyBlock();
    f.setBottomMargin(12);
    newBlock(f, TextStyles::small());
    m_cursor.document()->addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(sizeMm.width() * pixelsPerMm);
    format.setHeight(sizeMm.height() * pixelsPerMm);
    m_cursor.insertImage(format);
}

void DocumentComposer::title(const QString &text)
{
    QTextBlockFormat f = TextStyles::bodyBlock();
    f.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    f.setBottomMargin(10);
    newBlock(f, TextStyles::title());
    m_cursor.insertText(text, TextStyles::title());
}

void DocumentComposer::subtitle(const QString &text)
{
    QTextBlockFormat f = TextStyles::bodyBlock();
    f.setBottomMargin(14);
    newBlock(f, TextStyles::subtitle());
    m_cursor.insertText(text, TextStyles::subtitle());
}

void DocumentComposer::heading(int level, const QString &text, bool inToc, bool newPage)
{
    if (newPage && !m_empty)
        m_breakPending = true;
    newBlock(TextStyles::headingBlock(level), TextStyles::heading(level));
    if (inToc && level <= 2 && m_listContents) {
        m_tocHeadings.append({level, text});
        QTextCursor at(m_cursor.block());
        at.setKeepPositionOnInsert(true); // stays on the heading while text is appended
        m_built.listedHeadings.append(at);
    }
    m_cursor.insertText(text, TextStyles::heading(level));
}

void DocumentComposer::paragraph(const QString &text)
{
    styledParagraph(text, TextStyles::body());
}

void DocumentComposer::styledParagraph(const QString &text, const QTextCharFormat &format)
{
    // A blank line in the user's text separates paragraphs; a single line break
    // stays a line break within the paragraph.
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    const QStringList paragraphs = text.split(blankLine);
    for (const QString &p : paragraphs) {
        newBlock(TextStyles::bodyBlock(), format);
        m_cursor.insertText(QString(p).replace(QLatin1Char('\n'), QChar::LineSeparator), format);
    }
}

void DocumentComposer::labelled(const QString &label, const QString &value)
{
    QTextBlockFormat format = TextStyles::bodyBlock();
    format.setProperty(TextStyles::KeepWithNextProperty, true); // "Meets: ..." above its table
    newBlock(format, TextStyles::body());
    m_cursor.insertText(label + QStringLiteral(": "), TextStyles::bold());
    m_cursor.insertText(value, TextStyles::body());
}

void DocumentComposer::note(const QString &text)
{
    styledParagraph(text, TextStyles::small());
}

void DocumentComposer::runs(const QList<QPair<QString, QTextCharFormat>> &parts, int indent)
{
    QTextBlockFormat f = TextStyles::bodyBlock();
    f.setIndent(indent);
    f.setBottomMargin(3);
    newBlock(f, TextStyles::body());
    for (const auto &[text, format] : parts)
        m_cursor.insertText(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), format);
}

void DocumentComposer::bullets(const QStringList &items)
{
    if (items.isEmpty())
        return;
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList *list = nullptr;
    for (const QString &item : items) {
        QTextBlockFormat f = TextStyles::bodyBlock();
        f.setBottomMargin(3);
        newBlock(f, TextStyles::body());
        if (!list)
            list = m_cursor.createList(listFormat);
        else
            list->add(m_cursor.block());
        m_cursor.insertText(item, TextStyles::body());
    }
    // Space after the list like after a paragraph.
    QTextBlockFormat last = m_cursor.blockFormat();
    last.setBottomMargin(TextStyles::bodyBlock().bottomMargin());
    m_cursor.setBlockFormat(last);
}

void DocumentComposer::numbered(const QStringList &items)
{
    if (items.isEmpty())
        return;
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDecimal);
    listFormat.setIndent(1);
    QTextList *list = nullptr;
    for (const QString &item : items) {
        newBlock(TextStyles::bodyBlock(), TextStyles::body());
        if (!list)
            list = m_cursor.createList(listFormat);
        else
            list->add(m_cursor.block());
        m_cursor.insertText(item, TextStyles::body());
    }
}

void DocumentComposer::fields(const QList<QPair<QString, QString>> &rows)
{
    QList<QPair<QString, QString>> shown;
    for (const auto &row : rows)
        if (!row.second.trimmed().isEmpty())
            shown.append(row);
    if (shown.isEmpty())
        return;
    QTextTableFormat format = TextStyles::plainTableFormat();
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 26),
                                      QTextLength(QTextLength::PercentageLength, 74)});
    QTextTable *table = insertTable(int(shown.size()), 2, format);
    for (int r = 0; r < shown.size(); ++r) {
        QTextCursor c = table->cellAt(r, 0).firstCursorPosition();
        c.setBlockFormat(TextStyles::cellBlock());
        c.insertText(shown[r].first, TextStyles::label());
        c = table->cellAt(r, 1).firstCursorPosition();
        c.setBlockFormat(TextStyles::cellBlock());
        c.insertText(shown[r].second, TextStyles::cell());
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentComposer::writeCell(QTextCursor &cursor, const TableCell &cell,
                                 const QTextCharFormat &base)
{
    cursor.setBlockFormat(TextStyles::cellBlock());
    QTextCharFormat main = base;
    if (cell.bold)
        main.setFontWeight(QFont::Bold);
    if (cell.warning)
        main.setForeground(TextStyles::warning);
    cursor.insertText(cell.text, main);
    if (!cell.detail.isEmpty()) {
        QTextBlockFormat detailBlock = TextStyles::cellBlock();
        detailBlock.setTopMargin(2);
        cursor.insertBlock(detailBlock, TextStyles::cellDetail());
        cursor.insertText(cell.detail, TextStyles::cellDetail());
    }
}

QTextTable *DocumentComposer::table(const QStringList &headers, const QList<QList<TableCell>> &rows,
                                    const QList<double> &widthsPercent)
{
    QTextTableFormat format = TextStyles::tableFormat();
    QList<QTextLength> widths;
    for (double w : widthsPercent)
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    format.setColumnWidthConstraints(widths);
    const int columns = int(headers.size());
    QTextTable *table = insertTable(int(rows.size()) + 1, columns, format);
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(TextStyles::accent);
        cell.setFormat(cf);
        QTextCursor at = cell.firstCursorPosition();
        writeCell(at, TableCell(headers[c]), TextStyles::tableHeader());
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns && c < rows[r].size(); ++c) {
            QTextTableCell cell = table->cellAt(r + 1, c);
            if (r % 2 == 1) {
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setBackground(TextStyles::stripe);
                cell.setFormat(cf);
            }
            QTextCursor at = cell.firstCursorPosition();
            writeCell(at, rows[r][c], TextStyles::cell());
        }
    }
    m_cursor.movePosition(QTextCursor::End);
    return table;
}

void DocumentComposer::chart(const ChartData &data, double heightMm)
{
    // In a one-cell frame of its own, so the renderer can keep it on one page.
    QTextTableFormat format = TextStyles::plainTableFormat();
    format.setCellPadding(0);
    format.setTopMargin(6);
    format.setBottomMargin(10);
    QTextTable *table = insertTable(1, 1, format);
    QTextCursor at = table->cellAt(0, 0).firstCursorPosition();
    QTextCharFormat object;
    object.setObjectType(ChartTextObject::Type);
    object.setProperty(ChartTextObject::DataProperty, QVariant::fromValue(data));
    object.setProperty(ChartTextObject::HeightMmProperty, heightMm);
    at.insertText(QString(QChar::ObjectReplacementCharacter), object);
    m_keepTogether.append(table);
}

void DocumentComposer::spacer(double height)
{
    QTextBlockFormat f;
    f.setLineHeight(height, QTextBlockFormat::FixedHeight);
    newBlock(f, TextStyles::small());
    m_cursor.block().setUserState(kSpacerState);
}

void DocumentComposer::pageBreak()
{
    if (!m_empty)
        m_breakPending = true;
}

QTextCursor DocumentComposer::beginContents(const QString &headingText)
{
    heading(1, headingText, false, true);
    // The contents are written into their section at the end.
    holdSection();
    listContents();
    QTextCursor at = m_cursor;
    // Everything after is appended right here; the contents go here at the end.
    at.setKeepPositionOnInsert(true);
    return at;
}

void DocumentComposer::writeContents(const QTextCursor &at)
{
    const auto headings = tocHeadings();
    const auto cursors = tocCursors();
    if (headings.isEmpty())
        return;
    QTextCursor cursor = at;
    cursor.movePosition(QTextCursor::EndOfBlock);
    QTextTableFormat format = TextStyles::plainTableFormat();
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                      QTextLength(QTextLength::PercentageLength, 12)});
    format.setCellPadding(3);
    QTextTable *table = cursor.insertTable(int(headings.size()), 2, format);
    for (int i = 0; i < headings.size(); ++i) {
        const bool top = headings[i].first == 1;
        QTextCursor title = table->cellAt(i, 0).firstCursorPosition();
        QTextBlockFormat block = TextStyles::cellBlock();
        block.setLeftMargin(top ? 0 : 16);
        block.setTopMargin(top && i > 0 ? 8 : 0);
        title.setBlockFormat(block);
        title.insertText(headings[i].second, top ? TextStyles::bold() : TextStyles::body());
        QTextCursor page = table->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right = block;
        right.setLeftMargin(0);
        right.setAlignment(Qt::AlignRight);
        page.setBlockFormat(right);
        page.setCharFormat(top ? TextStyles::bold() : TextStyles::body());
        m_built.toc.append({cursors[i], page});
    }
}

} // namespace samverka::documents
