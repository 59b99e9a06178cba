#pragma once

// An editable list of short texts (starting points, crime categories): edit in
// place, add, remove. Each finished change is reported as the whole list. Add opens
// a new row for typing; a row left empty (Escape, or nothing typed) goes away again,
// since there is nothing in it to keep. Tab walks the rows and leaves after the last.

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace samverka::ui {

class KeyboardTableView;

class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StringListEditor(QWidget *parent = nullptr);

    /// Shows a loaded value; does not emit committed().
    void setValue(const QStringList &values);
    QStringList value() const;
    QTableView *view() const;
    QPushButton *addButton() const { return m_add; }
    /// Appends a text as the user would (emits committed()).
    void append(const QString &text);
    /// What Add does: a new empty row, open for typing.
    void addRow();

signals:
    void committed(const QStringList &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitIfChanged();
    void dropEmptyRows();

    KeyboardTableView *m_view;
    QStandardItemModel *m_model;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_loaded;
    bool m_loading = false;
};

} // namespace samverka::ui
