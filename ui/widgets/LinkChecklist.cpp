#include "LinkChecklist.h"

#include <QDropEvent>
#include <QKeyEvent>

namespace samverka::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

LinkChecklist::LinkChecklist(QWidget *parent)
    : QListWidget(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Long labels are cut with an ellipsis; the tooltip has the whole text.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *) {
        if (!m_loading)
            emitIfChanged();
    });
}

void LinkChecklist::setItems(const QList<LinkItem> &items)
{
    m_items = items;
    rebuild();
}

void LinkChecklist::setCheckedIds(const QStringList &ids)
{
    m_checked = ids;
    rebuild();
}

QStringList LinkChecklist::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *it = item(row);
        if (it->checkState() == Qt::Checked)
            ids.append(it->data(IdRole).toString());
    }
    return ids;
}

void LinkChecklist::toggle(const QString &id, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (it->data(IdRole).toString() == id)
            it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void LinkChecklist::setFitRows(int rows)
{
    m_fitRows = rows;
    rebuild();
}

void LinkChecklist::setOrdered(bool ordered)
{
    m_ordered = ordered;
    setDragDropMode(ordered ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    setDefaultDropAction(Qt::MoveAction);
    rebuild();
}

void LinkChecklist::rebuild()
{
    m_loading = true;
    const QString currentId = currentItem() ? currentItem()->data(IdRole).toString() : QString();
    clear();
    QList<LinkItem> ordered;
    if (m_ordered) {
        // Checked items first, in their stored order.
        for (const QString &id : std::as_const(m_checked)) {
            for (const LinkItem &link : std::as_const(m_items))
                if (link.id == id)
                    ordered.append(link);
        }
        for (const LinkItem &link : std::as_const(m_items))
            if (!m_checked.contains(link.id))
                ordered.append(link);
    } else {
        ordered = m_items;
    }
    // Links to records that no longer exist stay visible so they can be unchecked.
    for (const QString &id : std::as_const(m_checked)) {
        const bool known = std::any_of(m_items.cbegin(), m_items.cend(),
                                       [&id](const LinkItem &link) { return link.id == id; });
        if (!known)
            ordered.append({id, tr("(missing record %1)").arg(id.left(8)), {}});
    }
    bool first = true;
    for (const LinkItem &link : std::as_const(ordered)) {
        auto *it = new QListWidgetItem(link.label, this);
        it->setData(IdRole, link.id);
        it->setToolTip(link.toolTip.isEmpty() ? link.label : link.toolTip);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (m_ordered)
            flags |= Qt::ItemIsDragEnabled;
        it->setFlags(flags);
        const bool checked = m_checked.contains(link.id);
        it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (m_ordered && checked && first && !m_firstMarker.isEmpty())
            it->setText(link.label + QLatin1Char(' ') + m_firstMarker);
        if (checked)
            first = false;
        if (link.id == currentId)
            setCurrentItem(it);
    }
    const int row = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    const int rows = qBound(2, static_cast<int>(count()), qMax(2, m_fitRows));
    setFixedHeight(rows * row + 2 * frameWidth() + 2);
    m_loading = false;
}

void LinkChecklist::emitIfChanged()
{
    const QStringList ids = checkedIds();
    if (ids == m_checked)
        return;
    m_checked = ids;
    if (m_ordered)
        rebuild();
    emit committed(ids);
}

void LinkChecklist::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= count())
        return;
    m_loading = true;
    QListWidgetItem *it = takeItem(row);
    insertItem(target, it);
    setCurrentRow(target);
    m_loading = false;
    emitIfChanged();
}

void LinkChecklist::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers();
    if (m_ordered && mods == (Qt::ControlModifier | Qt::ShiftModifier) &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void LinkChecklist::dropEvent(QDropEvent *event)
{
    m_loading = true;
    QListWidget::dropEvent(event);
    m_loading = false;
    emitIfChanged();
}

} // namespace samverka::ui
