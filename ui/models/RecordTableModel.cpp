#include "RecordTableModel.h"

#include "AppContext.h"
#include "commands/SetFieldsCommand.h"

#include <QLocale>

namespace samverka::ui {

RecordTableModel::RecordTableModel(AppContext &context, storage::RecordKind kind,
                                   const QList<TableColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_kind(kind)
    , m_columns(columns)
{}

namespace {

// The same columns, perhaps with other choices (a party added elsewhere).
bool sameShape(const QList<TableColumn> &a, const QList<TableColumn> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        TableColumn left = a.at(i);
        left.choices = b.at(i).choices;
        if (!(left == b.at(i)))
            return false;
    }
    return true;
}

QStringList idsOf(const QList<TableRow> &rows, qsizetype count)
{
    QStringList ids;
    for (qsizetype i = 0; i < qMin(count, rows.size()); ++i)
        ids.append(rows.at(i).id);
    return ids;
}

} // namespace

void RecordTableModel::setColumns(const QList<TableColumn> &columns)
{
    // A reset would close the cell editor the user is typing in.
    if (sameShape(m_columns, columns)) {
        const bool relabelled = m_columns != columns;
        m_columns = columns;
        if (relabelled && !m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RecordTableModel::setRows(const QList<TableRow> &rows)
{
    // Rows added or removed at the end (the usual Add and Remove of the last row) and
    // changed values keep the view as it is, with its open editor; anything else
    // (a row moved or removed in the middle) is a new table.
    const qsizetype kept = qMin(m_rows.size(), rows.size());
    if (idsOf(m_rows, kept) != idsOf(rows, kept)) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, static_cast<int>(kept), static_cast<int>(m_rows.size() - 1));
        m_rows.resize(kept);
        endRemoveRows();
    }
    updateValues(rows);
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, static_cast<int>(kept), static_cast<int>(rows.size() - 1));
        m_rows = rows;
        endInsertRows();
    }
}

void RecordTableModel::updateValues(const QList<TableRow> &rows)
{
    // Only the cells that changed: the view then leaves every open editor alone but
    // the one of a cell whose value really changed underneath (undo, a colleague).
    for (int row = 0; row < qMin(m_rows.size(), rows.size()); ++row) {
        const QVariantList before = m_rows.at(row).values;
        m_rows[row].values = rows.at(row).values;
        for (int column = 0; column < columnCount(); ++column)
            if (before.value(column) != rows.at(row).values.value(column))
                emit dataChanged(index(row, column), index(row, column));
    }
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
    case Qt::BackgroundRole:
        if (row.backgrounds.contains(index.column()))
            return row.backgrounds.value(index.column());
        return {};
    case Qt::ForegroundRole:
        // A coloured cell keeps dark text whatever the palette, so that it stays readable.
        if (row.backgrounds.contains(index.column()))
            return QColor(Qt::black);
        return {};
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
    const TableRow row = m_rows.at(index.row());
    if (row.values.value(index.column()) == stored)
        return true;
    return write(row, column, stored);
}

bool RecordTableModel::write(const TableRow &row, const TableColumn &column, const QVariant &value)
{
    const QList<QPair<QString, QVariant>> companions =
        m_companions ? m_companions(row.id, column.field, value)
                     : QList<QPair<QString, QVariant>>{};
    const QString what = tr("Edit %1").arg(column.header.toLower());
    const bool ok =
        companions.isEmpty()
            ? m_context.setField(m_kind, row.id, column.field, value, what)
            : SetFieldsCommand::apply(
                  m_context, m_kind, row.id,
                  QList<QPair<QString, QVariant>>{{column.field, value}} + companions, what);
    if (!ok)
        return false;
    // The page reloads from the file after the change; show the values meanwhile.
    const int at = rowOf(row.id);
    if (at < 0)
        return true;
    TableRow changed = m_rows.at(at);
    changed.values.resize(qMax(changed.values.size(), m_columns.size()));
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).field == column.field)
            changed.values[c] = value;
        for (const auto &[field, companion] : companions)
            if (m_columns.at(c).field == field)
                changed.values[c] = companion;
    }
    QList<TableRow> rows = m_rows;
    rows[at] = changed;
    updateValues(rows);
    return true;
}

} // namespace samverka::ui
