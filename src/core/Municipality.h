#pragma once

// The metadata of a municipality file: which municipality it belongs to.

#include "CoordinatingFunction.h"

#include <QString>

namespace samverka::core {

struct Municipality {
    QString name;
    QString code; ///< SCB's four digits, e.g. "2280"
    QString county;
    QString policeRegion;
    QString localPoliceArea;
    CoordinatingFunction coordinatingFunction;
    /// The attachment that holds the municipality's logo (SVG or PNG), printed on the
    /// documents' cover and header; empty for none (schema version 10).
    QString logo;

    bool operator==(const Municipality &) const = default;
};

} // namespace samverka::core
