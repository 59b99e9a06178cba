#pragma once

// A focus area (fokusområde) of part 2: groups prioritised problems, goals and measures.

#include <QString>
#include <QStringList>

namespace samverka::core {

struct FocusArea {
    QString id;
    QString title;
    QString background;
    QStringList problems; ///< problem ids
    /// The id of the record this one was copied from when its agreement was revised
    /// (Revidera), or empty. Not the agreement's content: left out of its fingerprint.
    QString originId;

    bool operator==(const FocusArea &) const = default;
};

} // namespace samverka::core
