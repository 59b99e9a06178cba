#pragma once

// A one-line text input that reports a change once, when the user leaves the field
// (editingFinished), and only when the text differs from what was loaded.

#include <QLineEdit>

namespace samverka::ui {

class LineField : public QLineEdit
{
    Q_OBJECT

public:
    explicit LineField(QWidget *parent = nullptr);

    /// Shows a loaded value; does not emit committed().
    void setValue(const QString &value);
    QString value() const { return text(); }

signals:
    void committed(const QString &value);

private:
    QString m_loaded;
};

} // namespace samverka::ui
