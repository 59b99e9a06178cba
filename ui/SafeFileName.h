#pragma once

// A suggested file name made from a record's title: without the characters Windows
// refuses in a file name, spaces simplified. Shared by the documents' and the tables'
// save dialogs.

#include <QString>

namespace samverka::ui {

inline QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar c : forbidden)
        name.remove(c);
    return name.simplified();
}

} // namespace samverka::ui
