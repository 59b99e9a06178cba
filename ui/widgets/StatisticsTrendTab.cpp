#include "StatisticsTrendTab.h"

#include "ChartWidget.h"
#include "StatisticsFormat.h"
#include "models/StatisticsSeriesModel.h"

#include "statistics/StatisticsCalculator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int kDefaultChosen = 5;

} // namespace

StatisticsTrendTab::StatisticsTrendTab(QWidget *parent)
    : QWidget(parent)
    , m_grouping(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_choices(new QListWidget(this))
    , m_chart(new ChartWidget(this))
    , m_table(new QTableView(this))
    , m_model(new StatisticsSeriesModel(this))
{
    m_grouping->addItem(tr("Crime categories"), int(Grouping::Categories));
    m_grouping->addItem(tr("Crime types"), int(Grouping::CrimeTypes));
    m_grouping->setAccessibleName(tr("Show the development of"));
    m_measure->addItem(tr("Count"), false);
    m_measure->addItem(tr("Per 100 000 inhabitants"), true);
    m_measure->setAccessibleName(tr("Measure"));

    m_choices->setAccessibleName(tr("Series shown in the chart"));
    m_choices->setToolTip(tr("Tick what the chart shows (Space ticks the current row)"));

    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    connect(exportButton, &QPushButton::clicked, m_chart, &ChartWidget::exportWithDialog);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Development over the years"));
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *controls = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_grouping);
    auto *measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    controls->addWidget(showLabel);
    controls->addWidget(m_grouping);
    controls->addSpacing(12);
    controls->addWidget(measureLabel);
    controls->addWidget(m_measure);
    controls->addStretch(1);
    controls->addWidget(exportButton);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chart);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_choices);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({230, 800});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { fillChoices(); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMeasure(m_measure->currentData().toBool()
                                ? StatisticsSeriesModel::Measure::RatePer100k
                                : StatisticsSeriesModel::Measure::Count);
        refresh();
    });
    connect(m_choices, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_chosenByGrouping[m_grouping->currentData().toInt()] = chosen();
        refresh();
    });
}

void StatisticsTrendTab::setData(const core::StatisticsCalculator *calculator, const QString &code)
{
    if (code != m_code)
        m_chosenByGrouping.clear(); // another municipality has other large categories
    m_calculator = calculator;
    m_code = code;
    fillChoices();
}

void StatisticsTrendTab::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void StatisticsTrendTab::setPerCapita(bool perCapita)
{
    m_measure->setCurrentIndex(m_measure->findData(perCapita));
}

void StatisticsTrendTab::setChosen(const QStringList &keys)
{
    m_filling = true;
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem *item = m_choices->item(i);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    m_filling = false;
    m_chosenByGrouping[m_grouping->currentData().toInt()] = chosen();
    refresh();
}

QStringList StatisticsTrendTab::chosen() const
{
    QStringList keys;
    for (int i = 0; i < m_choices->count(); ++i)
        if (m_choices->item(i)->checkState() == Qt::Checked)
            keys << m_choices->item(i)->data(KeyRole).toString();
    return keys;
}

void StatisticsTrendTab::fillChoices()
{
    m_filling = true;
    m_choices->clear();
    QList<core::StatisticsSeries> all;
    const int grouping = m_grouping->currentData().toInt();
    if (m_calculator)
        all = grouping == int(Grouping::Categories) ? m_calculator->trendByCategory(m_code)
                                                    : m_calculator->trendByType(m_code);
    // By default the largest ones in the latest year: a chart of twenty lines says nothing.
    QStringList wanted = m_chosenByGrouping.value(grouping);
    if (!m_chosenByGrouping.contains(grouping)) {
        QList<core::StatisticsSeries> bySize = all;
        std::stable_sort(bySize.begin(), bySize.end(), [](const auto &a, const auto &b) {
            return a.latest().value_or(core::SeriesPoint{}).count.value_or(0) >
                   b.latest().value_or(core::SeriesPoint{}).count.value_or(0);
        });
        for (int i = 0; i < bySize.size() && i < kDefaultChosen; ++i)
            wanted << bySize.at(i).key;
    }
    for (const core::StatisticsSeries &s : std::as_const(all)) {
        auto *item = new QListWidgetItem(s.label.isEmpty() ? s.key : s.label, m_choices);
        item->setData(KeyRole, s.key);
        item->setToolTip(s.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted.contains(s.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    // Wide enough for the longest name ("Stöld, rån och andra tillgreppsbrott"), within reason.
    const int listWidth = m_choices->sizeHintForColumn(0) + 2 * m_choices->frameWidth() +
                          m_choices->verticalScrollBar()->sizeHint().width() + 8;
    m_choices->setMinimumWidth(std::clamp(listWidth, 160, 380));
    m_model->setSeriesTitle(grouping == int(Grouping::Categories) ? tr("Crime category")
                                                                  : tr("Crime type"));
    refresh();
}

void StatisticsTrendTab::refresh()
{
    QList<core::StatisticsSeries> series;
    const QStringList keys = chosen();
    if (m_calculator && !keys.isEmpty()) {
        if (m_grouping->currentData().toInt() == int(Grouping::Categories)) {
            for (const core::StatisticsSeries &s : m_calculator->trendByCategory(m_code))
                if (keys.contains(s.key))
                    series << s;
        } else {
            series = m_calculator->trendByType(m_code, keys);
        }
    }
    m_model->setSeries(series);
    const QString place = StatisticsFormat::municipalityName(m_code);
    // sv: Anmälda brott i %1 efter brottskategori
    const QString title = m_grouping->currentData().toInt() == int(Grouping::Categories)
                              ? tr("Reported crimes in %1 by crime category").arg(place)
                              : tr("Reported crimes in %1 by crime type").arg(place);
    m_chart->setChartData(m_model->chartData(title, documents::ChartData::Kind::Line));
}

} // namespace samverka::ui
