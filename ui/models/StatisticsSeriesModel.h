#pragma once

// Time series of reported crime as a table, one row per series (a category, a crime
// type or a municipality) and one column per year, showing either the count or the
// rate per 100 000. The same model makes the chart's data, so the table under a chart
// always shows exactly what the chart draws.

#include "ChartData.h"
#include "statistics/StatisticsResults.h"

#include <QAbstractTableModel>

namespace samverka::ui {

class StatisticsSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Measure { Count, RatePer100k };
    enum Role { ValueRole = Qt::UserRole + 1 }; ///< the raw number; invalid when missing

    explicit StatisticsSeriesModel(QObject *parent = nullptr);

    void setSeries(const QList<core::StatisticsSeries> &series);
    const QList<core::StatisticsSeries> &series() const { return m_series; }
    void setMeasure(Measure measure);
    /// The first column's heading ("Brottskategori", "Kommun").
    void setSeriesTitle(const QString &title);
    Measure measure() const { return m_measure; }
    /// The years the columns show, ascending: every year any series has a point for.
    const QList<int> &years() const { return m_years; }

    /// The shown value of one series in one year, or nullopt.
    std::optional<double> valueAt(int row, int year) const;
    /// The chart of what the table shows.
    documents::ChartData chartData(const QString &title, documents::ChartData::Kind kind) const;
    /// "Antal anmälda brott" or "Anmälda brott per 100 000 invånare".
    QString measureTitle() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const core::SeriesPoint *pointAt(int row, int year) const;
    QString rowLabel(const core::StatisticsSeries &series) const;

    QList<core::StatisticsSeries> m_series;
    QList<int> m_years;
    QList<bool> m_preliminaryYears;
    Measure m_measure = Measure::Count;
    QString m_seriesTitle;
};

} // namespace samverka::ui
