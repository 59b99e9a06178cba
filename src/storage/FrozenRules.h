#pragma once

// The signed lock: a signed agreement's frozen content (parts 1 and 2, problems,
// causes, focus areas, goals, the measures as planned, signatories, period, title,
// status) is refused every change but by revision. Work under it (follow-ups,
// measure status, comments, check items, meetings, attachments, promise sets) is
// not frozen. Every write path of the storage layer asks these rules.

#include "FieldAccess.h"
#include "RecordKind.h"
#include "StorageError.h"

namespace samverka::storage {

class Database;

class FrozenRules
{
public:
    explicit FrozenRules(Database &db);

    bool isSigned(const QString &agreementId) const;
    /// Whether field of kind belongs to the frozen content (when its agreement is signed).
    static bool isFrozenField(RecordKind kind, const QString &field);

    /// Throws Frozen when field of the record may not change.
    void checkField(RecordKind kind, const QString &id, const QString &field) const;
    /// Throws Frozen when the record may not be removed or moved.
    void checkRecord(RecordKind kind, const QString &id) const;
    /// Throws Frozen when a record of kind may not be inserted under parentId.
    void checkInsert(RecordKind kind, RecordKind parentKind, const QString &parentId) const;
    /// Throws Frozen when a removed record may not come back into agreementId.
    void checkRestore(RecordKind kind, const QString &agreementId) const;

    /// "This agreement is signed and locked; revise it to make changes."
    static StorageError frozenError();

private:
    Database &m_db;
    FieldAccess m_access;
};

} // namespace samverka::storage
