#include "LineField.h"

namespace samverka::ui {

LineField::LineField(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (text() == m_loaded)
            return;
        m_loaded = text();
        emit committed(m_loaded);
    });
}

void LineField::setValue(const QString &value)
{
    m_loaded = value;
    if (text() != value)
        setText(value);
}

} // namespace samverka::ui
