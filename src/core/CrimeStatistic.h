#pragma once

// Reported crimes of one type for one municipality and period.
// Natural key: municipalityCode + year + period + crimeType.

#include <QString>

#include <optional>

namespace samverka::core {

struct CrimeStatistic {
    QString municipalityCode;
    QString municipalityName;
    int year = 0;
    QString period; ///< empty for a whole year, else YYYY-MM or YYYY-Qn
    QString crimeType;
    QString category;         ///< empty: the file's category mapping decides
    std::optional<int> count; ///< nullopt = suppressed or missing ("..")
    bool preliminary = false;

    bool operator==(const CrimeStatistic &) const = default;
};

} // namespace samverka::core
