#include "RecordTableModel.h"

#include "AppContext.h"

#include <QLocale>

namespace samverka::ui {

RecordTableModel::RecordTableModel(AppContext &context, storage::RecordKind kind,
                                   const QList<TableColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_kind(kind)
    , m_columns(columns)
{}

void RecordTableModel::setColumns(const QList<TableColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RecordTableModel::setRows(const QList<TableRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RecordTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (!id.isEmpty() && m_rows.at(row).id == id)
            return row;
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString RecordTableModel::displayText(const TableColumn &column, const QVariant &value) const
{
    switch (column.type) {
    case TableColumn::Type::Choice: {
        const QString v = value.toString();
        for (const auto &[choice, label] : column.choices)
            if (choice == v)
                return label;
        return v;
    }
    case TableColumn::Type::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    case TableColumn::Type::Integer:
        return value.isValid() && !value.isNull() ? QLocale().toString(value.toLongLong())
                                                  : QString();
    case TableColumn::Type::Bool:
        return {};
    case TableColumn::Type::Text:
        break;
    }
    return value.toString();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const TableColumn &column = m_columns.at(index.column());
    const TableRow &row = m_rows.at(index.row());
    const QVariant value = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, value);
    case Qt::EditRole:
        return value;
    case Qt::CheckStateRole:
        if (column.type == TableColumn::Type::Bool)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (row.id.isEmpty())
            return tr("This row cannot be edited here yet.");
        return column.type == TableColumn::Type::Text ? value.toString() : QVariant();
    case ChoicesRole: {
        QVariantList choices;
        if (column.optional)
            choices.append(QVariant(QStringList{QString(), tr("—")}));
        for (const auto &[choice, label] : column.choices)
            choices.append(QVariant(QStringList{choice, label}));
        return choices;
    }
    case TypeRole:
        return static_cast<int>(column.type);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const TableColumn &column = m_columns.at(index.column());
    const bool editable = m_editable && !column.readOnly && !m_rows.at(index.row()).id.isEmpty();
    if (editable)
        flags |=
            column.type == TableColumn::Type::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return flags;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const TableColumn &column = m_columns.at(index.column());
    QVariant stored = value;
    if (column.type == TableColumn::Type::Bool) {
        if (role != Qt::CheckStateRole)
            return false;
        stored = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    TableRow &row = m_rows[index.row()];
    if (row.values.value(index.column()) == stored)
        return true;
    const QString what = tr("Edit %1").arg(column.header.toLower());
    if (!m_context.setField(m_kind, row.id, column.field, stored, what))
        return false;
    // The page reloads from the file after the change; show the value meanwhile.
    if (index.row() < m_rows.size()) {
        TableRow &current = m_rows[index.row()];
        while (current.values.size() <= index.column())
            current.values.append(QVariant());
        current.values[index.column()] = stored;
        emit dataChanged(index, index);
    }
    return true;
}

} // namespace samverka::ui
