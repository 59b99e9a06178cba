#include "FrozenRules.h"

#include "Database.h"
#include "FieldRegistry.h"
#include "Statement.h"

#include <QCoreApplication>

namespace samverka::storage {

FrozenRules::FrozenRules(Database &db)
    : m_db(db)
    , m_access(db)
{}

StorageError FrozenRules::frozenError()
{
    return StorageError(StorageError::Kind::Frozen,
                        QCoreApplication::translate(
                            "samverka::storage",
                            "This agreement is signed and locked; revise it to make changes."));
    // sv: Överenskommelsen är undertecknad och låst; revidera den för att göra ändringar.
}

bool FrozenRules::isSigned(const QString &agreementId) const
{
    if (agreementId.isEmpty())
        return false;
    Statement st = m_db.prepare(QStringLiteral("SELECT status FROM agreements WHERE id = ?1"));
    st.bind(1, agreementId);
    return st.step() && st.text(0) == u"signed";
}

bool FrozenRules::isFrozenField(RecordKind kind, const QString &field)
{
    if (!FieldRegistry::kind(kind).frozenKind)
        return false;
    // A measure's execution status is work under the agreement, not its plan.
    return !(kind == RecordKind::Measure && field == u"status");
}

void FrozenRules::checkField(RecordKind kind, const QString &id, const QString &field) const
{
    if (isFrozenField(kind, field) && isSigned(m_access.agreementOf(kind, id)))
        throw frozenError();
}

void FrozenRules::checkRecord(RecordKind kind, const QString &id) const
{
    if (FieldRegistry::kind(kind).frozenKind && isSigned(m_access.agreementOf(kind, id)))
        throw frozenError();
}

void FrozenRules::checkInsert(RecordKind kind, RecordKind parentKind, const QString &parentId) const
{
    if (FieldRegistry::kind(kind).frozenKind &&
        isSigned(m_access.agreementOf(parentKind, parentId)))
        throw frozenError();
}

void FrozenRules::checkRestore(RecordKind kind, const QString &agreementId) const
{
    if (FieldRegistry::kind(kind).frozenKind && isSigned(agreementId))
        throw frozenError();
}

} // namespace samverka::storage
