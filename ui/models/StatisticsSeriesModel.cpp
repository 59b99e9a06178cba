#include "StatisticsSeriesModel.h"

#include "widgets/StatisticsFormat.h"

#include <QPalette>

#include <algorithm>

namespace samverka::ui {

StatisticsSeriesModel::StatisticsSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StatisticsSeriesModel::setSeries(const QList<core::StatisticsSeries> &series)
{
    beginResetModel();
    m_series = series;
    m_years.clear();
    for (const core::StatisticsSeries &s : m_series)
        for (const core::SeriesPoint &p : s.points)
            if (!m_years.contains(p.year))
                m_years.append(p.year);
    std::sort(m_years.begin(), m_years.end());
    m_preliminaryYears.fill(false, m_years.size());
    for (const core::StatisticsSeries &s : m_series)
        for (const core::SeriesPoint &p : s.points)
            if (p.preliminary)
                m_preliminaryYears[m_years.indexOf(p.year)] = true;
    endResetModel();
}

void StatisticsSeriesModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    beginResetModel();
    m_measure = measure;
    endResetModel();
}

void StatisticsSeriesModel::setSeriesTitle(const QString &title)
{
    m_seriesTitle = title;
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

const core::SeriesPoint *StatisticsSeriesModel::pointAt(int row, int year) const
{
    if (row < 0 || row >= m_series.size())
        return nullptr;
    for (const core::SeriesPoint &p : m_series.at(row).points)
        if (p.year == year && p.period.isEmpty())
            return &p;
    return nullptr;
}

std::optional<double> StatisticsSeriesModel::valueAt(int row, int year) const
{
    const core::SeriesPoint *p = pointAt(row, year);
    if (!p)
        return std::nullopt;
    if (m_measure == Measure::Count)
        return p->count ? std::optional<double>(*p->count) : std::nullopt;
    return p->ratePer100k;
}

QString StatisticsSeriesModel::rowLabel(const core::StatisticsSeries &series) const
{
    return series.label.isEmpty() ? series.key : series.label;
}

QString StatisticsSeriesModel::measureTitle() const
{
    return m_measure == Measure::Count ? tr("Number of reported crimes") // sv: Antal anmälda brott
                                       : tr("Reported crimes per 100 000 inhabitants");
}

documents::ChartData StatisticsSeriesModel::chartData(const QString &title,
                                                      documents::ChartData::Kind kind) const
{
    documents::ChartData chart;
    chart.title = title;
    chart.kind = kind;
    chart.yAxisTitle = measureTitle();
    for (int i = 0; i < m_years.size(); ++i)
        chart.categories << (m_preliminaryYears.at(i) ? tr("%1 prel.").arg(m_years.at(i))
                                                      : QString::number(m_years.at(i)));
    for (int row = 0; row < m_series.size(); ++row) {
        documents::ChartSeries s;
        s.name = rowLabel(m_series.at(row));
        for (const int year : m_years)
            s.values << valueAt(row, year);
        chart.series << s;
    }
    return chart;
}

int StatisticsSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int StatisticsSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 1;
}

QVariant StatisticsSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::StatisticsSeries &series = m_series.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return rowLabel(series);
        if (role == Qt::ToolTipRole)
            return series.key;
        return {};
    }
    const int year = m_years.at(index.column() - 1);
    const std::optional<double> v = valueAt(index.row(), year);
    const core::SeriesPoint *p = pointAt(index.row(), year);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (m_measure == Measure::Count)
            return StatisticsFormat::count(v ? std::optional<qint64>(qint64(*v)) : std::nullopt);
        return StatisticsFormat::decimal(v);
    case Qt::ToolTipRole:
        if (!v && p && m_measure == Measure::RatePer100k && p->count)
            return tr("No population for %1").arg(year);
        if (!v)
            return StatisticsFormat::missingTooltip();
        if (p && p->suppressed)
            return tr("The sum leaves out values that are missing or suppressed");
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return v ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case ValueRole:
        return v ? QVariant(*v) : QVariant();
    }
    return {};
}

QVariant StatisticsSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_years.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return m_seriesTitle.isEmpty() ? tr("Series") : m_seriesTitle;
    const int i = section - 1;
    return m_preliminaryYears.at(i) ? tr("%1 prel.").arg(m_years.at(i))
                                    : QString::number(m_years.at(i));
}

} // namespace samverka::ui
