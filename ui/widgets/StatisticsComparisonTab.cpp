#include "StatisticsComparisonTab.h"

#include "ChartWidget.h"
#include "StatisticsFormat.h"
#include "models/StatisticsSeriesModel.h"

#include "statistics/StatisticsCalculator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

} // namespace

StatisticsComparisonTab::StatisticsComparisonTab(QWidget *parent)
    : QWidget(parent)
    , m_codes(new QListWidget(this))
    , m_crime(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_chart(new ChartWidget(this))
    , m_table(new QTableView(this))
    , m_model(new StatisticsSeriesModel(this))
{
    m_model->setMeasure(StatisticsSeriesModel::Measure::RatePer100k);
    m_model->setSeriesTitle(tr("Municipality"));
    m_codes->setAccessibleName(tr("Municipalities to compare"));
    m_codes->setToolTip(tr("The municipalities whose statistics are in the file"));
    m_crime->setAccessibleName(tr("Crimes to compare"));
    m_crime->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(tr("Bar chart"), false);
    m_kind->addItem(tr("Line chart"), true);
    m_kind->setAccessibleName(tr("Chart type"));

    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    connect(exportButton, &QPushButton::clicked, m_chart, &ChartWidget::exportWithDialog);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Reported crimes per 100 000 inhabitants by municipality"));
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *crimeLabel = new QLabel(tr("&Crimes:"), this);
    crimeLabel->setBuddy(m_crime);
    auto *kindLabel = new QLabel(tr("C&hart:"), this);
    kindLabel->setBuddy(m_kind);
    auto *controls = new QHBoxLayout;
    controls->addWidget(crimeLabel);
    controls->addWidget(m_crime);
    controls->addSpacing(12);
    controls->addWidget(kindLabel);
    controls->addWidget(m_kind);
    controls->addStretch(1);
    controls->addWidget(exportButton);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chart);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_codes);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 800});
    split->setChildrenCollapsible(false);

    // sv: Jämförelsen använder anmälda brott per 100 000 invånare, så att kommuner av olika
    // storlek kan jämföras.
    auto *note = new QLabel(tr("The comparison uses reported crimes per 100 000 inhabitants, so "
                               "that municipalities of different size can be compared."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(note);

    connect(m_crime, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_codes, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const QString code = item->data(CodeRole).toString();
        m_unticked.removeAll(code);
        if (item->checkState() != Qt::Checked)
            m_unticked << code;
        refresh();
    });
}

void StatisticsComparisonTab::setData(const core::StatisticsCalculator *calculator,
                                      const QString &ownCode)
{
    m_calculator = calculator;
    m_ownCode = ownCode;
    m_filling = true;
    QStringList codes = calculator ? calculator->municipalityCodes() : QStringList();
    if (codes.removeAll(ownCode) > 0)
        codes.prepend(ownCode);
    m_codes->clear();
    for (const QString &code : std::as_const(codes)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(StatisticsFormat::municipalityName(code), code), m_codes);
        item->setData(CodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_unticked.contains(code) ? Qt::Unchecked : Qt::Checked);
    }

    const QString current = m_crime->currentData().toString();
    m_crime->clear();
    m_crime->addItem(tr("All reported crime"), QString()); // sv: Samtliga anmälda brott
    if (calculator)
        for (const core::StatisticsSeries &s : calculator->trendByCategory(ownCode))
            m_crime->addItem(s.label, s.key);
    m_crime->setCurrentIndex(std::max(0, m_crime->findData(current)));
    m_filling = false;
    refresh();
}

void StatisticsComparisonTab::setChosenCodes(const QStringList &codes)
{
    m_filling = true;
    m_unticked.clear();
    for (int i = 0; i < m_codes->count(); ++i) {
        QListWidgetItem *item = m_codes->item(i);
        const QString code = item->data(CodeRole).toString();
        const bool chosen = codes.contains(code);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        if (!chosen)
            m_unticked << code;
    }
    m_filling = false;
    refresh();
}

QStringList StatisticsComparisonTab::chosenCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_codes->count(); ++i)
        if (m_codes->item(i)->checkState() == Qt::Checked)
            codes << m_codes->item(i)->data(CodeRole).toString();
    return codes;
}

void StatisticsComparisonTab::setCrimeKey(const QString &key)
{
    m_crime->setCurrentIndex(std::max(0, m_crime->findData(key)));
}

void StatisticsComparisonTab::setLineChart(bool line)
{
    m_kind->setCurrentIndex(m_kind->findData(line));
}

void StatisticsComparisonTab::refresh()
{
    if (m_filling)
        return;
    const QString key = m_crime->currentData().toString();
    QList<core::StatisticsSeries> series;
    if (m_calculator)
        series = m_calculator->comparison(chosenCodes(), key);
    m_model->setSeries(series);
    const QString what = key.isEmpty() ? tr("All reported crime") : m_crime->currentText();
    // sv: %1 per 100 000 invånare
    const QString title = tr("%1 per 100 000 inhabitants").arg(what);
    m_chart->setChartData(m_model->chartData(title, m_kind->currentData().toBool()
                                                        ? documents::ChartData::Kind::Line
                                                        : documents::ChartData::Kind::Bar));
}

} // namespace samverka::ui
