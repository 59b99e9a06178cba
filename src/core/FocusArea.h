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

    bool operator==(const FocusArea &) const = default;
};

} // namespace samverka::core
