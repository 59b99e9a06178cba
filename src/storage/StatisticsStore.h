#pragma once

// Writes the statistics of a municipality file: reported crimes (upserted by their
// natural key), population per year and the crime-type → category mapping. Each
// call is one transaction.

#include "MunicipalityFile.h"

namespace samverka::storage {

class AuditLog;
class Database;

class StatisticsStore
{
public:
    StatisticsStore(Database &db, AuditLog &audit);

    /// Upserts by municipality code + year + period + crime type; every row counts as
    /// imported (new key) or updated (known key). Rows whose count is missing ("..")
    /// are also counted as suppressed: stored as NULL (never 0) for a new key, and
    /// never overwriting a known count.
    StatisticsImportReport importCrimeStatistics(const QList<core::CrimeStatistic> &rows);
    /// Upserts by (code, year); an empty code is the file's own municipality. Returns
    /// how many rows were written.
    int importPopulation(const QList<core::Population> &rows);
    /// Replaces the whole mapping.
    void setCategoryMapping(const QList<core::CategoryMapping> &mapping);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace samverka::storage
