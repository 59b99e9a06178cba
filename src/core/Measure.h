#pragma once

// A measure (åtgärd/aktivitet/insats) aimed at causes and serving goals.

#include "Enums.h"

#include <QDate>

namespace samverka::core {

struct Measure {
    QString id;
    QString title;
    QString description;
    QString focusArea;  ///< focus area id, or empty
    QStringList causes; ///< cause ids
    QStringList goals;  ///< goal ids
    std::optional<MeasureType> type;
    std::optional<AimedAt> aimedAt;
    std::optional<Horizon> horizon;
    QStringList responsible;   ///< party ids; the first leads
    QString responsiblePerson; ///< person id
    QString responsibleText;   ///< the Ansvarig cell as worded; printed instead of parties
    QString when;              ///< as written in the plan
    QDate start;
    QDate end;
    QString method;
    std::optional<double> budgetSek;
    std::optional<double> hours;
    std::optional<int> plannedCount;
    MeasureStatus status = MeasureStatus::Planned;
    bool confidential = false;
    /// The id of the record this one was copied from when its agreement was revised
    /// (Revidera), or empty. Not the agreement's content: left out of its fingerprint.
    QString originId;

    bool operator==(const Measure &) const = default;
};

} // namespace samverka::core
