#pragma once

// A group of the collaboration's organisation (steering group, project group, ...)
// as set in part 1 of an agreement.

#include "Enums.h"

#include <QList>

namespace samverka::core {

struct GroupMember {
    QString person; ///< person id
    QString role;

    bool operator==(const GroupMember &) const = default;
};

struct Group {
    QString id;
    GroupKind kind = GroupKind::Other;
    QString name;
    QString meetingFrequency;
    QList<GroupMember> members;

    bool operator==(const Group &) const = default;
};

} // namespace samverka::core
