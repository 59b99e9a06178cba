#pragma once

// A multi-line plain-text input for the long texts of an agreement. It commits when
// it loses focus, so one edit session is one undoable change, never one per keystroke.

#include <QPlainTextEdit>

namespace samverka::ui {

class TextField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextField(QWidget *parent = nullptr);

    /// Shows a loaded value; does not emit committed().
    void setValue(const QString &value);
    QString value() const { return toPlainText(); }
    /// Emits committed() if the text differs from the loaded value.
    void commitNow();

signals:
    void committed(const QString &value);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_loaded;
};

} // namespace samverka::ui
