#pragma once

// Searches every text of a loaded municipality file in memory (no SQL in the UI):
// titles, descriptions, notes, names. Each hit names what it is ("Åtgärd:
// Krogtillsyn") with the matching text around it, and where to show it.

#include "NavTarget.h"

#include "MunicipalityData.h"

#include <QCoreApplication>
#include <QList>

namespace samverka::ui {

struct SearchHit {
    QString kind;      ///< translated, "Measure"
    QString title;     ///< the record's name
    QString snippet;   ///< the matching text around the match, on one line
    QString agreement; ///< the agreement it belongs to, with period and status, or empty
    NavTarget target;

    /// "Åtgärd: Krogtillsyn – …vid 12 tillfällen…"
    QString label() const;
};

class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(TextSearch)

public:
    /// Case-insensitive; at most one hit per record; empty text finds nothing.
    static QList<SearchHit> search(const core::MunicipalityData &data, const QString &text,
                                   int limit = 500);
};

} // namespace samverka::ui
