#include "SituationMappingView.h"

#include "widgets/StatisticsFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {

QStringList cells(const core::MappingLine &line, const QString &label)
{
    return {label,
            StatisticsFormat::count(line.count),
            StatisticsFormat::percent(line.sharePercent),
            StatisticsFormat::decimal(line.ratePer100k),
            StatisticsFormat::signedPercent(line.changePercent),
            StatisticsFormat::signedPercent(line.periodChangePercent)};
}

} // namespace

SituationMappingView::SituationMappingView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel)
    , m_table(new QTreeWidget)
    , m_comparison(new QTreeWidget)
{
    m_caption->setWordWrap(true);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Reported crime by category"));
    m_table->header()->setStretchLastSection(false);
    m_comparison->setRootIsDecorated(false);
    m_comparison->setUniformRowHeights(true);
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setAccessibleName(tr("Reported crime compared with other municipalities"));
    m_comparison->header()->setStretchLastSection(false);
    m_comparison->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    layout->addWidget(m_comparison);
}

void SituationMappingView::fitHeight(QTreeWidget *tree)
{
    for (int column = 1; column < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
        for (int row = 0; row < tree->topLevelItemCount(); ++row)
            tree->topLevelItem(row)->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const int rows = tree->topLevelItemCount();
    tree->setFixedHeight(tree->header()->sizeHint().height() +
                         rows * qMax(1, tree->sizeHintForRow(0)) + 2 * tree->frameWidth() + 2);
    tree->show();
}

void SituationMappingView::showComparison(const core::SituationMappingResult &mapping)
{
    m_comparison->clear();
    if (mapping.comparison.size() < 2) { // the own municipality alone compares with nothing
        m_comparison->hide();
        return;
    }
    m_comparison->setHeaderLabels({tr("Municipality"), tr("Per 100,000 in %1").arg(mapping.toYear),
                                   tr("Since %1").arg(mapping.fromYear)});
    for (const core::MappingComparison &c : mapping.comparison) {
        auto *item = new QTreeWidgetItem(m_comparison,
                                         {StatisticsFormat::municipalityName(c.code, c.name),
                                          StatisticsFormat::decimal(c.ratePer100k),
                                          StatisticsFormat::signedPercent(c.periodChangePercent)});
        if (c.own) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    fitHeight(m_comparison);
}

void SituationMappingView::showNoYears()
{
    m_caption->setText(tr("Give the years of the data above to see the mapping's numbers."));
    m_table->hide();
    m_comparison->hide();
}

void SituationMappingView::show(const core::SituationMappingResult &mapping, int fromYear,
                                int toYear, const QString &note)
{
    if (!mapping.hasData()) {
        m_caption->setText(tr("The file has no reported crime of the municipality for %1–%2. "
                              "Import it on the Statistics page.")
                               .arg(fromYear)
                               .arg(toYear));
        m_table->hide();
        m_comparison->hide();
        return;
    }
    m_caption->setText(
        tr("Reported crime %1 by category, with the change since %2 (from the file's "
           "statistics).")
            .arg(mapping.toYear)
            .arg(mapping.fromYear) +
        (note.isEmpty() ? QString() : QLatin1Char(' ') + note));
    m_table->setHeaderLabels({tr("Category"), tr("Count"), tr("Share"), tr("Per 100,000"),
                              tr("Since %1").arg(mapping.toYear - 1),
                              tr("Since %1").arg(mapping.fromYear)});
    m_table->clear();
    for (const core::MappingLine &line : mapping.categories)
        new QTreeWidgetItem(m_table, cells(line, line.label));
    auto *total = new QTreeWidgetItem(m_table, cells(mapping.total, tr("All reported crime")));
    QFont bold = total->font(0);
    bold.setBold(true);
    for (int column = 0; column < m_table->columnCount(); ++column)
        total->setFont(column, bold);
    fitHeight(m_table);
    showComparison(mapping);
}

} // namespace samverka::ui
