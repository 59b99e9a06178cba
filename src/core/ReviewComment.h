#pragma once

// A reviewer's comment on a section of an agreement, with the replies to it.

#include "RowId.h"

#include <QList>
#include <QString>

namespace samverka::core {

struct CommentReply {
    QString author;
    QString createdAt; ///< ISO 8601 date-time as written
    QString text;
    /// the file's id of the row; not exchanged
    RowId rowId{};

    bool operator==(const CommentReply &) const = default;
};

struct ReviewComment {
    QString id;
    QString
        section; ///< part1, part2, problems, causes, goals, measures, signatures, or a record id
    QString author;
    QString createdAt;
    QString text;
    bool resolved = false;
    QList<CommentReply> replies;
    /// the file's id of the row, also when id is empty (imported without one); not exchanged
    RowId rowId{};

    bool operator==(const ReviewComment &) const = default;
};

} // namespace samverka::core
