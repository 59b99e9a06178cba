#pragma once

// Pairs the records of one section of two agreements (AgreementComparer): by origin
// id, then the same id, then content, then position; a match by content is a guess.

#include "DiffRecord.h"

namespace samverka::core {

class RecordMatcher
{
public:
    /// Pairs the records of two lists: by origin id, then the same id, then the content
    /// keys, then position and similar text. In the later list's order, then the
    /// removed in the earlier list's order. scopeOf maps a later record's scope into the
    /// earlier agreement's ids (a cause's problem).
    template <typename ScopeMap>
    static QList<RecordPair> match(const QList<DiffRecord> &from, const QList<DiffRecord> &to,
                                   ScopeMap scopeOf)
    {
        QStringList scopes;
        for (const DiffRecord &record : to)
            scopes << scopeOf(record.scope);
        return matchScoped(from, to, scopes);
    }

    /// The share of words two texts have in common (0–1), case-insensitive.
    static double similarity(const QString &a, const QString &b);

private:
    static QList<RecordPair> matchScoped(const QList<DiffRecord> &from, const QList<DiffRecord> &to,
                                         const QStringList &scopes);
};

} // namespace samverka::core
