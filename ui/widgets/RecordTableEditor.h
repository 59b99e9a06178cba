#pragma once

// A table of small records with Add, Remove and Move up/down buttons: the common
// editor for diary numbers, commitments, group members, coordinators, reporting
// rules, signatories, people and parties. The page supplies the rows. Tab walks the
// cells; Add opens the new row's first cell; Escape there, before anything was
// changed, takes the new row back (the Add is undone, so Redo can bring it again).

#include "RecordKind.h"
#include "models/RecordTableModel.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QUndoCommand;

namespace samverka::ui {

class AppContext;

class RecordTableEditor : public QWidget
{
    Q_OBJECT

public:
    using RowProvider = std::function<QList<TableRow>()>;

    RecordTableEditor(AppContext &context, storage::RecordKind kind,
                      const QList<TableColumn> &columns, QWidget *parent = nullptr);

    void setRowProvider(RowProvider provider) { m_provider = std::move(provider); }
    /// Where new rows go and what they start with.
    void setParentId(const QString &parentId) { m_parentId = parentId; }
    void setDefaults(const QVariantMap &defaults) { m_defaults = defaults; }
    /// Fields written together with an edited cell (see RecordTableModel::Companions).
    void setCompanions(RecordTableModel::Companions companions);
    void setReorderable(bool reorderable);
    void setAddLabel(const QString &label);
    /// What the table is for, shown above it while it has no rows, with a link that
    /// does what the Add button does ("No parties yet – Add party").
    void setEmptyText(const QString &text);
    QLabel *emptyLabel() const { return m_empty; }
    /// What the Edit menu calls an insert/remove ("rad", "diarienummer").
    void setNoun(const QString &noun) { m_noun = noun; }
    /// New columns (choices change with the file); the current row stays current.
    void setColumns(const QList<TableColumn> &columns);

    void reload();
    void setEditable(bool editable);
    /// The column that takes the remaining width (default: the last one).
    void setStretchColumn(int column);
    /// Every column takes an even share of the width, and long texts wrap onto further
    /// lines of a taller row (a read-only overview such as an åtgärdsplan's six columns).
    void setEvenColumns(bool even);
    /// Keeps the table between 3 and 'rows' rows high (for tables inside forms).
    void setVisibleRows(int rows);

    storage::RecordKind kind() const { return m_kind; }
    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QString currentId() const;
    /// Makes the row of id current, in column (the first when negative).
    void selectId(const QString &id, int column = -1);

    /// The actions behind the buttons (public so tests and pages can drive them).
    QString addRow();
    bool removeCurrent();
    bool moveCurrent(int delta);

signals:
    void currentChanged(const QString &id);
    /// Add made the row id (it is current).
    void rowAdded(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void sizeColumns();
    /// Escape in a row just added, with nothing changed since: undo the Add.
    void discardUntouchedNewRow();

    AppContext &m_context;
    storage::RecordKind m_kind;
    RecordTableModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QString m_emptyText;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    RowProvider m_provider;
    QString m_parentId;
    QVariantMap m_defaults;
    QString m_noun;
    bool m_editable = true;
    bool m_reorderable = false;
    int m_stretchColumn = -1;
    bool m_evenColumns = false;
    /// The row Add made, while it is current, and the undo step that made it.
    QString m_newRowId;
    const QUndoCommand *m_newRowCommand = nullptr;
    int m_newRowStackIndex = -1;
};

} // namespace samverka::ui
