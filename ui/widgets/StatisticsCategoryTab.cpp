#include "StatisticsCategoryTab.h"

#include "StatisticsFormat.h"
#include "models/StatisticsTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace samverka::ui {

StatisticsCategoryTab::StatisticsCategoryTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new StatisticsTableModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Reported crimes by category and crime type"));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->header()->setSectionResizeMode(StatisticsTableModel::Name, QHeaderView::Stretch);

    // sv: Statistiken visar anmälda brott, inte faktisk brottslighet.
    auto *note = new QLabel(tr("The statistics show reported crimes, not actual crime."), this);
    note->setWordWrap(true);
    QFont italic = note->font();
    italic.setItalic(true);
    note->setFont(italic);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
}

void StatisticsCategoryTab::setTable(const core::StatisticsTable &table)
{
    QStringList expanded;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_view->isExpanded(index))
            expanded << index.data(StatisticsTableModel::KeyRole).toString();
    }
    m_model->setTable(table);
    for (const QString &key : std::as_const(expanded))
        m_view->expand(m_model->categoryIndex(key));

    QStringList parts;
    parts << tr("%1, %2")
                 .arg(StatisticsFormat::municipalityName(table.municipalityCode,
                                                         table.municipalityName))
                 .arg(table.year);
    if (table.preliminary)
        parts << tr("preliminary figures");
    parts << (table.population
                  ? tr("population %1").arg(StatisticsFormat::count(table.population))
                  : tr("no population for %1, so no rates per 100 000").arg(table.year));
    if (table.suppressedCount > 0)
        // sv: %n uppgift(er) saknas eller är skyddade (..)
        parts << tr("%n value(s) missing or suppressed (..)", nullptr, table.suppressedCount);
    if (table.reportedTotal && table.total.count && *table.reportedTotal != *table.total.count)
        parts << tr("the source states %1 crimes in all")
                     .arg(StatisticsFormat::count(table.reportedTotal));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    fitColumns();
}

void StatisticsCategoryTab::fitColumns()
{
    // Numbers never clip: each number column is as wide as its widest cell or header.
    QHeaderView *header = m_view->header();
    for (int c = StatisticsTableModel::Count; c < StatisticsTableModel::ColumnCount; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_view->resizeColumnToContents(c);
        header->resizeSection(c, header->sectionSize(c) + 12);
    }
}

} // namespace samverka::ui
