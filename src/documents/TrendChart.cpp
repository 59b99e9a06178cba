#include "TrendChart.h"

#include <algorithm>

namespace samverka::documents {

ChartData TrendChart::of(QList<core::StatisticsSeries> series, const QList<int> &years)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Line;
    chart.title = tr("Reported crimes per year");
    chart.yAxisTitle = tr("Number of reported crimes");
    for (int year : years)
        chart.categories.append(QString::number(year));
    auto latestCount = [](const core::StatisticsSeries &s) {
        const auto latest = s.latest();
        return latest && latest->count ? *latest->count : 0;
    };
    std::stable_sort(series.begin(), series.end(),
                     [&](const auto &a, const auto &b) { return latestCount(a) > latestCount(b); });
    for (int i = 0; i < series.size() && i < maxSeries; ++i) {
        ChartSeries line{series[i].label.isEmpty() ? series[i].key : series[i].label, {}};
        for (int year : years) {
            std::optional<double> value;
            for (const core::SeriesPoint &p : series[i].points)
                if (p.year == year && p.period.isEmpty() && p.count)
                    value = *p.count;
            line.values.append(value);
        }
        chart.series.append(line);
    }
    return chart;
}

} // namespace samverka::documents
