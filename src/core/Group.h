#pragma once

// A group of the collaboration's organisation (steering group, project group, ...)
// as set in part 1 of an agreement.

#include "Enums.h"
#include "RowId.h"

#include <QList>

namespace samverka::core {

struct GroupMember {
    QString person; ///< person id
    QString role;
    /// the file's id of the row; not exchanged
    RowId rowId{};

    bool operator==(const GroupMember &) const = default;
};

struct Group {
    QString id;
    GroupKind kind = GroupKind::Other;
    QString name;
    QString meetingFrequency;
    QList<GroupMember> members;
    /// the file's id of the row, also when id is empty (imported without one); not exchanged
    RowId rowId{};

    bool operator==(const Group &) const = default;
};

} // namespace samverka::core
