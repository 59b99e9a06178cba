#pragma once

// A multi-line plain-text input for the long texts of an agreement. It commits when it
// loses focus and after a pause in typing; one visit is one undoable change, never one
// per keystroke.

#include <QPlainTextEdit>

namespace samverka::ui {

class TypingPause;

class TextField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextField(QWidget *parent = nullptr);

    /// Shows a loaded value; does not emit committed().
    void setValue(const QString &value);
    QString value() const { return toPlainText(); }
    /// Shows text the file could not take for a reason that may pass (a full disk, a share
    /// that dropped), so that it is not lost: the next pause or leaving the field commits
    /// it again, also when it equals what was loaded meanwhile.
    void keepUnsaved(const QString &typed);
    /// Emits committed() if the text differs from the loaded value.
    void commitNow();
    /// Names the current visit of the field (see TypingPause).
    QString visitKey() const;

signals:
    void committed(const QString &value);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_loaded;
    TypingPause *m_pause;
    bool m_loading = false;
    bool m_unsaved = false;
};

} // namespace samverka::ui
