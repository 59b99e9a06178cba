#pragma once

// The tab "Trygghetsundersökning": survey indicators (e.g. NTU "worried about crime")
// over the years with their confidence intervals, and a visible warning where an
// interval is wide or missing, because a small sample says little.

#include "SurveyIndicator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace samverka::ui {

class ChartWidget;
class StatisticsSurveyModel;

class StatisticsSurveyTab : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsSurveyTab(QWidget *parent = nullptr);

    /// preferredArea: the series of this area are listed first.
    void setIndicators(const QList<core::SurveyIndicator> &values, const QString &preferredArea);
    void setCurrentSeries(int index);

    StatisticsSurveyModel *model() const { return m_model; }
    ChartWidget *chart() const { return m_chart; }
    /// The warning shown above the chart; hidden when every interval is narrow.
    QLabel *warning() const { return m_warning; }

private:
    void refresh();

    QComboBox *m_series;
    QLabel *m_warning;
    QLabel *m_empty;
    ChartWidget *m_chart;
    QTableView *m_table;
    StatisticsSurveyModel *m_model;
};

} // namespace samverka::ui
