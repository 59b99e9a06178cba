#pragma once

// A cause in the cause analysis of a problem; shown as "Orsak <problem>.<number>".

#include "Enums.h"

namespace samverka::core {

struct Cause {
    QString id;
    int number = 0; ///< 1-based within its problem; 0 = not numbered yet
    QString text;
    std::optional<Perspective> perspective;
    std::optional<Proximity> proximity;
    std::optional<CauseNature> nature;
    std::optional<RiskDomain> riskDomain;
    bool withinMandate = true;
    bool confidential = false;
    QString informationHolder; ///< party id holding the details of a confidential cause
    /// The id of the record this one was copied from when its agreement was revised
    /// (Revidera), or empty. Not the agreement's content: left out of its fingerprint.
    QString originId;

    bool operator==(const Cause &) const = default;
};

} // namespace samverka::core
