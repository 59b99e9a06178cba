#include "RecordTableDelegate.h"

#include "models/RecordTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>

namespace samverka::ui {

namespace {
TableColumn::Type typeOf(const QModelIndex &index)
{
    return static_cast<TableColumn::Type>(index.data(RecordTableModel::TypeRole).toInt());
}
} // namespace

QWidget *RecordTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    switch (typeOf(index)) {
    case TableColumn::Type::Choice: {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : index.data(RecordTableModel::ChoicesRole).toList()) {
            const QStringList pair = choice.toStringList();
            combo->addItem(pair.value(1), pair.value(0));
        }
        return combo;
    }
    case TableColumn::Type::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case TableColumn::Type::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1'000'000'000);
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RecordTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (typeOf(index)) {
    case TableColumn::Type::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return;
    }
    case TableColumn::Type::Date: {
        const QDate date = value.toDate();
        static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
        return;
    }
    case TableColumn::Type::Integer:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        return;
    default:
        SteadyEditorDelegate::setEditorData(editor, index);
    }
}

void RecordTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    switch (typeOf(index)) {
    case TableColumn::Type::Choice:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString());
        return;
    case TableColumn::Type::Date:
        model->setData(index, static_cast<QDateEdit *>(editor)->date());
        return;
    case TableColumn::Type::Integer:
        model->setData(index, static_cast<QSpinBox *>(editor)->value());
        return;
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace samverka::ui
