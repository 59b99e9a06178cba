#include "ExchangeReferences.h"

#include "ExchangeError.h"

#include <QCoreApplication>

namespace samverka::core {

QString ExchangeReferences::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Party:
        return QCoreApplication::translate("samverka::core", "party");
    case Kind::Person:
        return QCoreApplication::translate("samverka::core", "person");
    case Kind::Agreement:
        return QCoreApplication::translate("samverka::core", "agreement");
    case Kind::Problem:
        return QCoreApplication::translate("samverka::core", "problem");
    case Kind::Cause:
        return QCoreApplication::translate("samverka::core", "cause");
    case Kind::FocusArea:
        return QCoreApplication::translate("samverka::core", "focus area");
    case Kind::Goal:
        return QCoreApplication::translate("samverka::core", "goal");
    case Kind::Measure:
        return QCoreApplication::translate("samverka::core", "measure");
    case Kind::SituationPicture:
        return QCoreApplication::translate("samverka::core", "situation picture");
    case Kind::SituationProblem:
        return QCoreApplication::translate("samverka::core", "problem of the situation picture");
    case Kind::Attachment:
        return QCoreApplication::translate("samverka::core", "attachment");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("samverka::core", "record");
}

QString ExchangeReferences::declareId(JsonCursor &c, Kind kind, const QString &agreementId,
                                      bool required)
{
    const QString value = required ? c.requiredString("id") : c.string("id");
    if (required || c.has("id"))
        declare(value, kind, agreementId, c.childPath(QStringLiteral("id")));
    return value;
}

void ExchangeReferences::referAt(JsonCursor &c, const char *key, const QString &id, Kind kind,
                                 const QString &scope)
{
    refer(id, kind, scope, c.childPath(QLatin1String(key)));
}

void ExchangeReferences::referAllAt(JsonCursor &c, const char *key, const QStringList &ids,
                                    Kind kind, const QString &scope)
{
    const QString p = c.childPath(QLatin1String(key));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i).isEmpty())
            JsonCursor::invalid(
                JsonCursor::itemPath(p, i),
                QCoreApplication::translate("samverka::core", "an id must not be empty"));
        refer(ids.at(i), kind, scope, JsonCursor::itemPath(p, i));
    }
}

void ExchangeReferences::declare(const QString &id, Kind kind, const QString &agreementId,
                                 const QString &path)
{
    // Ids are identities that a later import updates by; an empty one identifies nothing.
    if (id.isEmpty())
        throw ExchangeError(
            ExchangeError::Kind::Invalid, path,
            QCoreApplication::translate("samverka::core", "an id must not be empty"));
    const auto it = m_ids.constFind(id);
    if (it != m_ids.constEnd())
        throw ExchangeError(
            ExchangeError::Kind::Invalid, path,
            QCoreApplication::translate("samverka::core", "the id “%1” is already used at %2")
                .arg(id, it->path));
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
            throw ExchangeError(ExchangeError::Kind::DanglingReference, ref.path,
                                QCoreApplication::translate(
                                    "samverka::core", "“%1” does not name any %2 in the document")
                                    .arg(ref.id, kindName(ref.kind)));
        if (it->kind != ref.kind)
            throw ExchangeError(
                ExchangeError::Kind::DanglingReference, ref.path,
                QCoreApplication::translate("samverka::core", "“%1” names a %2 (at %3), not a %4")
                    .arg(ref.id, kindName(it->kind), it->path, kindName(ref.kind)));
        if (!ref.scope.isEmpty() && it->agreementId != ref.scope)
            throw ExchangeError(ExchangeError::Kind::DanglingReference, ref.path,
                                QCoreApplication::translate(
                                    "samverka::core",
                                    "the %1 “%2” belongs to another agreement (at %3); it must "
                                    "belong to the same agreement")
                                    .arg(kindName(ref.kind), ref.id, it->path));
    }
}

} // namespace samverka::core
