#include "ChartPainter.h"

#include "DocumentError.h"
#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace samverka::documents {

namespace {

const QColor kAxis(0x5a, 0x64, 0x70);
const QColor kGrid(0xdd, 0xe2, 0xe8);
const QColor kText(0x2b, 0x2f, 0x36);

double niceStep(double rough)
{
    if (rough <= 0)
        return 1;
    const double exponent = std::floor(std::log10(rough));
    const double fraction = rough / std::pow(10.0, exponent);
    double nice = 10;
    if (fraction <= 1)
        nice = 1;
    else if (fraction <= 2)
        nice = 2;
    else if (fraction <= 2.5)
        nice = 2.5;
    else if (fraction <= 5)
        nice = 5;
    return nice * std::pow(10.0, exponent);
}

} // namespace

ChartPainter::ChartPainter(ChartData data)
    : m_data(std::move(data))
{}

QColor ChartPainter::seriesColor(int index)
{
    // Dark to light with distinct hues, so series stay apart on a grey printer too.
    static const QColor palette[] = {QColor(0x1f, 0x3a, 0x5f), QColor(0xd9, 0x7b, 0x29),
                                     QColor(0x3b, 0x8e, 0x6b), QColor(0x9b, 0x3d, 0x7a),
                                     QColor(0x6f, 0xa8, 0xdc), QColor(0xb8, 0x32, 0x2e),
                                     QColor(0x8c, 0x8c, 0x3a), QColor(0x55, 0x55, 0x55)};
    const int n = int(std::size(palette));
    return palette[((index % n) + n) % n];
}

QString ChartPainter::formatNumber(double value, int decimals)
{
    static const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-0"
    return swedish.toString(value, 'f', decimals);
}

ChartPainter::Scale ChartPainter::niceScale() const
{
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (const ChartSeries &s : m_data.series) {
        for (const auto &v : s.values) {
            if (!v)
                continue;
            lo = any ? std::min(lo, *v) : *v;
            hi = any ? std::max(hi, *v) : *v;
            any = true;
        }
    }
    Scale scale;
    if (!any)
        return scale;
    // Counts and rates start at zero; a chart that does not would exaggerate change.
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo <= 0)
        hi = lo + 1;
    scale.step = niceStep((hi - lo) / 5.0);
    scale.min = std::floor(lo / scale.step) * scale.step;
    scale.max = std::ceil(hi / scale.step) * scale.step;
    scale.decimals = scale.step >= 1 ? 0 : int(std::ceil(-std::log10(scale.step)));
    return scale;
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(rect, Qt::IntersectClip);
    const double pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;

    const QFont titleFont = DocumentFonts::font(9.5, QFont::Bold);
    const QFont labelFont = DocumentFonts::font(7.5);
    const QFontMetricsF labelMetrics(labelFont, painter.device());
    const QFontMetricsF titleMetrics(titleFont, painter.device());

    QRectF area = rect.adjusted(2 * pt, 2 * pt, -2 * pt, -2 * pt);
    if (!m_data.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(kText);
        const QRectF titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         titleMetrics.elidedText(m_data.title, Qt::ElideRight, area.width()));
        area.setTop(titleRect.bottom() + 4 * pt);
    }

    if (m_data.isEmpty() || m_data.categories.isEmpty()) {
        painter.setFont(labelFont);
        painter.setPen(kAxis);
        painter.drawText(area, Qt::AlignCenter,
                         QCoreApplication::translate("samverka::documents", "No data"));
        painter.restore();
        return;
    }

    painter.setFont(labelFont);
    const double lineHeight = labelMetrics.height();

    // Legend at the bottom: swatch and name, wrapping onto more rows when needed.
    struct LegendItem {
        QString name;
        QColor color;
        QRectF rect;
    };
    QList<LegendItem> legend;
    double legendHeight = 0;
    if (!m_data.series.isEmpty() &&
        (m_data.series.size() > 1 || !m_data.series[0].name.isEmpty())) {
        double x = area.left();
        int rows = 1;
        for (int i = 0; i < m_data.series.size(); ++i) {
            const QString name = m_data.series[i].name;
            const double w = 12 * pt + labelMetrics.horizontalAdvance(name) + 10 * pt;
            if (x + w > area.right() && x > area.left()) {
                x = area.left();
                ++rows;
            }
            legend.append({name, seriesColor(i), QRectF(x, rows, w, lineHeight)});
            x += w;
        }
        legendHeight = rows * lineHeight + 4 * pt;
        for (LegendItem &item : legend) {
            const int row = int(item.rect.top());
            item.rect.moveTop(area.bottom() - legendHeight + 4 * pt + (row - 1) * lineHeight);
        }
    }

    const Scale scale = niceScale();
    QStringList tickLabels;
    double tickWidth = 0;
    for (double v = scale.min; v <= scale.max + scale.step / 2; v += scale.step) {
        tickLabels.append(formatNumber(v, scale.decimals));
        tickWidth = std::max(tickWidth, labelMetrics.horizontalAdvance(tickLabels.last()));
    }

    double top = area.top();
    if (!m_data.yAxisTitle.isEmpty()) {
        painter.setPen(kAxis);
        painter.drawText(QRectF(area.left(), top, area.width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_data.yAxisTitle);
        top += lineHeight + 2 * pt;
    }
    top += lineHeight / 2; // room for the top tick label
    const QRectF plot(area.left() + tickWidth + 6 * pt, top,
                      area.width() - tickWidth - 6 * pt - 4 * pt,
                      area.bottom() - legendHeight - lineHeight - 4 * pt - top);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    auto yFor = [&](double v) {
        return plot.bottom() - (v - scale.min) / (scale.max - scale.min) * plot.height();
    };

    // Grid and y labels.
    for (int i = 0; i < tickLabels.size(); ++i) {
        const double v = scale.min + i * scale.step;
        const double y = yFor(v);
        painter.setPen(QPen(std::abs(v) < 1e-12 ? kAxis : kGrid, 0.6 * pt));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kAxis);
        painter.drawText(QRectF(area.left(), y - lineHeight / 2, tickWidth, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabels[i]);
    }

    // X labels: every category when they fit, else every n-th.
    const int n = int(m_data.categories.size());
    const double slot = plot.width() / n;
    double widest = 0;
    for (const QString &c : m_data.categories)
        widest = std::max(widest, labelMetrics.horizontalAdvance(c));
    const int every = std::max(1, int(std::ceil((widest + 6 * pt) / slot)));
    painter.setPen(kAxis);
    for (int i = 0; i < n; i += every) {
        const double cx = plot.left() + slot * (i + 0.5);
        painter.drawText(
            QRectF(cx - slot * every / 2, plot.bottom() + 2 * pt, slot * every, lineHeight),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, m_data.categories[i]);
    }

    const int seriesCount = int(m_data.series.size());
    if (m_data.kind == ChartData::Kind::Bar) {
        const double groupWidth = slot * 0.75;
        const double barWidth = groupWidth / std::max(1, seriesCount);
        const double zeroY = yFor(std::clamp(0.0, scale.min, scale.max));
        for (int s = 0; s < seriesCount; ++s) {
            const auto &values = m_data.series[s].values;
            painter.setPen(Qt::NoPen);
            painter.setBrush(seriesColor(s));
            for (int i = 0; i < n && i < values.size(); ++i) {
                if (!values[i])
                    continue;
                const double x = plot.left() + slot * i + (slot - groupWidth) / 2 + s * barWidth;
                const double y = yFor(*values[i]);
                painter.drawRect(QRectF(QPointF(x + 0.3 * pt, std::min(y, zeroY)),
                                        QPointF(x + barWidth - 0.3 * pt, std::max(y, zeroY))));
            }
        }
    } else {
        for (int s = 0; s < seriesCount; ++s) {
            const auto &values = m_data.series[s].values;
            const QColor color = seriesColor(s);
            QPainterPath path;
            bool penDown = false;
            for (int i = 0; i < n && i < values.size(); ++i) {
                if (!values[i]) {
                    penDown = false; // a missing value is a gap, not a zero
                    continue;
                }
                const QPointF p(plot.left() + slot * (i + 0.5), yFor(*values[i]));
                if (penDown)
                    path.lineTo(p);
                else
                    path.moveTo(p);
                penDown = true;
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(color, 1.6 * pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(path);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            for (int i = 0; i < n && i < values.size(); ++i) {
                if (values[i])
                    painter.drawEllipse(QPointF(plot.left() + slot * (i + 0.5), yFor(*values[i])),
                                        2.0 * pt, 2.0 * pt);
            }
        }
    }

    for (const LegendItem &item : legend) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(item.color);
        const double h = item.rect.height();
        painter.drawRect(QRectF(item.rect.left(), item.rect.top() + h * 0.3, 8 * pt, h * 0.4));
        painter.setPen(kText);
        painter.drawText(
            QRectF(item.rect.left() + 11 * pt, item.rect.top(), item.rect.width() - 11 * pt, h),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, item.name);
    }
    painter.restore();
}

QImage ChartPainter::toImage(const ChartData &data, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartPainter(data).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void ChartPainter::toPdf(const ChartData &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DocumentError(
            QCoreApplication::translate("samverka::documents", "Could not write %1: %2")
                .arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Samverka"));
        QPainter painter(&writer);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        ChartPainter(data).paint(painter, QRectF(QPointF(0, 0), QSizeF(page.size())));
    }
    if (!file.commit())
        throw DocumentError(
            QCoreApplication::translate("samverka::documents", "Could not write %1: %2")
                .arg(path, file.errorString()));
}

} // namespace samverka::documents
