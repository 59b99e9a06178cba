#pragma once

// The population of a municipality in a year (for rates per 100 000).

#include <QString>

namespace samverka::core {

struct Population {
    QString municipalityCode; ///< empty: the file's own municipality
    int year = 0;
    qint64 value = 0;

    bool operator==(const Population &) const = default;
};

} // namespace samverka::core
