#pragma once

// How the UI addresses a record: by its id, or, for the rows the exchange format
// keeps without ids (diary numbers, coordinators, reporting rules, group members,
// comment replies) and for records imported without one (groups, commitments,
// signatories of agreements and of promise sets, review comments), by
// "<parent id>#<index>" as the storage layer resolves them. The parent may be such an
// address itself: a member of a group without id is "<agreement>#<group>#<member>".

#include <QString>

namespace samverka::ui {

/// Whether rows of this struct can be addressed (edited, removed) through the file.
template <typename T> constexpr bool hasRecordId()
{
    return requires(const T &record)
    {
        record.id;
    };
}

template <typename T> QString recordIdOf(const T &record)
{
    if constexpr (requires { record.id; })
        return record.id;
    else
        return {};
}

/// The storage address of the index-th id-less child row of parentId.
inline QString rowAddress(const QString &parentId, qsizetype index)
{
    return parentId + QLatin1Char('#') + QString::number(index);
}

} // namespace samverka::ui
