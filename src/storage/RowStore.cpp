#include "RowStore.h"

#include "Database.h"
#include "Statement.h"

#include <QDate>
#include <QStringList>

namespace samverka::storage {

namespace {
const QString updatedAtColumn = QStringLiteral("updated_at");
const QString positionColumn = QStringLiteral("position");
const QString nowSql = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

bool isNullValue(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}
} // namespace

RowStore::RowStore(Database &db)
    : m_db(db)
{}

QStringList RowStore::columns(const QString &table)
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd())
        return *it;
    QStringList names;
    Statement st = m_db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (st.step())
        names << st.text(1);
    m_columns.insert(table, names);
    return names;
}

void RowStore::bindValue(Statement &statement, int index, const QVariant &value)
{
    if (isNullValue(value)) {
        statement.bindNull(index);
        return;
    }
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        // A null QString would bind NULL; texts are NOT NULL DEFAULT ''.
        statement.bind(index, text.isEmpty() ? QStringLiteral("") : text);
        return;
    }
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        if (date.isValid())
            statement.bind(index, date.toString(Qt::ISODate));
        else
            statement.bindNull(index);
        return;
    }
    statement.bind(index, value);
}

bool RowStore::sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = isNullValue(a);
    const bool bNull = isNullValue(b);
    if (aNull || bNull)
        return aNull == bNull;
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        const auto iso = [](const QVariant &v) {
            return v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
        };
        return iso(a) == iso(b);
    }
    return a.toString() == b.toString();
}

void RowStore::insert(const TableRow &row)
{
    const QStringList cols = row.values.keys();
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    Statement st = m_db.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(row.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    int index = 1;
    for (const QString &col : cols)
        bindValue(st, index++, row.values.value(col));
    st.run();
}

RowStore::Outcome RowStore::upsert(const TableRow &row, const QStringList &keyColumns,
                                   const QVariantMap &insertOnly)
{
    QStringList where;
    for (const QString &key : keyColumns)
        where << QStringLiteral("%1 IS ?").arg(key);
    const QStringList cols = row.values.keys();
    Statement select = m_db.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3")
            .arg(cols.join(QLatin1Char(',')), row.table, where.join(QStringLiteral(" AND "))));
    int index = 1;
    for (const QString &key : keyColumns)
        bindValue(select, index++, row.values.value(key));
    if (!select.step()) {
        if (insertOnly.isEmpty()) {
            insert(row);
        } else {
            TableRow complete = row;
            complete.values.insert(insertOnly);
            insert(complete);
        }
        return Outcome::Inserted;
    }
    QStringList changed;
    for (int i = 0; i < cols.size(); ++i)
        if (!sameValue(select.value(i), row.values.value(cols.at(i))))
            changed << cols.at(i);
    if (changed.isEmpty())
        return Outcome::Unchanged;

    QStringList sets;
    for (const QString &col : changed)
        sets << QStringLiteral("%1 = ?").arg(col);
    if (columns(row.table).contains(updatedAtColumn))
        sets << QStringLiteral("%1 = %2").arg(updatedAtColumn, nowSql);
    Statement update = m_db.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3")
            .arg(row.table, sets.join(QLatin1Char(',')), where.join(QStringLiteral(" AND "))));
    index = 1;
    for (const QString &col : changed)
        bindValue(update, index++, row.values.value(col));
    for (const QString &key : keyColumns)
        bindValue(update, index++, row.values.value(key));
    update.run();
    return Outcome::Updated;
}

QList<QVariantMap> RowStore::select(const QString &table, const QString &column,
                                    const QVariant &value)
{
    const QStringList cols = columns(table);
    const QString order = cols.contains(positionColumn)
                              ? QStringLiteral(" ORDER BY position, rowid")
                              : QStringLiteral(" ORDER BY rowid");
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                                    .arg(cols.join(QLatin1Char(',')), table, column, order));
    bindValue(st, 1, value);
    QList<QVariantMap> out;
    while (st.step()) {
        QVariantMap row;
        for (int i = 0; i < cols.size(); ++i)
            row.insert(cols.at(i), st.value(i));
        out << row;
    }
    return out;
}

bool RowStore::replaceChildren(const ChildRows &children)
{
    const QList<QVariantMap> existing =
        select(children.table, children.ownerColumn, children.ownerId);
    bool same = existing.size() == children.rows.size();
    for (qsizetype i = 0; same && i < existing.size(); ++i) {
        const QVariantMap &wanted = children.rows.at(i).values;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (children.ignoreColumns.contains(it.key()))
                continue;
            if (!sameValue(existing.at(i).value(it.key()), it.value())) {
                same = false;
                break;
            }
        }
    }
    if (same)
        return false;
    Statement del = m_db.prepare(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(children.table, children.ownerColumn));
    del.bind(1, children.ownerId);
    del.run();
    for (const TableRow &row : children.rows)
        insert(row);
    return true;
}

bool RowStore::exists(const QString &table, const QString &id)
{
    if (id.isEmpty())
        return false;
    Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    st.bind(1, id);
    return st.step();
}

void RowStore::renumber(const QString &table, const QString &ownerColumn, const QString &ownerId,
                        const QStringList &orderedIds)
{
    QStringList all;
    {
        const QString where =
            ownerColumn.isEmpty() ? QString() : QStringLiteral(" WHERE %1 IS ?").arg(ownerColumn);
        Statement st = m_db.prepare(
            QStringLiteral("SELECT id FROM %1%2 ORDER BY position, rowid").arg(table, where));
        if (!ownerColumn.isEmpty())
            bindValue(st, 1, ownerId.isEmpty() ? QVariant() : QVariant(ownerId));
        while (st.step())
            all << st.text(0);
    }
    QStringList order;
    for (const QString &id : orderedIds)
        if (all.contains(id) && !order.contains(id))
            order << id;
    for (const QString &id : all)
        if (!order.contains(id))
            order << id;
    Statement update = m_db.prepare(
        QStringLiteral("UPDATE %1 SET position = ? WHERE id = ? AND position IS NOT ?").arg(table));
    for (qsizetype i = 0; i < order.size(); ++i) {
        update.reset();
        update.bind(1, qint64(i));
        update.bind(2, order.at(i));
        update.bind(3, qint64(i));
        update.run();
    }
}

} // namespace samverka::storage
