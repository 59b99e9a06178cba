#pragma once

// The action plans (handlingsplaner): one table per focus area with the columns every
// municipality prints, Mål | Aktivitet | När | Ansvarig. Used alone and as Bilaga 2.

#include "DocumentComposer.h"
#include "DocumentContext.h"

namespace samverka::documents {

class ActionPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanBuilder)

public:
    /// The standalone action plan: a short heading block, then the tables.
    static void build(DocumentComposer &composer, const DocumentContext &context);
    /// The tables, one per focus area with measures, under headings of that level.
    /// Returns false (and writes nothing) when no measure is shown.
    static bool writeTables(DocumentComposer &composer, const DocumentContext &context,
                            int headingLevel, bool withBackground);
    static bool hasMeasures(const DocumentContext &context);
    static QStringList columnHeaders();
};

} // namespace samverka::documents
