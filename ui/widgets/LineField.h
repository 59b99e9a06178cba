#pragma once

// A one-line text input that reports a change when the user leaves the field
// (editingFinished) and after a pause in typing (TypingPause), and only when the text
// differs from what was loaded.

#include <QLineEdit>

namespace samverka::ui {

class TypingPause;

class LineField : public QLineEdit
{
    Q_OBJECT

public:
    explicit LineField(QWidget *parent = nullptr);

    /// Shows a loaded value; does not emit committed().
    void setValue(const QString &value);
    QString value() const { return text(); }
    /// Shows text the file could not take for a reason that may pass (a full disk, a share
    /// that dropped), so that it is not lost: the next pause or leaving the field commits
    /// it again, also when it equals what was loaded meanwhile.
    void keepUnsaved(const QString &typed);
    /// Names the current visit of the field (see TypingPause).
    QString visitKey() const;

signals:
    void committed(const QString &value);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void commitNow();

    QString m_loaded;
    TypingPause *m_pause;
    bool m_unsaved = false;
};

} // namespace samverka::ui
