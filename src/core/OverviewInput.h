#pragma once

// What one municipality's overview row is computed from (OverviewRowBuilder), read by a
// source in one consistent state: a municipality file (storage's OverviewReader) or, later,
// the region database. Only what the row needs; confidential records may be included,
// the builder leaves them out.

#include "Agreement.h"
#include "CitizenPromiseSet.h"
#include "LawChecklist.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace samverka::core {

struct OverviewInput {
    QString source; ///< the file's path, for the row
    /// The law's input; its municipality is the row's.
    LawChecklist::Input law;
    /// Every agreement. Heads with their measures suffice (title, status, period,
    /// replaces, signatures' dates, comments' resolved flags and sections, measures' end, status
    /// and secrecy), except for the agreements in force, which must be whole: their reporting plan
    /// and follow-ups make the reports due.
    QList<Agreement> agreements;
    QList<CitizenPromiseSet> promiseSets;
    /// The ids of every confidential problem, cause and measure, wherever it is: what the
    /// row leaves out (late measures, their follow-ups, review comments on them). A source
    /// that never holds confidential records (the region database) leaves it empty.
    QSet<QString> confidentialIds;
    QDateTime lastChangeAt; ///< the newest audit-log entry (or publication record)
    QString lastChangeBy;
};

} // namespace samverka::core
