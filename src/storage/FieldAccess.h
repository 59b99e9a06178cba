#pragma once

// Reads and writes one field of one record through the FieldRegistry: converts the
// edit API's QVariant to the stored form (validating enum words and references),
// and back. Every record is named by its id in the file, also the rows the exchange
// format keeps without one (the loader hands their ids on as core::RowId).

#include "FieldRegistry.h"
#include "StorageError.h"

#include <QVariant>

namespace samverka::storage {

class Database;
class Statement;

class FieldAccess
{
public:
    explicit FieldAccess(Database &db);

    /// id when such a record exists (the municipality's is always "1"); else throws
    /// NotFoundRecord.
    QString existingId(RecordKind kind, const QString &id) const;
    bool exists(RecordKind kind, const QString &id) const;
    /// The agreement a record belongs to (empty when none).
    QString agreementOf(RecordKind kind, const QString &id) const;

    /// The field's value in the edit API's form (QString, bool, int, double, QDate,
    /// QStringList; a null QVariant for NULL).
    QVariant read(const KindSpec &kind, const FieldSpec &field, const QString &id) const;
    /// The values of several fields of one record, in the order given, as read() gives
    /// each: one query for its own columns and one per list field.
    QVariantList readAll(const KindSpec &kind, const QList<const FieldSpec *> &fields,
                         const QString &id) const;
    /// Converts and validates a value for field of record id; throws Invalid naming the field.
    QVariant toStored(const KindSpec &kind, const FieldSpec &field, const QString &id,
                      const QVariant &value) const;
    /// Writes a value returned by toStored.
    void write(const KindSpec &kind, const FieldSpec &field, const QString &id,
               const QVariant &stored);

    /// The audit log's text of a value as read() returns it.
    static QString auditText(const QVariant &value);
    static StorageError invalid(const QString &message);

private:
    /// A column's value in read()'s form.
    static QVariant fromColumn(const FieldSpec &field, const Statement &st, int column);
    QStringList readList(const FieldSpec &field, const QString &id) const;
    /// Refuses a number outside its field's range (amounts and counts): never clamped.
    static void checkRange(const FieldSpec &field, double number);
    void checkReference(const KindSpec &kind, const FieldSpec &field, const QString &id,
                        const QString &target) const;

    Database &m_db;
};

} // namespace samverka::storage
