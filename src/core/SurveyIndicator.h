#pragma once

// One value of a survey time series (e.g. NTU): percent of respondents.

#include <QString>

#include <optional>

namespace samverka::core {

struct SurveyIndicator {
    QString areaCode; ///< municipality code or police-area name
    QString indicator;
    int year = 0;
    double value = 0;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    QString source;

    bool operator==(const SurveyIndicator &) const = default;
};

} // namespace samverka::core
