#pragma once

// The one rule for merging crime-statistics rows into a file, used by every path that
// writes them: the CSV import (stats import, the statistics dialog) and the exchange
// document (import --into, import --output). Rows are matched by their natural key,
// municipality code + year + period + crime type.
//
// - A new key is inserted; a missing count ("..") is stored as NULL, never as 0. New keys
//   go after every stored row, in the order given (the id column keeps that place).
// - A known key keeps its place and takes the row's municipality name and category.
// - Its count and preliminary mark change only when the row has a count: a missing count
//   never overwrites a known one, and the preliminary mark stays with the count it
//   describes. The rate per 100 000 is not stored (it is computed from the count and the
//   year's population when read), so a kept count keeps its rate.
// - A row that changes nothing is unchanged: nothing is written, updated_at stays.
// - A key repeated in one call merges over the row before it by the same rule.

#include "MunicipalityFile.h"
#include "Statement.h"

namespace samverka::storage {

class Database;

class CrimeStatisticMerge
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };

    explicit CrimeStatisticMerge(Database &db);

    /// Merges every row inside the caller's transaction. Counts each row once as
    /// inserted (report.imported), updated or unchanged; rows whose count is missing
    /// are also counted as suppressed.
    StatisticsImportReport mergeAll(const QList<core::CrimeStatistic> &rows);

private:
    Outcome merge(const core::CrimeStatistic &row, qint64 position);

    Database &m_db;
    Statement m_insert;
    Statement m_update;
    QString m_now;
};

} // namespace samverka::storage
