#include "StatisticsSurveyModel.h"

#include "widgets/StatisticsFormat.h"

#include <QColor>

namespace samverka::ui {

StatisticsSurveyModel::StatisticsSurveyModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString StatisticsSurveyModel::uncertainText()
{
    return tr("Uncertain: small sample"); // sv: Osäkert: litet urval
}

void StatisticsSurveyModel::setSeries(const QList<core::SurveySeries> &series)
{
    beginResetModel();
    m_series = series;
    m_rows.clear();
    for (int s = 0; s < m_series.size(); ++s)
        for (int p = 0; p < m_series.at(s).points.size(); ++p)
            m_rows.append({s, p});
    endResetModel();
}

documents::ChartData StatisticsSurveyModel::chartData(int seriesIndex) const
{
    documents::ChartData chart;
    chart.kind = documents::ChartData::Kind::Line;
    chart.yAxisTitle = tr("Share of respondents (%)"); // sv: Andel av de svarande (%)
    if (seriesIndex < 0 || seriesIndex >= m_series.size())
        return chart;
    const core::SurveySeries &s = m_series.at(seriesIndex);
    chart.title = tr("%1, %2").arg(s.indicator, StatisticsFormat::municipalityName(s.areaCode));
    documents::ChartSeries value{tr("Value"), {}};
    documents::ChartSeries low{tr("Lower limit of the confidence interval"), {}};
    documents::ChartSeries high{tr("Upper limit of the confidence interval"), {}};
    for (const core::SurveyPoint &p : s.points) {
        chart.categories << (p.wideInterval ? tr("%1 (uncertain)").arg(p.year)
                                            : QString::number(p.year));
        value.values << p.value;
        low.values << p.ciLow;
        high.values << p.ciHigh;
    }
    chart.series << value << low << high;
    return chart;
}

int StatisticsSurveyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsSurveyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsSurveyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const core::SurveySeries &s = m_series.at(row.series);
    const core::SurveyPoint &p = s.points.at(row.point);
    if (role == WideIntervalRole)
        return p.wideInterval;
    if (role == SeriesIndexRole)
        return row.series;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Area:
            return StatisticsFormat::municipalityName(s.areaCode);
        case Indicator:
            return s.indicator;
        case Year:
            return QString::number(p.year);
        case Value:
            return StatisticsFormat::percent(p.value);
        case Interval:
            if (!p.ciLow || !p.ciHigh)
                return tr("not given");
            return tr("%1–%2").arg(StatisticsFormat::decimal(p.ciLow),
                                   StatisticsFormat::percent(p.ciHigh));
        case Note:
            return p.wideInterval ? uncertainText() : QString();
        }
    }
    if (role == ValueRole) {
        switch (index.column()) {
        case Year:
            return p.year;
        case Value:
            return p.value;
        case Interval:
            return p.ciLow && p.ciHigh ? QVariant(*p.ciHigh - *p.ciLow) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Note && p.wideInterval)
            return s.warning;
        if (index.column() == Indicator && !s.source.isEmpty())
            return tr("Source: %1").arg(s.source);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Note && p.wideInterval)
        return QColor(0x9a, 0x4a, 0x00); // dark orange: readable on white and in high contrast
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Year && index.column() <= Interval
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant StatisticsSurveyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Area:
        return tr("Area"); // sv: Område
    case Indicator:
        return tr("Indicator"); // sv: Indikator
    case Year:
        return tr("Year"); // sv: År
    case Value:
        return tr("Share"); // sv: Andel
    case Interval:
        return tr("Confidence interval"); // sv: Konfidensintervall
    case Note:
        return tr("Note"); // sv: Anmärkning
    }
    return {};
}

} // namespace samverka::ui
