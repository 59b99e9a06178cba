#include "LineField.h"

#include "TypingPause.h"

#include <QFocusEvent>

namespace samverka::ui {

LineField::LineField(QWidget *parent)
    : QLineEdit(parent)
    , m_pause(new TypingPause(this, [this] { commitNow(); }))
{
    connect(this, &QLineEdit::textEdited, m_pause, &TypingPause::edited);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        m_pause->stop();
        commitNow();
    });
}

void LineField::commitNow()
{
    if (text() == m_loaded && !m_unsaved)
        return;
    m_unsaved = false;
    m_loaded = text();
    emit committed(m_loaded);
}

QString LineField::visitKey() const
{
    return m_pause->visitKey();
}

void LineField::setValue(const QString &value)
{
    // A reload (the pause's own commit, a colleague's change) never overwrites what the
    // user is typing: their text is committed over it when they pause or leave.
    const bool typing = hasFocus() && text() != m_loaded;
    m_loaded = value;
    if (typing)
        return;
    m_unsaved = false;
    if (text() != value)
        setText(value);
}

void LineField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Qt emits editingFinished on leaving only after an edit; text kept unsaved is saved
    // again when the user leaves also without changing it. Not when a window took the
    // focus: that is the message about the failure itself, and trying again at once would
    // only meet the same fault (or wait out a colleague's lock a second time).
    if (m_unsaved && event->reason() != Qt::ActiveWindowFocusReason &&
        event->reason() != Qt::PopupFocusReason) {
        m_pause->stop();
        commitNow();
    }
}

void LineField::keepUnsaved(const QString &typed)
{
    if (text() != typed)
        setText(typed);
    m_unsaved = true;
}

} // namespace samverka::ui
