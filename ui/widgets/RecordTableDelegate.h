#pragma once

// Edits the cells of a RecordTableModel with the right input: a combo box of Swedish
// labels for choices, a date editor with calendar for dates, a spin box for numbers;
// texts as SteadyEditorDelegate edits them.

#include "SteadyEditorDelegate.h"

namespace samverka::ui {

class RecordTableDelegate : public SteadyEditorDelegate
{
    Q_OBJECT

public:
    using SteadyEditorDelegate::SteadyEditorDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace samverka::ui
