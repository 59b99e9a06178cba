#pragma once

// One table of the region database that a publication fills: its name, its columns with
// their PostgreSQL types, and its key. Every such table starts with the column
// municipality (SCB's code), which row-level security and the replacement of a
// publication go by. Declared once in RegionTables; the schema's CREATE TABLE, the
// staging tables and the COPY all come from the declaration.

#include <QList>
#include <QString>
#include <QStringList>

namespace samverka::region {

struct RegionTable {
    QString name;        ///< without the schema
    QStringList columns; ///< after municipality
    QStringList types;   ///< PostgreSQL types, one per column
    QStringList key;     ///< the primary key's columns after municipality; empty for none

    /// Declares a table from "name type, name type, …".
    RegionTable(QString tableName, const QString &declaration, QStringList keyColumns);

    /// "region.<name>"
    QString qualified() const;
    /// municipality, then columns.
    QStringList allColumns() const;
    QString createSql() const;
};

} // namespace samverka::region
