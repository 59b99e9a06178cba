#pragma once

// How the UI names a record to the file: by its id. The rows the exchange format keeps
// without ids (diary numbers, starting points, coordinators, reporting rules, group
// members, comment replies) and the records imported without one (groups, commitments,
// signatories of agreements and of promise sets, review comments) have an id of the
// file's own, which the loader hands on as core::RowId. So an edit or an undo names the
// row it means, wherever a colleague inserts or removes a sibling meanwhile.

#include <QString>

namespace samverka::ui {

/// The id the file knows record by: the file's own id of its row when the loader gave
/// one (core::RowId), else its exchange id.
template <typename T> QString fileIdOf(const T &record)
{
    if constexpr (requires { record.rowId; }) {
        if (!record.rowId.value.isEmpty())
            return record.rowId.value;
    }
    if constexpr (requires { record.id; })
        return record.id;
    else
        return {};
}

} // namespace samverka::ui
