#pragma once

// Sheet names Excel accepts: at most 31 characters (a longer name is cut at a word's end
// when one is near, and ends in "…"), none of []:*?/\, not starting or ending with an
// apostrophe, not empty, and unique in a workbook regardless of case.

#include <QStringList>

namespace samverka::core {

class SheetNames
{
public:
    static constexpr int maxLength = 31;

    /// One name made acceptable on its own (forbidden characters become '-').
    static QString sanitized(const QString &name, const QString &fallback);
    /// All names of a workbook, in order: sanitized, and made unique by a " (2)", " (3)"
    /// suffix that still fits in 31 characters (the name before it is shortened as above).
    static QStringList unique(const QStringList &names, const QString &fallback);
};

} // namespace samverka::core
