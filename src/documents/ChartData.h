#pragma once

// The input of the chart painter: categories along the x axis and one or more
// named series of values, where a missing value leaves a gap.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace samverka::documents {

struct ChartSeries {
    QString name;
    QList<std::optional<double>> values; ///< one per category; nullopt = missing

    bool operator==(const ChartSeries &) const = default;
};

struct ChartData {
    enum class Kind { Line, Bar };

    QString title;
    QStringList categories; ///< x labels
    QList<ChartSeries> series;
    Kind kind = Kind::Line;
    QString yAxisTitle;

    /// True when there is no value to draw.
    bool isEmpty() const
    {
        for (const ChartSeries &s : series)
            for (const auto &v : s.values)
                if (v)
                    return false;
        return true;
    }
    bool operator==(const ChartData &) const = default;
};

} // namespace samverka::documents

Q_DECLARE_METATYPE(samverka::documents::ChartData)
