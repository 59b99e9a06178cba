#include "CheckField.h"

namespace samverka::ui {

CheckField::CheckField(const QString &text, QWidget *parent)
    : QCheckBox(text, parent)
{
    connect(this, &QCheckBox::clicked, this, &CheckField::committed);
}

void CheckField::setValue(bool checked)
{
    const QSignalBlocker blocker(this);
    setChecked(checked);
}

} // namespace samverka::ui
