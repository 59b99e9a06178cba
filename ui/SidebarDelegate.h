#pragma once

// Draws the sidebar's labels in full: a label wider than the sidebar wraps onto more
// lines instead of being cut, so long agreement titles stay readable and two
// agreements that differ only in their period ("… 2020–2023", "… 2024–2027") and
// status stay apart.

#include <QHash>
#include <QStyledItemDelegate>

namespace samverka::ui {

class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    /// The width the tree gives index's label: the viewport less the indentation.
    static int labelWidth(const QWidget *view, const QModelIndex &index);

    /// Sizes already measured, by label, font and width: the tree asks for every row's
    /// size in each layout (a start lays the sidebar out two or three times), and each
    /// answer shapes the label's text anew.
    mutable QHash<QString, QSize> m_sizes;
};

} // namespace samverka::ui
