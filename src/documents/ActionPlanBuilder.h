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
    /// The tables, one per focus area with goals or measures, under headings of that
    /// level, then the goals and measures under no focus area. Returns false (and writes
    /// nothing) when there is no goal and no shown measure.
    static bool writeTables(DocumentComposer &composer, const DocumentContext &context,
                            int headingLevel, bool withBackground);
    /// True when the agreement has a goal or a shown measure to print.
    static bool hasContent(const DocumentContext &context);
    static QStringList columnHeaders();

private:
    /// One table: the focus area's shown measures, then its goals that no measure serves
    /// (an empty focusArea: those under no known focus area). False when it is empty.
    static bool writeTable(DocumentComposer &composer, const DocumentContext &context,
                           const QString &focusArea);
};

} // namespace samverka::documents
