#include "ExchangeReferences.h"

#include "ExchangeError.h"

#include <QCoreApplication>

namespace samverka::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::core", text);
}
} // namespace

QString ExchangeReferences::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Party:
        return tr("party");
    case Kind::Person:
        return tr("person");
    case Kind::Agreement:
        return tr("agreement");
    case Kind::Problem:
        return tr("problem");
    case Kind::Cause:
        return tr("cause");
    case Kind::FocusArea:
        return tr("focus area");
    case Kind::Goal:
        return tr("goal");
    case Kind::Measure:
        return tr("measure");
    case Kind::Other:
        break;
    }
    return tr("record");
}

void ExchangeReferences::declare(const QString &id, Kind kind, const QString &agreementId,
                                 const QString &path)
{
    // Ids are identities that a later import updates by; an empty one identifies nothing.
    if (id.isEmpty())
        throw ExchangeError(ExchangeError::Kind::Invalid, path, tr("an id must not be empty"));
    const auto it = m_ids.constFind(id);
    if (it != m_ids.constEnd())
        throw ExchangeError(ExchangeError::Kind::Invalid, path,
                            tr("the id “%1” is already used at %2").arg(id, it->path));
    m_ids.insert(id, Declared{kind, agreementId, path});
}

void ExchangeReferences::refer(const QString &id, Kind kind, const QString &agreementScope,
                               const QString &path)
{
    if (!id.isEmpty())
        m_references.append(Reference{id, kind, agreementScope, path});
}

void ExchangeReferences::resolve() const
{
    for (const Reference &ref : m_references) {
        const auto it = m_ids.constFind(ref.id);
        if (it == m_ids.constEnd())
            throw ExchangeError(
                ExchangeError::Kind::DanglingReference, ref.path,
                tr("“%1” does not name any %2 in the document").arg(ref.id, kindName(ref.kind)));
        if (it->kind != ref.kind)
            throw ExchangeError(ExchangeError::Kind::DanglingReference, ref.path,
                                tr("“%1” names a %2 (at %3), not a %4")
                                    .arg(ref.id, kindName(it->kind), it->path, kindName(ref.kind)));
        if (!ref.scope.isEmpty() && it->agreementId != ref.scope)
            throw ExchangeError(ExchangeError::Kind::DanglingReference, ref.path,
                                tr("the %1 “%2” belongs to another agreement (at %3); it must "
                                   "belong to the same agreement")
                                    .arg(kindName(ref.kind), ref.id, it->path));
    }
}

} // namespace samverka::core
