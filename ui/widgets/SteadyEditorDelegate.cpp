#include "SteadyEditorDelegate.h"

#include <QLineEdit>

namespace samverka::ui {

void SteadyEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const auto *line = qobject_cast<QLineEdit *>(editor);
    if (line && line->text() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace samverka::ui
