#pragma once

// A dated follow-up entry: process (of a measure) or effect (of a goal).

#include "Enums.h"

#include <QDate>

namespace samverka::core {

struct FollowUp {
    QString id;
    QDate date;
    FollowUpKind kind = FollowUpKind::Process;
    QString measure; ///< measure id (process)
    QString goal;    ///< goal id (effect)
    QString text;
    QString author;
    std::optional<double> value; ///< indicator value (effect)
    std::optional<int> count;    ///< times carried out (process)
    std::optional<Assessment> assessment;
    std::optional<ReportingTarget> reportedTo;

    bool operator==(const FollowUp &) const = default;
};

} // namespace samverka::core
