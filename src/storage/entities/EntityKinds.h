#pragma once

// Shorthands for the entity declarations' KindSpecs (see Entities.h).

#include "FieldRegistry.h"

namespace samverka::storage::entities {

/// A kind stored in table under parentColumn (a record of parentKind), or at the top
/// when parentColumn is empty. agreementSql selects the agreement id of record ?1.
inline KindSpec kindSpec(RecordKind kind, const char *table, const char *parentColumn,
                         RecordKind parentKind, bool frozen, const QString &agreementSql)
{
    KindSpec spec;
    spec.kind = kind;
    spec.table = QString::fromLatin1(table);
    if (*parentColumn) {
        spec.parentColumns << QString::fromLatin1(parentColumn);
        spec.parentKinds << parentKind;
    }
    spec.frozenKind = frozen;
    spec.agreementSql = agreementSql;
    return spec;
}

/// agreementSql of a table with its own agreement_id column.
inline QString direct(const char *table)
{
    return QStringLiteral("SELECT agreement_id FROM %1 WHERE id = ?1").arg(QLatin1String(table));
}

/// A kind that hangs directly under an agreement.
inline KindSpec underAgreement(RecordKind kind, const char *table, bool frozen)
{
    return kindSpec(kind, table, "agreement_id", RecordKind::Agreement, frozen, direct(table));
}

} // namespace samverka::storage::entities
