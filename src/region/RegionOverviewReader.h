#pragma once

// Reads the overview rows (core::OverviewRow) of the municipalities published to the region
// database (issue #17): for each, its latest publication's content as a core::OverviewInput,
// computed into a row by the same core::OverviewRowBuilder as a file's, so the database and
// the files give the same rows for the same content and day. One query per table for all
// the municipalities asked for, in one read-only transaction. The row's source is the file
// the publication came from, and its last change is the publication record's.

#include "OverviewDetail.h"
#include "OverviewInput.h"
#include "OverviewRow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samverka::region {

class PgConnection;

class RegionOverviewReader
{
public:
    struct Filter {
        QString localPoliceArea; ///< empty: every one
        QString county;          ///< the county's name ("Västernorrlands län"); empty: every one
    };

    /// The published municipalities' inputs for today, by municipality name: only what the
    /// rows count (the measures late on today, the follow-ups of signed agreements reported
    /// to someone), or with allMeasures every measure, for the report's focus areas.
    /// Throws RegionError.
    static QList<core::OverviewInput> inputs(const PgConnection &db, const Filter &filter,
                                             const QDate &today, bool allMeasures);
    /// Their rows for today; with details, the police area report's lists too.
    static QList<core::OverviewRow> rows(const PgConnection &db, const QDate &today,
                                         const Filter &filter = {},
                                         QList<core::OverviewDetail> *details = nullptr);
};

} // namespace samverka::region
