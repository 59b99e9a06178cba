#pragma once

// An editable list of short texts (starting points, crime categories): edit in
// place, add, remove. Each finished change is reported as the whole list.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace samverka::ui {

class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StringListEditor(QWidget *parent = nullptr);

    /// Shows a loaded value; does not emit committed().
    void setValue(const QStringList &values);
    QStringList value() const;
    QListWidget *list() const { return m_list; }
    /// Appends a text as the user would (emits committed()).
    void append(const QString &text);

signals:
    void committed(const QStringList &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitIfChanged();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_loaded;
    bool m_loading = false;
};

} // namespace samverka::ui
