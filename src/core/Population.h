#pragma once

// The population of a municipality in a year (for rates per 100 000).

#include "RowId.h"

#include <QString>

namespace samverka::core {

struct Population {
    QString municipalityCode; ///< empty: the file's own municipality
    int year = 0;
    qint64 value = 0;
    RowId rowId{}; ///< the file's id of the row (schema version 8); not exchanged

    bool operator==(const Population &) const = default;
};

} // namespace samverka::core
