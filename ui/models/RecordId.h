#pragma once

// The id of a record struct, or an empty string for structs that have none yet
// (DiaryNumber, Coordinator, ReportingRule, GroupMember): rows without an id are
// shown read-only until the core gives them one.

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

} // namespace samverka::ui
