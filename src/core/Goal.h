#pragma once

// A goal: effect, process or production; measurable when it has indicator,
// baseline and target.

#include "Enums.h"

#include <QDate>

namespace samverka::core {

struct GoalValue {
    std::optional<double> value;
    QDate date;

    bool isSet() const { return value.has_value() || date.isValid(); }
    bool operator==(const GoalValue &) const = default;
};

struct Goal {
    QString id;
    GoalKind kind = GoalKind::Effect;
    QString text;
    QString parent;    ///< goal id of the overall goal, or empty
    QString focusArea; ///< focus area id, or empty
    QString problem;   ///< problem id, or empty
    QString indicator;
    QString unit;
    QString source;
    GoalValue baseline;
    GoalValue target;
    /// The id of the record this one was copied from when its agreement was revised
    /// (Revidera), or empty. Not the agreement's content: left out of its fingerprint.
    QString originId;

    bool operator==(const Goal &) const = default;
};

} // namespace samverka::core
