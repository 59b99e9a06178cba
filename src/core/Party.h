#pragma once

// An organisation that takes part in the collaboration (part).

#include "Enums.h"

namespace samverka::core {

struct Party {
    QString id;
    PartyKind kind = PartyKind::Other;
    QString name;

    bool operator==(const Party &) const = default;
};

} // namespace samverka::core
