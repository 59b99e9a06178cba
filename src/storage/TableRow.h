#pragma once

// One row of one table as column → value, the unit the storage layer's writers,
// merge and removal snapshots pass around. An invalid QVariant stands for NULL.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace samverka::storage {

struct TableRow {
    QString table;
    QVariantMap values;
};

/// Rows that belong wholly to one owner (link rows, id-less arrays): they are
/// replaced as a whole. ignoreColumns are left out when comparing old and new
/// (e.g. the file's own ids of id-less rows).
struct ChildRows {
    QString table;
    QString ownerColumn;
    QString ownerId;
    QList<TableRow> rows;
    QStringList ignoreColumns;
};

/// A record's own row and the rows that are replaced with it.
struct RecordRows {
    TableRow main;
    QList<ChildRows> children;
};

} // namespace samverka::storage
