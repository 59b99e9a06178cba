#include "TextField.h"

#include "TypingPause.h"

namespace samverka::ui {

TextField::TextField(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_pause(new TypingPause(this, [this] { commitNow(); }))
{
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * 4);
    // Long texts scroll inside; the form keeps its other inputs in view.
    setMaximumHeight(fontMetrics().lineSpacing() * 12);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_pause->edited();
    });
}

void TextField::setValue(const QString &value)
{
    // A reload never overwrites what the user is typing (see LineField::setValue).
    const bool typing = hasFocus() && toPlainText() != m_loaded;
    m_loaded = value;
    if (typing)
        return;
    m_unsaved = false;
    if (toPlainText() == value)
        return;
    m_loading = true;
    setPlainText(value);
    m_loading = false;
}

void TextField::keepUnsaved(const QString &typed)
{
    if (toPlainText() != typed) {
        m_loading = true;
        setPlainText(typed);
        m_loading = false;
    }
    m_unsaved = true;
}

QString TextField::visitKey() const
{
    return m_pause->visitKey();
}

void TextField::commitNow()
{
    m_pause->stop();
    const QString text = toPlainText();
    if (text == m_loaded && !m_unsaved)
        return;
    m_unsaved = false;
    m_loaded = text;
    emit committed(text);
}

void TextField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    commitNow();
}

} // namespace samverka::ui
