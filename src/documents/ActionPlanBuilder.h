#pragma once

// The action plans (handlingsplaner): one table per focus area with the columns every
// municipality prints, Mål | Aktivitet | När | Ansvarig. Used alone and as Bilaga 2.

#include "ActionPlanTable.h"
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
    /// The tables writeTables prints, in its order: one per focus area with content, then
    /// the goals and measures under none. Each table holds the focus area's shown
    /// measures, then its goals that no measure serves. A printed plan names a goal once
    /// for consecutive activities serving it; repeatGoals names it on every row, for a
    /// spreadsheet whose rows are sorted and filtered.
    static QList<ActionPlanTable> tables(const DocumentContext &context, bool repeatGoals = false);
};

} // namespace samverka::documents
