#pragma once

// Shared by the UI tests that act as a user: finding a widget by what the user sees
// (its accessible name, a button's text, a form label).

#include <QAbstractButton>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace samverka::ui::test {

/// The child of type T with this accessible name, or nullptr.
template <typename T> T *named(QWidget *parent, const QString &accessibleName)
{
    for (T *w : parent->findChildren<T *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

/// The visible button with this text (mnemonic included), or nullptr.
inline QAbstractButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>())
        if (button->text() == text && button->isVisible())
            return button;
    return nullptr;
}

/// The field a form label with this text names (its buddy), or nullptr.
inline QWidget *fieldOf(QWidget *parent, const QString &labelText)
{
    for (QLabel *label : parent->findChildren<QLabel *>())
        if (label->text() == labelText && label->buddy())
            return label->buddy();
    return nullptr;
}

} // namespace samverka::ui::test
