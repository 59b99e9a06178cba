#include "DocumentRenderer.h"

#include "DocumentFonts.h"
#include "SectionLayout.h"
#include "TextStyles.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

namespace samverka::documents {

namespace {

double mm(const QPaintDevice &device, double millimetres)
{
    return millimetres / 25.4 * device.logicalDpiY();
}

int pageOf(double y, double pageHeight)
{
    return int(std::floor(y / pageHeight));
}

} // namespace

DocumentRenderer::Pagination DocumentRenderer::paginate(const BuiltDocument &built,
                                                        double bodyHeight)
{
    Pagination result;
    QHash<const QTextDocument *, int> firstPageOf;
    for (const auto &section : built.sections) {
        firstPageOf.insert(section.get(), result.pages);
        result.firstPage.append(result.pages);
        result.pages += section->pageCount();
    }

    // The page numbers of the contents are known only now. They are painted into their
    // empty cells rather than written into the document: any edit at its start would lay
    // the whole section out again.
    for (const TocEntry &entry : std::as_const(built.toc)) {
        const QTextDocument *section = entry.heading.document();
        const QRectF r = section->documentLayout()->blockBoundingRect(entry.heading.block());
        result.contentsNumbers << QString::number(firstPageOf.value(section) +
                                                  pageOf(r.top() + 1, bodyHeight) + 1);
    }
    return result;
}

void DocumentRenderer::paintContentsNumbers(QPainter &painter, const BuiltDocument &built,
                                            const QTextDocument *section,
                                            const QStringList &numbers, const QRectF &pageClip)
{
    for (qsizetype i = 0; i < built.toc.size(); ++i) {
        if (built.toc[i].pageNumber.document() != section)
            continue;
        const QTextBlock cell = built.toc[i].pageNumber.block();
        const QRectF r = section->documentLayout()->blockBoundingRect(cell);
        if (!pageClip.contains(r.center()) || cell.layout()->lineCount() == 0)
            continue;
        // Right-aligned on the baseline of the cell's (empty) line, in the cell's font.
        const QTextLine line = cell.layout()->lineAt(0);
        const QFont font = cell.charFormat().font();
        const QFontMetricsF metrics(font, painter.device());
        const double baseline =
            r.top() - cell.layout()->boundingRect().top() + line.y() + line.ascent();
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(r.right() - metrics.horizontalAdvance(numbers[i]), baseline),
                         numbers[i]);
    }
}

QPainterPath DocumentRenderer::watermark(const QPaintDevice &device)
{
    QFont font = DocumentFonts::font(96, QFont::Bold);
    font.setPixelSize(int(96.0 / 72.0 * device.logicalDpiY()));
    //: sv: UTKAST
    const QString text = tr("DRAFT");
    const QFontMetricsF metrics(font, &device);
    const double w = metrics.horizontalAdvance(text);
    // Outlines, not text: the watermark must not mix into the text a reader copies
    // (or that pdftotext extracts).
    QPainterPath path;
    path.addText(QPointF(-w / 2, metrics.ascent() / 2 - metrics.descent()), font, text);
    return path;
}

void DocumentRenderer::paintWatermark(QPainter &painter, const QPainterPath &watermark,
                                      const QRectF &page)
{
    painter.save();
    painter.translate(page.center());
    painter.rotate(-40);
    // Opaque light grey: PDF/A-1 allows no transparency.
    painter.fillPath(watermark, QColor(0xec, 0xee, 0xf2));
    painter.restore();
}

void DocumentRenderer::paintHeader(QPainter &painter, const BuiltDocument &built,
                                   const QRectF &band, bool withLogo)
{
    const PageDecoration &d = built.decoration;
    const QPaintDevice &device = *painter.device();
    const QFont font = DocumentFonts::font(8);
    const QFont strong = DocumentFonts::font(8, QFont::Bold);
    const QFontMetricsF metrics(font, painter.device());
    const double lineY = band.top() + mm(device, 6.5);
    const QRectF textRect(band.left(), lineY - metrics.height() - mm(device, 1), band.width(),
                          metrics.height());

    painter.save();
    QString right = d.diaryNumbers;
    double rightWidth = 0;
    painter.setFont(font);
    painter.setPen(TextStyles::muted);
    if (!right.isEmpty()) {
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, right);
        rightWidth = metrics.horizontalAdvance(right) + mm(device, 4);
    }
    if (d.draft) {
        const QFontMetricsF strongMetrics(strong, painter.device());
        const QString draft = tr("DRAFT");
        painter.setFont(strong);
        painter.setPen(TextStyles::warning);
        painter.drawText(textRect.adjusted(0, 0, -rightWidth, 0), Qt::AlignRight | Qt::AlignVCenter,
                         draft);
        rightWidth += strongMetrics.horizontalAdvance(draft) + mm(device, 4);
    }
    double left = textRect.left();
    if (withLogo && !d.logo.isNull()) {
        const QSizeF size(mm(device, d.logoMm.width()), mm(device, d.logoMm.height()));
        painter.drawImage(QRectF(QPointF(left, lineY - mm(device, 1) - size.height()), size),
                          d.logo);
        left += size.width() + mm(device, 3);
    }
    painter.setFont(font);
    painter.setPen(TextStyles::muted);
    const double titleWidth = std::max(0.0, textRect.right() - left - rightWidth);
    painter.drawText(QRectF(left, textRect.top(), titleWidth, textRect.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(d.headerTitle, Qt::ElideRight, titleWidth));
    painter.setPen(QPen(TextStyles::rule, mm(device, 0.2)));
    painter.drawLine(QPointF(band.left(), lineY), QPointF(band.right(), lineY));

    if (d.confidential) {
        painter.setFont(strong);
        painter.setPen(TextStyles::warning);
        painter.drawText(QRectF(band.left(), lineY + mm(device, 1), band.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         //: sv: Innehåller uppgifter som omfattas av sekretess
                         tr("Contains information subject to confidentiality"));
    }
    painter.restore();
}

void DocumentRenderer::paintFooter(QPainter &painter, const BuiltDocument &built,
                                   const QRectF &band, int page, int pages)
{
    const PageDecoration &d = built.decoration;
    const QPaintDevice &device = *painter.device();
    const QFont font = DocumentFonts::font(8);
    const QFontMetricsF metrics(font, painter.device());
    const double lineY = band.bottom() - mm(device, 6.5);
    const QRectF textRect(band.left(), lineY + mm(device, 1), band.width(), metrics.height());

    painter.save();
    painter.setPen(QPen(TextStyles::rule, mm(device, 0.2)));
    painter.drawLine(QPointF(band.left(), lineY), QPointF(band.right(), lineY));
    painter.setFont(font);
    painter.setPen(TextStyles::muted);
    //: sv: Sida %1 av %2
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pages);
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
    QStringList left;
    if (!d.signedLine.isEmpty())
        left.append(d.signedLine);
    if (!d.fingerprintLine.isEmpty())
        left.append(d.fingerprintLine);
    if (d.draft && left.isEmpty())
        left.append(tr("DRAFT"));
    const double leftWidth =
        std::max(0.0, band.width() - metrics.horizontalAdvance(pageText) - mm(device, 6));
    painter.drawText(
        QRectF(textRect.left(), textRect.top(), leftWidth, textRect.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(left.join(QStringLiteral("   ·   ")), Qt::ElideRight, leftWidth));
    painter.restore();
}

double DocumentRenderer::headerHeight(const QPaintDevice &device, bool confidential)
{
    return mm(device, confidential ? 15 : 12);
}

double DocumentRenderer::footerHeight(const QPaintDevice &device)
{
    return mm(device, 12);
}

QSizeF DocumentRenderer::bodySize(const QPaintDevice &device, bool confidential)
{
    return {double(device.width()),
            device.height() - headerHeight(device, confidential) - footerHeight(device)};
}

int DocumentRenderer::render(BuiltDocument &built, QPagedPaintDevice &device)
{
    SectionLayout::layOut(built, device, bodySize(device, built.decoration.confidential));
    return paint(built, device);
}

int DocumentRenderer::paint(const BuiltDocument &built, QPagedPaintDevice &device)
{
    const QRectF page(0, 0, device.width(), device.height());
    const double headerHeight =
        DocumentRenderer::headerHeight(device, built.decoration.confidential);
    const double footerHeight = DocumentRenderer::footerHeight(device);
    const QRectF body(QPointF(page.left(), page.top() + headerHeight),
                      bodySize(device, built.decoration.confidential));
    const Pagination pagination = paginate(built, body.height());

    // The outlines of the watermark once, for all pages.
    const QPainterPath draftMark = built.decoration.draft ? watermark(device) : QPainterPath();
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // The logo's pictures (the only ones) keep their sharp edges: PNG-like compression
    // in the PDF instead of JPEG.
    painter.setRenderHint(QPainter::LosslessImageRendering, true);
    for (std::size_t s = 0; s < built.sections.size(); ++s) {
        const QTextDocument *section = built.sections[s].get();
        QAbstractTextDocumentLayout *layout = section->documentLayout();
        const int sectionPages = section->pageCount();
        for (int i = 0; i < sectionPages; ++i) {
            const int pageNumber = pagination.firstPage[qsizetype(s)] + i + 1;
            if (pageNumber > 1)
                device.newPage();
            if (built.decoration.draft)
                paintWatermark(painter, draftMark, page);
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            const QRectF pageClip(0, i * body.height(), body.width(), body.height());
            // Lines that only graze this page (the first line of the next one sits a hair
            // above the break) are left to their own page: clipped away they would still
            // be in the PDF's text.
            const double graze = mm(device, 0.5);
            context.clip = pageClip.adjusted(0, graze, 0, -graze);
            context.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(pageClip);
            layout->draw(&painter, context);
            paintContentsNumbers(painter, built, section, pagination.contentsNumbers, pageClip);
            painter.restore();
            // The first page shows the logo large (DocumentBuilder), the others here.
            paintHeader(painter, built, QRectF(page.left(), page.top(), page.width(), headerHeight),
                        pageNumber > 1);
            paintFooter(
                painter, built,
                QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
                pageNumber, pagination.pages);
        }
    }
    painter.end();
    // The device may not outlive this call (a PDF writer); the layouts must not keep it.
    for (const auto &section : built.sections)
        section->documentLayout()->setPaintDevice(nullptr);
    return pagination.pages;
}

} // namespace samverka::documents
