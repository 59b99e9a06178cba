#include "TextField.h"

#include <QFontDatabase>

namespace samverka::ui {

TextField::TextField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * 4);
    // Long texts scroll inside; the form keeps its other inputs in view.
    setMaximumHeight(fontMetrics().lineSpacing() * 12);
}

void TextField::setValue(const QString &value)
{
    m_loaded = value;
    if (toPlainText() != value)
        setPlainText(value);
}

void TextField::commitNow()
{
    const QString text = toPlainText();
    if (text == m_loaded)
        return;
    m_loaded = text;
    emit committed(text);
}

void TextField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    commitNow();
}

} // namespace samverka::ui
