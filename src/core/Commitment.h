#pragma once

// One party's commitment (åtagande) in part 1 or part 2.

#include "RowId.h"

#include <QString>

namespace samverka::core {

struct Commitment {
    QString id;
    QString party; ///< party id
    QString text;
    /// the file's id of the row, also when id is empty (imported without one); not exchanged
    RowId rowId{};

    bool operator==(const Commitment &) const = default;
};

} // namespace samverka::core
