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
    /// Names the current visit of the field (see TypingPause).
    QString visitKey() const;

signals:
    void committed(const QString &value);

private:
    void commitNow();

    QString m_loaded;
    TypingPause *m_pause;
};

} // namespace samverka::ui
