#include "OdtTextDocument.h"

#include "ChartPainter.h"
#include "ChartTextObject.h"
#include "DocumentBuilder.h"
#include "DocumentFonts.h"
#include "DocumentRenderer.h"
#include "TextStyles.h"

#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace samverka::documents {

namespace {

constexpr double kMmPerInch = 25.4;
// Qt's ODF writer reads a picture's size in pixels of 96 to the inch.
constexpr double kOdfPixelsPerInch = 96;

// Every table in frame and the frames in it.
void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    if (auto *table = qobject_cast<QTextTable *>(frame))
        tables.append(table);
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children)
        collectTables(child, tables);
}

QList<QTextTable *> tablesOf(const QTextDocument &document)
{
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    return tables;
}

QImage chartImage(const QTextFormat &format, double widthMm)
{
    const double heightMm = format.doubleProperty(ChartTextObject::HeightMmProperty);
    const double dotsPerMm = OdtTextDocument::ChartDpi / kMmPerInch;
    QImage image(qRound(widthMm * dotsPerMm), qRound(heightMm * dotsPerMm),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ChartPainter(format.property(ChartTextObject::DataProperty).value<ChartData>())
        .paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    return image;
}

// The starts of the cell's paragraphs after the first, the last first (so that joining
// them one by one leaves the earlier positions where they are); none when the cell holds
// a table of its own, which is left as it is.
QList<int> laterParagraphs(const QTextTableCell &cell)
{
    QList<int> starts;
    bool first = true;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            return {};
        if (!first)
            starts.prepend(it.currentBlock().position());
        first = false;
    }
    return starts;
}

} // namespace

std::unique_ptr<QTextDocument> OdtTextDocument::merge(const BuiltDocument &built,
                                                      const QString &firstPageNote)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(DocumentFonts::font(10));
    document->setUndoRedoEnabled(false);
    document->setMetaInformation(QTextDocument::DocumentTitle, built.title);
    QTextCursor cursor(document.get());
    bool empty = true;
    if (!firstPageNote.isEmpty()) {
        QTextCharFormat noteFormat = TextStyles::bold();
        noteFormat.setForeground(TextStyles::warning);
        QTextBlockFormat noteBlock = TextStyles::bodyBlock();
        noteBlock.setBottomMargin(12);
        cursor.setBlockFormat(noteBlock);
        cursor.insertText(firstPageNote, noteFormat);
        empty = false;
    }
    for (const auto &section : built.sections) {
        if (!empty)
            cursor.insertBlock();
        empty = false;
        const int start = cursor.position();
        cursor.insertFragment(QTextDocumentFragment(section.get()));
        // The first block takes its own format (a fragment's first block may merge into
        // the block it is inserted in), each section after the first on a new page.
        QTextBlockFormat format = section->begin().blockFormat();
        if (&section != &built.sections.front())
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor at(document.get());
        at.setPosition(start);
        at.setBlockFormat(format);
    }
    // The first page's logo (DocumentBuilder) is an image resource of the first section.
    const QUrl logo(DocumentBuilder::logoResourceName());
    if (!built.decoration.logo.isNull() && !built.sections.empty())
        document->addResource(QTextDocument::ImageResource, logo,
                              built.sections.front()->resource(QTextDocument::ImageResource, logo));
    chartsToPictures(*document, textWidthMm(built.orientation));
    oneParagraphPerCell(*document);
    familiesForOdf(*document);
    return document;
}

void OdtTextDocument::chartsToPictures(QTextDocument &document, double widthMm)
{
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().objectType() == ChartTextObject::Type)
                for (int i = 0; i < it.fragment().length(); ++i)
                    positions.append(it.fragment().position() + i);
    // From the end, so the positions before stay where they are.
    for (qsizetype i = positions.size() - 1; i >= 0; --i) {
        QTextCursor cursor(&document);
        cursor.setPosition(positions[i]);
        cursor.setPosition(positions[i] + 1, QTextCursor::KeepAnchor);
        const QTextFormat format = cursor.charFormat();
        const QImage image = chartImage(format, widthMm);
        const QString name = QStringLiteral("chart%1.png").arg(i + 1);
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(widthMm / kMmPerInch * kOdfPixelsPerInch);
        picture.setHeight(double(image.height()) / image.width() * picture.width());
        cursor.insertImage(picture);
    }
}

double OdtTextDocument::textWidthMm(QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QMarginsF margins = DocumentRenderer::pageMargins();
    const double width = orientation == QPageLayout::Landscape ? a4.height() : a4.width();
    return width - margins.left() - margins.right();
}

void OdtTextDocument::oneParagraphPerCell(QTextDocument &document)
{
    for (QTextTable *table : tablesOf(document)) {
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue; // covered by a spanning cell
                for (const int start : laterParagraphs(cell)) {
                    QTextCursor cursor(&document);
                    cursor.setPosition(start);
                    cursor.deletePreviousChar();
                    cursor.insertText(QString(QChar::LineSeparator));
                }
            }
        }
    }
}

void OdtTextDocument::familiesForOdf(QTextDocument &document)
{
    struct Range {
        int from;
        int to;
        QString family;
    };
    QList<Range> ranges;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QStringList families = format.fontFamilies().toStringList();
            if (!families.isEmpty() && !format.hasProperty(QTextFormat::OldFontFamily))
                ranges.append({it.fragment().position(),
                               it.fragment().position() + it.fragment().length(),
                               families.first()});
        }
    }
    for (const Range &range : ranges) {
        QTextCursor cursor(&document);
        cursor.setPosition(range.from);
        cursor.setPosition(range.to, QTextCursor::KeepAnchor);
        QTextCharFormat family;
        family.setProperty(QTextFormat::OldFontFamily, range.family);
        cursor.mergeCharFormat(family);
    }
}

OdtStyleFixes OdtTextDocument::styleFixes(const QTextDocument &document,
                                          QPageLayout::Orientation orientation)
{
    OdtStyleFixes fixes;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level > 0)
            fixes.headingStyles.insert(QStringLiteral("p%1").arg(block.blockFormatIndex()), level);
    }
    const double textWidth = textWidthMm(orientation);
    for (const QTextTable *table : tablesOf(document)) {
        const QTextTableFormat format = table->format();
        const QTextLength width = format.width();
        const double percent =
            width.type() == QTextLength::PercentageLength ? width.rawValue() : 100;
        const QString tableStyle = QStringLiteral("Table%1").arg(table->formatIndex());
        fixes.tableWidths.insert(tableStyle, {percent, textWidth * percent / 100});
        if (format.headerRowCount() > 0)
            fixes.headerTables.insert(tableStyle);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                const QTextCharFormat cellFormat = cell.format();
                if (cellFormat.background().style() == Qt::NoBrush)
                    continue;
                const QColor fill = cellFormat.background().color();
                const int index = cell.tableCellFormatIndex();
                fixes.cellBackgrounds.insert(
                    QStringLiteral("TB%1.%2").arg(table->formatIndex()).arg(index), fill);
                fixes.cellBackgrounds.insert(QStringLiteral("T%1").arg(index), fill);
            }
        }
    }
    return fixes;
}

} // namespace samverka::documents
