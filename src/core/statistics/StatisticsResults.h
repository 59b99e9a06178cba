#pragma once

// The numbers StatisticsCalculator hands to tables, charts and documents: plain values,
// already summed with "därav" parts and suppressed counts left out of the sums.

#include <QList>
#include <QString>

#include <optional>

namespace samverka::core {

/// One line of a table: a category, a crime type or the total.
struct StatisticsLine {
    QString key;         ///< the crime type's full label, or the category name; empty for the total
    QString label;       ///< for display: a type's own last level ("mot kvinna"), else the key
    QString category;    ///< the line's category (for a category line: itself)
    QString parentType;  ///< a "därav" part's parent (full label), else empty
    int depth = 1;       ///< 1 top level, 2 a part of it, ...
    bool isPart = false; ///< a "därav" part: shown, but never summed
    bool discontinued = false;
    bool preliminary = false;
    bool suppressed = false; ///< the count is missing (".."), or a sum leaves out a missing count
    std::optional<int> count;
    std::optional<double> sharePercent; ///< of the table's total
    std::optional<double> ratePer100k;  ///< needs the population of the year
    std::optional<int> previousCount;   ///< the same period a year earlier
    std::optional<int> change;
    std::optional<double> changePercent;
};

/// Reported crimes of one municipality in one year (or month/quarter of it).
struct StatisticsTable {
    QString municipalityCode;
    QString municipalityName;
    int year = 0;
    QString period;
    std::optional<qint64> population;
    QList<StatisticsLine> categories; ///< the handbook's order; only categories with rows
    QList<StatisticsLine> types;      ///< by category, parents before their parts
    StatisticsLine total;             ///< equals the sum of the category lines
    std::optional<int> reportedTotal; ///< "Samtliga brott" as the source states it, if given
    int suppressedCount = 0;          ///< rows with a missing count
    bool preliminary = false;

    bool isEmpty() const { return types.isEmpty(); }
};

struct SeriesPoint {
    int year = 0;
    QString period;
    std::optional<int> count;
    std::optional<double> ratePer100k;
    bool preliminary = false;
    bool suppressed = false; ///< a missing count is left out of this value
};

/// A time series: one category, crime type, selection or municipality over the years.
struct StatisticsSeries {
    QString key;
    QString label;
    QString municipalityCode;
    QString municipalityName;
    QList<SeriesPoint> points; ///< by year

    /// The last point with a count.
    std::optional<SeriesPoint> latest() const
    {
        for (auto it = points.crbegin(); it != points.crend(); ++it) {
            if (it->count)
                return *it;
        }
        return std::nullopt;
    }
};

struct SurveyPoint {
    int year = 0;
    double value = 0;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    bool wideInterval = false; ///< interval wider than 10 percentage points, or not given
};

/// A survey indicator (e.g. NTU "worried about crime") for one area over the years.
struct SurveySeries {
    QString areaCode;
    QString indicator;
    QString source;
    QList<SurveyPoint> points; ///< by year
    bool hasWideInterval = false;
    QString warning; ///< translated; empty when every interval is narrow
};

} // namespace samverka::core
