#include "KeyboardTableView.h"

namespace samverka::ui {

KeyboardTableView::KeyboardTableView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(true);
}

QModelIndex KeyboardTableView::moveCursor(CursorAction cursorAction,
                                          Qt::KeyboardModifiers modifiers)
{
    // Without a current cell (focus just arrived) the base finds the first one.
    if ((cursorAction != MoveNext && cursorAction != MovePrevious) || !currentIndex().isValid())
        return QTableView::moveCursor(cursorAction, modifiers);
    return neighbour(cursorAction == MoveNext ? 1 : -1);
}

QModelIndex KeyboardTableView::neighbour(int step) const
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid())
        return {};
    const int rows = model()->rowCount(rootIndex());
    const int columns = model()->columnCount(rootIndex());
    for (int cell = current.row() * columns + current.column() + step;
         cell >= 0 && cell < rows * columns; cell += step) {
        const int row = cell / columns;
        const int column = cell % columns;
        if (isRowHidden(row) || isColumnHidden(column))
            continue;
        const QModelIndex index = model()->index(row, column, rootIndex());
        if (index.flags() & Qt::ItemIsEnabled)
            return index;
    }
    return {};
}

void KeyboardTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Tab in the editor of the last cell (Shift+Tab in the first): the base would stay
    // on that cell; the user means to go on to what follows the table.
    const bool forward = hint == QAbstractItemDelegate::EditNextItem;
    if ((forward || hint == QAbstractItemDelegate::EditPreviousItem) &&
        !neighbour(forward ? 1 : -1).isValid()) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        focusNextPrevChild(forward);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

} // namespace samverka::ui
