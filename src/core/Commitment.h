#pragma once

// One party's commitment (åtagande) in part 1 or part 2.

#include <QString>

namespace samverka::core {

struct Commitment {
    QString id;
    QString party; ///< party id
    QString text;

    bool operator==(const Commitment &) const = default;
};

} // namespace samverka::core
