#pragma once

// The minutes of a group's meeting: evidence for follow-up.

#include <QDate>
#include <QString>

namespace samverka::core {

struct Meeting {
    QString id;
    QString agreement; ///< agreement id, or empty
    QString group;     ///< group name as in part 1
    QDate date;
    QString attendees;
    QString notes;
    QString decisions;

    bool operator==(const Meeting &) const = default;
};

} // namespace samverka::core
