#pragma once

// The generic edits behind MunicipalityFile: set one field, insert, remove (with a
// snapshot that undoes it), restore and move records of any RecordKind. Each call is
// one transaction with its audit rows, and honours the signed lock (FrozenRules).

#include "FieldAccess.h"
#include "FrozenRules.h"
#include "MunicipalityFile.h"
#include "TableRow.h"

namespace samverka::storage {

class AuditLog;
class Database;

class RecordEditor
{
public:
    RecordEditor(Database &db, AuditLog &audit);

    /// Field names and values as MunicipalityFile::setField. Rows the exchange format
    /// keeps without ids are named by the file's id of their row (core::RowId), never by
    /// their position. Returns the value before (as
    /// DataLoader::field reads it), read inside the transaction that writes.
    QVariant setField(RecordKind kind, const QString &id, const QString &field,
                      const QVariant &value);
    QString insertRecord(RecordKind kind, const QString &parentId, const QVariantMap &fields,
                         int index = -1);
    RecordSnapshot removeRecord(RecordKind kind, const QString &id);
    void restoreRecord(const RecordSnapshot &snapshot);
    /// Drops the bytes the snapshot keeps in kept_blobs.
    void forgetSnapshot(const RecordSnapshot &snapshot);
    RecordMove moveRecord(RecordKind kind, const QString &id, int newIndex);

private:
    /// Fills row for a kind with a unique key besides its id (population) from the
    /// inserted fields, and refuses a key the file has already; inRow names the fields
    /// the INSERT writes.
    void keyedRow(const KindSpec &spec, const QVariantMap &fields, TableRow &row,
                  QStringList &inRow);
    /// The sibling ids of a record (same parent and scope), in display order.
    QStringList siblings(const KindSpec &kind, const QString &id);
    void placeAt(const KindSpec &kind, const QString &id, int index);
    void checkStatusChange(const QString &agreementId, const QVariant &value) const;

    Database &m_db;
    AuditLog &m_audit;
    FieldAccess m_access;
    FrozenRules m_rules;
};

} // namespace samverka::storage
