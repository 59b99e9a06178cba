#pragma once

// The tables a publication fills (RegionTable), declared once, in the order they are
// loaded. They mirror the exchange format (docs/file-format.md) with its words: one
// table per kind of record, one per list of links (a measure's causes, goals and
// responsible parties), ids as in the file. What is never published has no column:
// confidential records, people's contact details, the audit log, review comments' text.

#include "RegionTable.h"

namespace samverka::region {

class RegionTables
{
public:
    static const QList<RegionTable> &all();
    /// The table called name; throws std::out_of_range for none.
    static const RegionTable &named(const QString &name);
};

} // namespace samverka::region
