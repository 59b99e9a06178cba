#pragma once

// Captures a record's row and every row that its removal takes with it (cascading
// children and link rows, e.g. the measure_causes rows of a removed cause) plus the
// references that are set to NULL, so that the removal can be undone exactly. The
// foreign keys are read from the schema itself, so new tables are covered. Bytes (an
// attachment's content) are not part of the snapshot: they wait in the file, in
// kept_blobs, under a token the snapshot names (schema version 4); restore() takes them
// back and forget() drops them.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace samverka::storage {

class Database;

class CascadeSnapshot
{
public:
    explicit CascadeSnapshot(Database &db);

    /// The rows of table's record id and what cascades from it, in insertion order.
    /// Throws Invalid when another record still refers to them without cascading
    /// (e.g. a party named in an agreement).
    QJsonObject capture(const QString &table, const QString &id);
    /// Drops the bytes a snapshot keeps in the file (when its undo step is gone). Rows
    /// already taken back, or dropped, are no longer there: nothing happens to them.
    void forget(const QJsonObject &snapshot);
    /// Puts captured rows back (foreign keys deferred to the end of the transaction).
    void restore(const QJsonObject &snapshot);

private:
    struct ForeignKey {
        QString childTable;
        QString childColumn;
        QString parentTable;
        QString parentColumn;
        QString onDelete;
    };
    void loadKeys();
    /// Puts bytes into kept_blobs under a new token; the value the snapshot holds instead.
    QJsonObject keep(const QByteArray &bytes);
    /// A snapshot's value as stored: kept bytes are taken out of kept_blobs.
    QVariant takeBack(const QJsonValue &value);
    void collect(const QString &table, const QString &column, const QVariant &value);

    Database &m_db;
    QHash<QString, QList<ForeignKey>> m_keys; ///< by parent table
    QSet<QString> m_visited;                  ///< "table:rowid"
    QJsonArray *m_rows = nullptr;
    QJsonArray *m_nulled = nullptr;
    QList<QPair<QString, qint64>> m_blocking; ///< NO ACTION referrers, checked at the end
};

} // namespace samverka::storage
