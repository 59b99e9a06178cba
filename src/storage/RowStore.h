#pragma once

// Generic writes of TableRows: insert, upsert with change detection, and the
// whole-replacement of an owner's child rows. Column and table names come from
// the storage layer's own code, never from user input.

#include "TableRow.h"

#include <QHash>

namespace samverka::storage {

class Database;
class Statement;

class RowStore
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };

    explicit RowStore(Database &db);

    void insert(const TableRow &row);
    /// Inserts the row, or updates the existing row with the same key columns when
    /// any of the row's columns differ. insertOnly holds columns written only when the
    /// row is new (such as its position): they neither count as a change nor overwrite.
    Outcome upsert(const TableRow &row, const QStringList &keyColumns = {QStringLiteral("id")},
                   const QVariantMap &insertOnly = {});
    /// Replaces the owner's rows in children.table when they differ (order counts).
    /// Returns whether anything changed.
    bool replaceChildren(const ChildRows &children);
    /// All rows of table whose column equals value, ordered by position when the table has one.
    QList<QVariantMap> select(const QString &table, const QString &column, const QVariant &value);
    bool exists(const QString &table, const QString &id);
    /// Sets position 0..n-1 for orderedIds, then the owner's other rows after them in
    /// their old order (records absent from a merged document are kept).
    void renumber(const QString &table, const QString &ownerColumn, const QString &ownerId,
                  const QStringList &orderedIds);
    QStringList columns(const QString &table);

    /// Binds an invalid/null QVariant as NULL and an empty string as '' (not NULL).
    static void bindValue(Statement &statement, int index, const QVariant &value);
    /// Equality of a stored and a written value across SQLite's types.
    static bool sameValue(const QVariant &a, const QVariant &b);

private:
    Database &m_db;
    QHash<QString, QStringList> m_columns;
};

} // namespace samverka::storage
