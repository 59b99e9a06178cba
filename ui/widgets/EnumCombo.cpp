#include "EnumCombo.h"

namespace samverka::ui {

EnumCombo::EnumCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit committed(itemData(index).toString()); });
}

void EnumCombo::setChoices(const QList<QPair<QString, QString>> &choices, bool optional)
{
    const QSignalBlocker blocker(this);
    const QString current = value();
    clear();
    if (optional)
        addItem(tr("—"), QString());
    for (const auto &[value, label] : choices)
        addItem(label, value);
    setValue(current);
}

void EnumCombo::setValue(const QString &value)
{
    const QSignalBlocker blocker(this);
    int index = findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A value not among the choices (e.g. a removed party): show it rather than hide it.
        addItem(value, value);
        index = count() - 1;
    }
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace samverka::ui
