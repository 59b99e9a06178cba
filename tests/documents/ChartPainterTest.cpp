// The chart painter: Swedish number format, gaps for missing values, bars, and the
// image and PDF exports.

#include "PdfTools.h"

#include "ChartPainter.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace samverka::documents::test {

namespace {

int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == color)
                ++n;
    return n;
}

ChartData line(QList<std::optional<double>> values)
{
    ChartData data;
    data.title = QStringLiteral("Anmälda brott");
    data.categories = {QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                       QStringLiteral("2024"), QStringLiteral("2025")};
    data.series = {{QStringLiteral("Misshandel"), std::move(values)}};
    data.yAxisTitle = QStringLiteral("Antal");
    return data;
}

} // namespace

TEST(ChartPainter, FormatsNumbersTheSwedishWay)
{
    EXPECT_EQ(ChartPainter::formatNumber(12345, 0), QStringLiteral("12\u00a0345"));
    EXPECT_EQ(ChartPainter::formatNumber(3.5, 1), QStringLiteral("3,5"));
    EXPECT_EQ(ChartPainter::formatNumber(-0.01, 0), QStringLiteral("0"));
}

TEST(ChartPainter, MissingValueLeavesAGap)
{
    const QColor color = ChartPainter::seriesColor(0);
    const QImage full = ChartPainter::toImage(line({40, 60, 50, 55, 45}), QSize(600, 300));
    const QImage gap = ChartPainter::toImage(line({40, 60, std::nullopt, 55, 45}), QSize(600, 300));
    const int fullPixels = pixelsOf(full, color);
    const int gapPixels = pixelsOf(gap, color);
    EXPECT_GT(gapPixels, 0);
    // Two segments fewer (2022–2023 and 2023–2024) and one marker: clearly less ink.
    EXPECT_LT(gapPixels, fullPixels * 0.8);
}

TEST(ChartPainter, DrawsBarsPerSeries)
{
    ChartData data = line({10, 20, 30, 40, 50});
    data.kind = ChartData::Kind::Bar;
    data.series.append({QStringLiteral("Skadegörelse"), {5, std::nullopt, 15, 20, 25}});
    const QImage image = ChartPainter::toImage(data, QSize(600, 300));
    EXPECT_GT(pixelsOf(image, ChartPainter::seriesColor(0)), 500);
    EXPECT_GT(pixelsOf(image, ChartPainter::seriesColor(1)), 300);
}

TEST(ChartPainter, EmptyChartSaysSo)
{
    const QImage image = ChartPainter::toImage(
        line({std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}),
        QSize(400, 200));
    EXPECT_EQ(pixelsOf(image, ChartPainter::seriesColor(0)), 0);
    EXPECT_LT(pixelsOf(image, Qt::white), 400 * 200); // title and message are drawn
}

TEST(ChartPainter, ExportsAOnePagePdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    ChartPainter::toPdf(line({1200, 15000, 9000, 11000, 13000}), path);
    const QString info = PdfTools::info(path);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << qPrintable(info);
    const QString text = PdfTools::text(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Anmälda brott")));
    EXPECT_TRUE(text.contains(QStringLiteral("Misshandel")));
    EXPECT_TRUE(text.contains(QStringLiteral("15 000"))) << qPrintable(text); // tick label
}

} // namespace samverka::documents::test
