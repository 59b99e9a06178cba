#pragma once

// A delegate whose open text editor is left alone when the model is read again with the
// value it already shows: a reload after a change (the row just added, a colleague's
// edit of another cell) then keeps the selection and the cursor where the user has them,
// so the placeholder of a new row stays selected and what is typed replaces it. A value
// that differs still replaces the editor's text, as QStyledItemDelegate does.

#include <QStyledItemDelegate>

namespace samverka::ui {

class SteadyEditorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace samverka::ui
