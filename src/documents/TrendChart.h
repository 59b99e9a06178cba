#pragma once

// The line chart of reported crimes per year by category that the agreement's
// problem picture and the lägesbild's kartläggning both print: the categories largest
// in the last year, one line each (the rest would only crowd it).

#include "ChartData.h"

#include "statistics/StatisticsResults.h"

#include <QCoreApplication>

namespace samverka::documents {

class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    static constexpr int maxSeries = 5;

    /// The whole-year counts of series for years, the largest categories first.
    static ChartData of(QList<core::StatisticsSeries> series, const QList<int> &years);
};

} // namespace samverka::documents
