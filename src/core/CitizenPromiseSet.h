#pragma once

// A set of citizen promises (medborgarlöften) for one or two years, signed and
// published on its own.

#include "Enums.h"
#include "Signature.h"

#include <QList>
#include <QStringList>

namespace samverka::core {

struct CitizenPromise {
    QString id;
    QString text;
    QStringList responsible; ///< party ids
    QStringList measures;    ///< measure ids
    MeasureStatus status = MeasureStatus::Planned;

    bool operator==(const CitizenPromise &) const = default;
};

struct CitizenPromiseSet {
    QString id;
    QString title;
    QString agreement; ///< agreement id, or empty
    std::optional<int> fromYear;
    std::optional<int> toYear;
    QString preamble;
    QList<PromiseBasis> basis;
    PromiseSetStatus status = PromiseSetStatus::Draft;
    QList<CitizenPromise> promises;
    QList<Signature> signatures;

    bool operator==(const CitizenPromiseSet &) const = default;
};

} // namespace samverka::core
