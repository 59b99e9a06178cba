#include "UndoShortcutFilter.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace samverka::ui {

namespace {

bool isRedo(const QKeyEvent *key)
{
    // The keys of Edit › Redo (MainMenus), whatever the platform's standard one is.
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Redo) ||
           combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
           combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
}

/// An editable one-line or plain-text field.
bool isTextField(const QObject *object)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(object))
        return !line->isReadOnly();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(object))
        return !text->isReadOnly();
    return false;
}

/// A key that changes a field's text: a character, Backspace, Delete, Paste.
bool edits(const QKeyEvent *key)
{
    if (key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete ||
        key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Cut))
        return true;
    const QString text = key->text();
    return !text.isEmpty() && text.at(0).isPrint() &&
           !(key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
}

bool hasOwn(const QObject *field, bool undo)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return undo ? line->isUndoAvailable() : line->isRedoAvailable();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable();
    return false;
}

} // namespace

UndoShortcutFilter::UndoShortcutFilter(QObject *parent)
    : QObject(parent)
{}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && isTextField(watched)) {
        m_field = watched;
        m_typed = false;
        return false;
    }
    if (event->type() == QEvent::KeyPress && watched == m_field &&
        edits(static_cast<QKeyEvent *>(event))) {
        m_typed = true;
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride || !isTextField(watched))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !isRedo(key))
        return false;
    if (watched == m_field && m_typed && hasOwn(watched, undo))
        return false; // the field undoes its own typing
    // Not claimed by the field: the window's Undo or Redo shortcut runs.
    event->ignore();
    return true;
}

} // namespace samverka::ui
