#pragma once

// A problem of a problem picture: what, where, when, how much; with its causes.

#include "Cause.h"

#include <QList>

namespace samverka::core {

struct Problem {
    QString id;
    QString title;
    QString description;
    std::optional<ProblemCategory> category;
    QStringList crimeCategories;
    QString place;
    QString timePattern;
    QList<ProblemSource> sources;
    std::optional<Contributor> contributedBy;
    QString contributedByParty; ///< party id, when one party's own picture contributed it
    bool prioritized = false;
    std::optional<int> priority;
    QList<PriorityReason> priorityReasons;
    bool confidential = false;
    /// The lägesbild's problem this one was taken over from (SituationProblem id), or
    /// empty. A link back, not the agreement's content: left out of its fingerprint.
    QString situationProblem;
    /// The id of the record this one was copied from when its agreement was revised
    /// (Revidera), or empty. Not the agreement's content: left out of its fingerprint.
    QString originId;
    QList<Cause> causes;

    bool operator==(const Problem &) const = default;
};

} // namespace samverka::core
