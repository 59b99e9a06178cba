#pragma once

// Survey indicators (NTU-style percentages) as a table: one row per area, indicator
// and year with the value, its confidence interval, and a visible warning where the
// interval is wide or missing (core::StatisticsCalculator::surveySeries flags them).

#include "ChartData.h"
#include "statistics/StatisticsResults.h"

#include <QAbstractTableModel>

namespace samverka::ui {

class StatisticsSurveyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Area, Indicator, Year, Value, Interval, Note, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1,
        WideIntervalRole,
        SeriesIndexRole, ///< which of series() the row belongs to
    };

    explicit StatisticsSurveyModel(QObject *parent = nullptr);

    void setSeries(const QList<core::SurveySeries> &series);
    const QList<core::SurveySeries> &series() const { return m_series; }
    /// The chart of one series: the value with the interval's limits as thin series.
    documents::ChartData chartData(int seriesIndex) const;
    /// "Osäkert: litet urval".
    static QString uncertainText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int series = 0;
        int point = 0;
    };

    QList<core::SurveySeries> m_series;
    QList<Row> m_rows;
};

} // namespace samverka::ui
