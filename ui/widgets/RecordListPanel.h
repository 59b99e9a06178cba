#pragma once

// The list side of a list-and-editor page: records as a flat list or a tree, an
// optional filter, and Add/Remove buttons. Keeps the selection across reloads.

#include <QWidget>

class QAbstractButton;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace samverka::ui {

struct ListEntry {
    QString id;
    QString parentId; ///< another entry's id, or empty for a top-level entry
    QString label;
    QString detail; ///< second column (status, date), may be empty
    QString toolTip;
    bool warn = false; ///< shown in red (late, missing something)
    QString filterKey; ///< matched against the filter combo's value
};

class RecordListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordListPanel(const QString &accessibleName, QWidget *parent = nullptr);

    void setHeaders(const QString &label, const QString &detail = {});
    void setEntries(const QList<ListEntry> &entries);
    /// Adds a filter combo of (key, label); an entry shows when its filterKey matches.
    void setFilter(const QString &label, const QList<QPair<QString, QString>> &choices);
    QString currentId() const;
    void selectId(const QString &id);
    void setEditable(bool editable);
    void setAddText(const QString &text);
    /// What the list is for, shown in place of an empty list together with a link that
    /// does what the Add button does (e.g. "No focus areas yet – Add focus area").
    void setEmptyText(const QString &text, bool withAddLink = true);
    QLabel *emptyLabel() const { return m_empty; }
    void setRemoveText(const QString &text);
    QPushButton *addButton() const { return m_add; }
    /// Another way to add, beside Add and Remove (the panel takes it).
    void addExtraButton(QAbstractButton *button);
    QPushButton *removeButton() const { return m_remove; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void currentChanged(const QString &id);
    void addRequested();
    void removeRequested(const QString &id);
    /// Enter or a double click on an entry.
    void activated(const QString &id);

private:
    void rebuild();
    void updateEmptyState();

    QTreeWidget *m_tree;
    QLabel *m_filterLabel;
    QLabel *m_empty;
    QString m_emptyText;
    bool m_emptyLink = true;
    QComboBox *m_filter;
    QPushButton *m_add;
    QPushButton *m_remove;
    QHBoxLayout *m_buttons = nullptr;
    QList<ListEntry> m_entries;
    bool m_editable = true;
    bool m_rebuilding = false;
    QString m_lastId;
};

} // namespace samverka::ui
