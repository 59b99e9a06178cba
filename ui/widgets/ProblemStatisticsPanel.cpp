#include "ProblemStatisticsPanel.h"

#include "ChartWidget.h"
#include "StatisticsFormat.h"
#include "models/StatisticsSeriesModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int kChartMinimumHeight = 150;
constexpr int kTableRows = 6;

QString quoted(const QStringList &entries)
{
    QStringList parts;
    for (const QString &entry : entries)
        parts << ProblemStatisticsPanel::tr("“%1”").arg(entry);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProblemStatisticsPanel::ProblemStatisticsPanel(QWidget *parent)
    : QGroupBox(tr("Statistics"), parent) // sv: Statistik
    , m_stack(new QStackedWidget(this))
    , m_seriesView(new QWidget(this))
    , m_hintView(new QWidget(this))
    , m_caption(new QLabel(m_seriesView))
    , m_chart(new ChartWidget(m_seriesView))
    , m_table(new QTableWidget(m_seriesView))
    , m_hint(new QLabel(m_hintView))
    , m_openStatistics(new QPushButton(tr("Open statistics"), m_hintView)) // sv: Öppna statistik
{
    setAccessibleName(tr("Statistics of the problem"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setMinimumHeight(kChartMinimumHeight);
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Reported crime, not actual crime: the handbook's caveat, where the numbers are.
    m_chart->setToolTip(tr("The statistics show reported crimes, not all crimes committed."));

    m_table->setAccessibleName(tr("Reported crimes per year"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->setCornerButtonEnabled(false); // nothing to select
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *seriesLayout = new QVBoxLayout(m_seriesView);
    seriesLayout->setContentsMargins(0, 0, 0, 0);
    seriesLayout->addWidget(m_caption);
    seriesLayout->addWidget(m_chart, 1);
    seriesLayout->addWidget(m_table);

    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_openStatistics->setToolTip(tr("Import statistics or look at them on the statistics page"));
    connect(m_openStatistics, &QPushButton::clicked, this,
            &ProblemStatisticsPanel::openStatisticsRequested);
    auto *hintLayout = new QVBoxLayout(m_hintView);
    hintLayout->setContentsMargins(0, 0, 0, 0);
    hintLayout->addWidget(m_hint);
    hintLayout->addWidget(m_openStatistics, 0, Qt::AlignLeft);
    hintLayout->addStretch(1);

    m_stack->addWidget(m_seriesView);
    m_stack->addWidget(m_hintView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    showMissing(Missing::NoProblem);
}

void ProblemStatisticsPanel::showSeries(const core::StatisticsSeries &series)
{
    m_missing.reset();
    const QString place =
        StatisticsFormat::municipalityName(series.municipalityCode, series.municipalityName);
    // sv: Anmälda brott i %1: %2
    m_caption->setText(tr("Reported crimes in %1: %2").arg(place, series.label));

    StatisticsSeriesModel model;
    model.setSeries({series});
    documents::ChartData chart = model.chartData(QString(), documents::ChartData::Kind::Line);
    // One line, named by the caption above: no title and no legend take its height.
    for (documents::ChartSeries &line : chart.series)
        line.name.clear();
    m_chart->setChartData(chart);

    const QList<int> &years = model.years();
    const bool withRates = std::any_of(series.points.cbegin(), series.points.cend(),
                                       [](const core::SeriesPoint &p) { return p.ratePer100k; });
    // A year per row and a measure per column: narrow enough for the column beside the
    // form, where a year per column would scroll sideways.
    m_table->clear();
    m_table->setRowCount(int(years.size()));
    m_table->setColumnCount(withRates ? 2 : 1);
    m_table->setVerticalHeaderLabels(chart.categories);
    QStringList columns{tr("Count")}; // sv: Antal
    if (withRates)
        columns << tr("Per 100 000 inh."); // sv: Per 100 000 inv.
    m_table->setHorizontalHeaderLabels(columns);
    for (int row = 0; row < years.size(); ++row) {
        const core::SeriesPoint *point = nullptr;
        for (const core::SeriesPoint &p : series.points) {
            if (p.year == years.at(row))
                point = &p;
        }
        if (!point)
            continue;
        QList<QString> texts{StatisticsFormat::count(point->count)};
        if (withRates)
            texts << StatisticsFormat::decimal(point->ratePer100k);
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (texts.at(column) == StatisticsFormat::missingMark())
                item->setToolTip(StatisticsFormat::missingTooltip());
            else if (point->suppressed)
                item->setToolTip(tr("A missing count of a crime type is left out of this sum"));
            m_table->setItem(row, column, item);
        }
    }
    fitTableHeight();
    m_stack->setCurrentWidget(m_seriesView);
}

void ProblemStatisticsPanel::showMissing(Missing missing, const QStringList &entries)
{
    m_missing = missing;
    m_chart->setChartData({});
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    QString text;
    switch (missing) {
    case Missing::NoProblem:
        text = tr("Select a problem to see its reported crimes.");
        break;
    case Missing::NoCrimeCategories:
        // sv: Problemet är inte kopplat till statistiken. Lägg till de brottstyper eller
        // brottskategorier det gäller under Brottskategorier (t.ex. …), så visas de anmälda
        // brotten här år för år.
        text = tr("This problem is not linked to the statistics. Add the crime types or "
                  "categories it concerns under “Crime categories” (for example “Skadegörelse” "
                  "or “Misshandel inkl. grov”) to see their reported crimes here year by year.");
        break;
    case Missing::NoStatistics:
        // sv: Filen har ingen brottsstatistik för kommunen ännu. Importera den på sidan
        // Statistik för att se de anmälda brotten för %1 här.
        text = tr("The file has no crime statistics for the municipality yet. Import them on "
                  "the statistics page to see the reported crimes for %1 here.")
                   .arg(quoted(entries));
        break;
    case Missing::NoMatchingStatistics:
        // sv: Statistiken har inga anmälda brott för %1. Skriv brottstyperna eller
        // kategorierna som statistiken namnger dem (se Statistik › Brottskategorier…).
        text = tr("The statistics have no reported crimes for %1. Write the crime types or "
                  "categories as the statistics name them (see Statistics › Crime "
                  "categories…).")
                   .arg(quoted(entries));
        break;
    }
    m_hint->setText(text);
    m_openStatistics->setVisible(missing == Missing::NoStatistics ||
                                 missing == Missing::NoMatchingStatistics);
    m_stack->setCurrentWidget(m_hintView);
}

bool ProblemStatisticsPanel::isShowingSeries() const
{
    return m_stack->currentWidget() == m_seriesView;
}

QString ProblemStatisticsPanel::hintText() const
{
    return isShowingSeries() ? QString() : m_hint->text();
}

QString ProblemStatisticsPanel::captionText() const
{
    return m_caption->text();
}

QString ProblemStatisticsPanel::valueText(int measure, int year) const
{
    if (!isShowingSeries() || measure < 0 || measure >= m_table->columnCount())
        return {};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *header = m_table->verticalHeaderItem(row);
        if (header && header->text().startsWith(QString::number(year))) {
            const QTableWidgetItem *item = m_table->item(row, measure);
            return item ? item->text() : QString();
        }
    }
    return {};
}

void ProblemStatisticsPanel::fitTableHeight()
{
    // As tall as its rows for the usual handful of years; a long series scrolls, with
    // the latest years in view, rather than squeezing the chart.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount() && row < kTableRows; ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    if (m_table->rowCount() > kTableRows)
        m_table->scrollToBottom();
}

} // namespace samverka::ui
