#include "StatisticsSurveyTab.h"

#include "ChartWidget.h"
#include "StatisticsFormat.h"
#include "models/StatisticsSurveyModel.h"

#include "statistics/StatisticsCalculator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

StatisticsSurveyTab::StatisticsSurveyTab(QWidget *parent)
    : QWidget(parent)
    , m_series(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_chart(new ChartWidget(this))
    , m_table(new QTableView(this))
    , m_model(new StatisticsSurveyModel(this))
{
    m_series->setAccessibleName(tr("Survey indicator"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #6b3500; "
                                            "border: 1px solid #e0b070; padding: 6px; }"));
    m_warning->hide();
    // sv: Filen har inga resultat från trygghetsundersökningar. De importeras med
    // utbytesformatet (surveyIndicators).
    m_empty->setText(tr("The file has no survey results. They are imported with the exchange "
                        "format (surveyIndicators)."));
    m_empty->setWordWrap(true);

    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    connect(exportButton, &QPushButton::clicked, m_chart, &ChartWidget::exportWithDialog);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Survey results"));
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatisticsSurveyModel::Indicator,
                                                      QHeaderView::Stretch);

    auto *label = new QLabel(tr("&Indicator:"), this);
    label->setBuddy(m_series);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_series);
    controls->addStretch(1);
    controls->addWidget(exportButton);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_warning);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_series, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

void StatisticsSurveyTab::setIndicators(const QList<core::SurveyIndicator> &values,
                                        const QString &preferredArea)
{
    QList<core::SurveySeries> series = core::StatisticsCalculator::surveySeries(values);
    std::stable_sort(series.begin(), series.end(), [&](const auto &a, const auto &b) {
        return (a.areaCode == preferredArea) > (b.areaCode == preferredArea);
    });
    const QString current = m_series->currentText();
    m_model->setSeries(series);
    {
        const QSignalBlocker blocker(m_series);
        m_series->clear();
        for (const core::SurveySeries &s : std::as_const(series))
            m_series->addItem(
                tr("%1 – %2").arg(s.indicator, StatisticsFormat::municipalityName(s.areaCode)));
        m_series->setCurrentIndex(std::max(0, m_series->findText(current)));
    }
    m_empty->setVisible(series.isEmpty());
    m_series->setEnabled(!series.isEmpty());
    refresh();
}

void StatisticsSurveyTab::setCurrentSeries(int index)
{
    m_series->setCurrentIndex(index);
}

void StatisticsSurveyTab::refresh()
{
    const int index = m_series->currentIndex();
    m_chart->setChartData(m_model->chartData(index));
    // The table shows the chosen indicator, the one the chart draws.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_table->setRowHidden(
            row,
            m_model->index(row, 0).data(StatisticsSurveyModel::SeriesIndexRole).toInt() != index);
    const auto &all = m_model->series();
    if (index < 0 || index >= all.size() || !all.at(index).hasWideInterval) {
        m_warning->hide();
        return;
    }
    QStringList years;
    for (const core::SurveyPoint &p : all.at(index).points)
        if (p.wideInterval)
            years << QString::number(p.year);
    // sv: konfidensintervallet är bredare än %1 procentenheter eller saknas (%2), så värdet
    // säger lite.
    const QString why = tr("the confidence interval is wider than %1 percentage points or not "
                           "given (%2), so the value says little.")
                            .arg(core::StatisticsCalculator::kWideIntervalPoints)
                            .arg(years.join(QStringLiteral(", ")));
    m_warning->setText(
        QStringLiteral("<b>%1</b> – %2")
            .arg(StatisticsSurveyModel::uncertainText().toHtmlEscaped(), why.toHtmlEscaped()));
    m_warning->setToolTip(all.at(index).warning);
    m_warning->show();
}

} // namespace samverka::ui
