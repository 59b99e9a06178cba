#pragma once

// The ids of an exchange document and the references between them, collected while
// reading: ids must be unique across the document, and after reading every
// reference must name a record of the right kind (within the right agreement where
// the schema says so). Errors name the JSON path.

#include "JsonCursor.h"

#include <QHash>
#include <QList>
#include <QString>

namespace samverka::core {

class ExchangeReferences
{
public:
    enum class Kind {
        Party,
        Person,
        Agreement,
        Problem,
        Cause,
        FocusArea,
        Goal,
        Measure,
        SituationPicture, ///< a lägesbild edition, which an åtgärdsplan is based on
        SituationProblem, ///< a problem of the lägesbild, which an agreement's may link to
        Attachment,       ///< a kept file, which the municipality's logo names
        Other             ///< records nothing refers to (follow-ups, signatures, comments, ...)
    };

    /// Records an id; throws when it is empty or already used.
    void declare(const QString &id, Kind kind, const QString &agreementId, const QString &path);
    /// Records a reference to check later; an empty id is no reference.
    /// agreementScope: the agreement the target must belong to, or empty for any.
    void refer(const QString &id, Kind kind, const QString &agreementScope, const QString &path);
    /// Reads c's "id" property and declares it (an optional id only when present).
    QString declareId(JsonCursor &c, Kind kind, const QString &agreementId, bool required = true);
    /// A reference in c's property key (refer(), with the property's path).
    void referAt(JsonCursor &c, const char *key, const QString &id, Kind kind,
                 const QString &scope = {});
    /// Each id of c's array property key; an empty one is refused.
    void referAllAt(JsonCursor &c, const char *key, const QStringList &ids, Kind kind,
                    const QString &scope = {});
    /// Throws ExchangeError(DanglingReference) for the first reference that does not resolve.
    void resolve() const;

    static QString kindName(Kind kind);

private:
    struct Declared {
        Kind kind;
        QString agreementId;
        QString path;
    };
    struct Reference {
        QString id;
        Kind kind;
        QString scope;
        QString path;
    };
    QHash<QString, Declared> m_ids;
    QList<Reference> m_references;
};

} // namespace samverka::core
