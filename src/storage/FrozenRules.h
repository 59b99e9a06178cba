#pragma once

// The signed lock: a signed agreement's frozen content (parts 1 and 2, problems,
// causes, focus areas, goals, the measures as planned, signatories, period, title,
// status) is refused every change but by revision. Work under it (follow-ups,
// measure status, comments, check items, meetings, attachments, promise sets) is
// not frozen. Every write path of the storage layer asks these rules.
//
// The same holds for a fastställd lägesbild (issue #14): what was decided (the record,
// its sections and problems) is refused every change; its status and the decision's
// fields stay open, so that it can be set back to draft or its diary number added.
// A beslutad åtgärdsplan likewise: the record and its rows are locked, its decision's
// fields stay open, and so do its follow-up dates, the rows' ratings and its own
// measures' execution status, which are the work that follows the decision.

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
    /// "This situation picture is adopted; …"
    static StorageError adoptedError();
    /// Whether field of an adopted edition of the lägesbild stays open: its status and
    /// the decision (who, when, paragraph, diary number, next update, kept numbers).
    static bool isDecisionField(const QString &field);
    /// Whether the lägesbild's edition editionId is adopted.
    bool isAdopted(const QString &editionId) const;
    /// "This measure plan is decided and locked; …"
    static StorageError decidedError();
    /// Whether the åtgärdsplan planId is decided.
    bool isDecided(const QString &planId) const;

private:
    /// The edition a lägesbild record belongs to; empty for any other kind.
    QString editionOf(RecordKind kind, const QString &id) const;
    /// Throws adoptedError() when a record of kind under editionId may not change.
    void checkEdition(RecordKind kind, const QString &editionId) const;
    /// The plan a plan's record is locked with (the plan, a row's plan); else empty.
    QString planOf(RecordKind kind, const QString &id) const;
    /// Throws decidedError() when a row of kind under planId may not change.
    void checkPlan(RecordKind kind, const QString &planId) const;

    Database &m_db;
    FieldAccess m_access;
};

} // namespace samverka::storage
