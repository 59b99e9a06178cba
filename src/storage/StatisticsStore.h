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

    /// Merges by municipality code + year + period + crime type, by CrimeStatisticMerge's
    /// rule (the exchange merge uses the same): every row counts as imported (a new key),
    /// updated or unchanged; rows whose count is missing ("..") are also counted as
    /// suppressed (NULL for a new key, never 0, and never overwriting a known count).
    /// aggregatePopulation is added where the file has no population for its code and year.
    StatisticsImportReport
    importCrimeStatistics(const QList<core::CrimeStatistic> &rows,
                          const QList<core::Population> &aggregatePopulation);
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
