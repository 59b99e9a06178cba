#pragma once

// Reads reported-crime statistics as users download them: the national statistics'
// (Brå) export with a header such as "Region;Brott;År;Period;Antal;Per 100 000 inv"
// (title lines before it, footnotes after it, years as columns), or the exchange
// columns "municipalityCode;year;period;crimeType;category;count". Pure parsing: the
// rows go to MunicipalityFile::importCrimeStatistics in one transaction.

#include "CrimeStatistic.h"
#include "Population.h"
#include "statistics/RegionResolver.h"
#include "statistics/TextDecoding.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace samverka::core {

class CrimeStatisticsCsvParser
{
public:
    enum class Format { NationalStatistics, NationalStatisticsYearColumns, Exchange };

    struct Result {
        /// One row per natural key (a repeated key keeps the later row, with a warning).
        /// A "därav" part carries its full label, "<parent>, därav <part>": see CrimeTypeLabel.
        QList<CrimeStatistic> rows;
        /// Per row: the file's own "Per 100 000 inv" (not stored; rates are recomputed
        /// from population) and the 1-based line the row came from.
        QList<std::optional<double>> sourceRates;
        QList<int> sourceLines;
        int suppressedCount = 0;      ///< rows with ".." (stored with a missing count)
        int skippedAggregateRows = 0; ///< rows of a police region or another aggregate
        /// A county's or the country's population per year, derived from the file's own rate
        /// (count × 100 000 / rate of its largest whole-year row), so that the county and
        /// the country can be compared per 100 000 inhabitants. Kept where the file has none.
        QList<Population> aggregatePopulation;
        QStringList discontinuedTypes; ///< labels marked "(t.o.m. YYYY)"
        QStringList warnings;          ///< translated, for a person
        Format format = Format::NationalStatistics;
        TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
        int headerLine = 0; ///< 0 for an exchange file without header
        int lastTableLine = 0;
    };

    /// Uses the bundled municipality list.
    CrimeStatisticsCsvParser();
    explicit CrimeStatisticsCsvParser(const RegionResolver &regions);

    /// Throws StatisticsImportError naming the line of the first malformed row.
    Result parse(const QByteArray &bytes) const;
    Result parseText(const QString &text) const;
    /// Reads the file; throws StatisticsImportError (line 0) when it cannot be read.
    Result parseFile(const QString &path) const;

private:
    static QList<Population> aggregatePopulation(const Result &result);

    const RegionResolver &m_regions;
};

} // namespace samverka::core
