#include "SidebarView.h"

#include "SidebarDelegate.h"
#include "models/SidebarModel.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace samverka::ui {

SidebarView::SidebarView(QWidget *parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(false); // long labels wrap (SidebarDelegate)
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Contents of the municipality file"));
    // Agreement titles differ at the end ("… 2020–2023", "… 2024–2027"): a long
    // label wraps instead of being cut.
    setItemDelegate(new SidebarDelegate(this));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_expanded.insert(index.data(SidebarModel::KeyRole).toString());
    });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(index.data(SidebarModel::KeyRole).toString());
    });
}

void SidebarView::resizeEvent(QResizeEvent *event)
{
    const bool widthChanged = event->oldSize().width() != event->size().width();
    QTreeView::resizeEvent(event);
    if (widthChanged)
        scheduleDelayedItemsLayout(); // wrapped labels take another number of lines
}

void SidebarView::setSidebarModel(SidebarModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &SidebarView::restoreState);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                const auto target = current.data(SidebarModel::TargetRole).value<NavTarget>();
                if (target.page != NavTarget::Page::None)
                    emit targetChosen(target);
            });
    restoreState();
}

void SidebarView::showTarget(const NavTarget &target)
{
    m_shown = target;
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexForTarget(target);
    m_syncing = true;
    if (index.isValid()) {
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            expand(p);
        setCurrentIndex(index);
        scrollTo(index);
    } else {
        clearSelection();
        selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_syncing = false;
}

void SidebarView::restoreState()
{
    m_syncing = true;
    expandNew({});
    m_syncing = false;
    showTarget(m_shown);
}

void SidebarView::expandNew(const QModelIndex &parent)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const QString key = index.data(SidebarModel::KeyRole).toString();
        bool open = m_expanded.contains(key);
        if (!m_known.contains(key)) {
            m_known.insert(key);
            open = index.data(SidebarModel::ExpandByDefaultRole).toBool();
        }
        if (open) {
            expand(index); // records the key through the expanded signal
            m_expanded.insert(key);
        }
        expandNew(index);
    }
}

} // namespace samverka::ui
