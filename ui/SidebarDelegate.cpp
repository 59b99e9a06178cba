#include "SidebarDelegate.h"

#include "AppStyle.h"

#include <QTreeView>

namespace samverka::ui {

int SidebarDelegate::labelWidth(const QWidget *view, const QModelIndex &index)
{
    const auto *tree = qobject_cast<const QTreeView *>(view);
    if (!tree)
        return -1;
    int depth = tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    return tree->viewport()->width() - depth * tree->indentation();
}

void SidebarDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The style wraps to the option's width; the view asks without one.
    QStyleOptionViewItem sized = option;
    const QWidget *view = option.widget ? option.widget : qobject_cast<QWidget *>(parent());
    const int width = labelWidth(view, index);
    if (width > 0) // a rectangle without height is invalid, and the style would not wrap
        sized.rect = QRect(0, 0, width, qMax(1, option.rect.height()));
    initStyleOption(&sized, index);
    const QString key = sized.text + QChar(0x1f) + sized.font.key() + QChar(0x1f) +
                        QString::number(sized.rect.width()) + QChar(0x1f) +
                        QString::number(int(sized.features));
    if (const auto known = m_sizes.constFind(key); known != m_sizes.cend())
        return *known;
    // (The room that Å, Ä and Ö need above the text comes from AppStyle.)
    QSize hint = QStyledItemDelegate::sizeHint(sized, index);
    // A little air under a wrapped label, so that two long titles do not run together.
    if (hint.height() > 3 * option.fontMetrics.height() / 2 + AppStyle::rowAir(option.fontMetrics))
        hint.rheight() += option.fontMetrics.height() / 3;
    if (m_sizes.size() > 4096) // a sidebar has some dozens of labels; widths change
        m_sizes.clear();
    m_sizes.insert(key, hint);
    return hint;
}

} // namespace samverka::ui
