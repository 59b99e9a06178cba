#pragma once

// A small line/bar chart drawn with QPainter into any rectangle: a widget on screen,
// a QImage, or a PDF page (as vectors). Swedish number formatting (space as thousands
// separator, decimal comma); sizes in points so it scales with the device.

#include "ChartData.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace samverka::documents {

class ChartPainter
{
public:
    explicit ChartPainter(ChartData data);

    void paint(QPainter &painter, const QRectF &rect) const;

    /// The chart as an image of that size in pixels (white background).
    static QImage toImage(const ChartData &data, const QSize &size, qreal devicePixelRatio = 1.0);
    /// The chart alone on one A4 landscape PDF page. Throws DocumentError.
    static void toPdf(const ChartData &data, const QString &path);
    /// The colour of the n-th series (a palette that stays distinguishable in grey print).
    static QColor seriesColor(int index);
    /// Swedish formatting of a value: "12 345", "3,5".
    static QString formatNumber(double value, int decimals);

private:
    struct Scale {
        double min = 0;
        double max = 1;
        double step = 1;
        int decimals = 0;
    };
    Scale niceScale() const;

    ChartData m_data;
};

} // namespace samverka::documents
