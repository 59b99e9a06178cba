#pragma once

// The file's own id of a row that the exchange format keeps without one (a diary
// number, a coordinator, a starting point, a group member, a reply; and a commitment,
// group, signatory or comment imported without an id). The loader fills it so that the
// program can name the row it means while a colleague inserts or removes its siblings;
// the exchange writer never writes it, so it is no part of a fingerprint or an export.
// It is not content either: two rows that differ only in it compare equal, so merges
// and round trips compare what the document says.

#include <QString>
#include <QStringList>

namespace samverka::core {

template <typename T> struct NotContent {
    T value{};

    bool operator==(const NotContent &) const { return true; }
};

/// The file's id of one row (empty when the row was not loaded from a file).
using RowId = NotContent<QString>;
/// The file's ids of a list of plain texts (part 1's starting points), in list order.
using RowIds = NotContent<QStringList>;

} // namespace samverka::core
