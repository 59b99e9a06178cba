#pragma once

// A table view the keyboard can work through: Tab and Shift+Tab walk the cells, row by
// row, whether a cell is being edited or not, and leave the table only after its last
// (or before its first) cell, never wrapping round and never jumping to the buttons
// below from the middle of a row.

#include <QTableView>

namespace samverka::ui {

class KeyboardTableView : public QTableView
{
    Q_OBJECT

public:
    explicit KeyboardTableView(QWidget *parent = nullptr);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    /// The next (step 1) or previous (step -1) shown cell after the current one, in
    /// reading order; invalid at either end.
    QModelIndex neighbour(int step) const;
};

} // namespace samverka::ui
