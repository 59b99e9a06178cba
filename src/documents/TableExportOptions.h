#pragma once

// What a table export writes: which table of which agreement, in which format, and
// whether confidential items go in.

#include <QString>

namespace samverka::core {
class Clock;
}

namespace samverka::documents {

enum class TableKind {
    ActionPlan, ///< one sheet per focus area: Mål | Aktivitet | När | Ansvarig
    Measures,   ///< "Alla åtgärder": every measure with every field
    FollowUps,  ///< the agreement's follow-ups
    Statistics, ///< the file's reported crimes, one sheet per year; of no agreement
};

enum class TableFormat {
    Xlsx, ///< one workbook, one sheet per table
    Csv,  ///< one file; several tables are merged with a first column naming each
};

struct TableExportOptions {
    QString agreementId; ///< for every table but Statistics
    TableKind table = TableKind::ActionPlan;
    TableFormat format = TableFormat::Xlsx;
    /// Confidential measures (and their follow-ups) and the causes of confidential
    /// problems are left out unless this is set; then they are marked.
    bool includeConfidential = false;
    /// "Today" where a table needs it; null: the system clock.
    const core::Clock *clock = nullptr;
};

} // namespace samverka::documents
