#pragma once

// A table of small records of one kind (diary numbers, commitments, members,
// signatories, people, ...): a thin adapter whose rows the page loads from the file
// and whose edits go through AppContext::setField, one undoable command each.

#include "RecordKind.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>

#include <functional>

namespace samverka::ui {

class AppContext;

struct TableColumn {
    enum class Type { Text, Choice, Integer, Date, Bool };
    QString field; ///< the exchange-format field name written by setData
    QString header;
    Type type = Type::Text;
    QList<QPair<QString, QString>> choices; ///< (value, label) for Choice
    bool optional = true;                   ///< Choice: offers "not set"
    bool readOnly = false;

    bool operator==(const TableColumn &) const = default;

    static TableColumn text(const QString &field, const QString &header, bool readOnly = false)
    {
        TableColumn c;
        c.field = field;
        c.header = header;
        c.readOnly = readOnly;
        return c;
    }
    static TableColumn choice(const QString &field, const QString &header,
                              const QList<QPair<QString, QString>> &choices, bool optional = true)
    {
        TableColumn c = text(field, header);
        c.type = Type::Choice;
        c.choices = choices;
        c.optional = optional;
        return c;
    }
    static TableColumn of(Type type, const QString &field, const QString &header,
                          bool readOnly = false)
    {
        TableColumn c = text(field, header, readOnly);
        c.type = type;
        return c;
    }
};

struct TableRow {
    TableRow() = default;
    TableRow(QString rowId, QVariantList cells, QHash<int, QColor> colours = {})
        : id(std::move(rowId))
        , values(std::move(cells))
        , backgrounds(std::move(colours))
    {}

    QString id;                     ///< empty: the row cannot be addressed and is read-only
    QVariantList values;            ///< in column order: text, choice value, int, QDate, bool
    QHash<int, QColor> backgrounds; ///< cells shown on a colour (a rating), by column
};

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The choices of a Choice cell, as a QVariantList of {value, label} QStringLists.
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    static constexpr int TypeRole = Qt::UserRole + 2;
    static constexpr int IdRole = Qt::UserRole + 3;

    /// Further fields that change with an edited one (a signatory's name, title and
    /// party with the person chosen): (field, value) pairs written together with it,
    /// in one undo step. Empty: only the edited field is written.
    using Companions = std::function<QList<QPair<QString, QVariant>>(
        const QString &id, const QString &field, const QVariant &value)>;

    RecordTableModel(AppContext &context, storage::RecordKind kind,
                     const QList<TableColumn> &columns, QObject *parent = nullptr);

    /// Neither replaces the rows nor resets the view when only values or choices change
    /// (the pages set both on every reload): an open cell editor stays open.
    void setColumns(const QList<TableColumn> &columns);
    void setRows(const QList<TableRow> &rows);
    void setCompanions(Companions companions) { m_companions = std::move(companions); }
    void setEditable(bool editable);
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    storage::RecordKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString displayText(const TableColumn &column, const QVariant &value) const;
    /// Takes the values of rows that keep their place; signals the cells that changed.
    void updateValues(const QList<TableRow> &rows);
    bool write(const TableRow &row, const TableColumn &column, const QVariant &value);

    AppContext &m_context;
    storage::RecordKind m_kind;
    QList<TableColumn> m_columns;
    QList<TableRow> m_rows;
    bool m_editable = true;
    Companions m_companions;
};

} // namespace samverka::ui
