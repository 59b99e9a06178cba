#pragma once

// An editable list of short texts (starting points, crime categories): edit in
// place, add, remove. Each finished change is reported as the whole list, or, for
// rows that have ids of their own (setRows: starting points), row by row. Add opens
// a new row for typing; a row left empty (Escape, or nothing typed) goes away again,
// since there is nothing in it to keep. Tab walks the rows and leaves after the last.

#include <QList>
#include <QPair>
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
    /// Shows rows that each have an id (id, text) and switches to reporting row by row:
    /// rowAdded(), rowEdited(), rowRemoved() instead of committed(), so an edit of one
    /// row never writes over a colleague's edit of another. Does not emit.
    void setRows(const QList<QPair<QString, QString>> &rows);
    QTableView *view() const;
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// Appends a text as the user would (emits committed()).
    void append(const QString &text);
    /// What Add does: a new empty row, open for typing.
    void addRow();

signals:
    void committed(const QStringList &values);
    /// Row mode: a new text typed into a new row, which is the index-th of the rows
    /// shown from the file.
    void rowAdded(int index, const QString &text);
    void rowEdited(const QString &id, const QString &text);
    /// Row mode: removed, or its text cleared.
    void rowRemoved(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitIfChanged();
    void dropEmptyRows();
    void rowChanged(int row);
    bool sameTexts(const QList<QPair<QString, QString>> &rows) const;

    KeyboardTableView *m_view;
    QStandardItemModel *m_model;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_loaded;
    bool m_loading = false;
    bool m_rowMode = false;
};

} // namespace samverka::ui
