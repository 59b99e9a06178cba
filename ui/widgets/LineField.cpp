#include "LineField.h"

#include "TypingPause.h"

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
    if (text() == m_loaded)
        return;
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
    if (!typing && text() != value)
        setText(value);
}

} // namespace samverka::ui
