#pragma once

// Reads population per municipality and year, "municipalityCode;year;population"
// (comma or semicolon, header optional, spaces as thousands separators), for rates
// per 100 000. A municipality may be given by code, name or "2280 Härnösand".

#include "Population.h"
#include "statistics/RegionResolver.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace samverka::core {

class PopulationCsvParser
{
public:
    struct Result {
        QList<Population> rows; ///< one per (code, year); a repeated pair keeps the later row
        QStringList warnings;
        int headerLine = 0; ///< 0 when the file has no header
    };

    PopulationCsvParser();
    explicit PopulationCsvParser(const RegionResolver &regions);

    /// Throws StatisticsImportError naming the line of the first malformed row.
    Result parse(const QByteArray &bytes) const;
    Result parseText(const QString &text) const;
    Result parseFile(const QString &path) const;

private:
    const RegionResolver &m_regions;
};

} // namespace samverka::core
