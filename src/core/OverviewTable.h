#pragma once

// The overview's rows as text (one tab-separated line per row, columns in the order of
// docs/cli.md, "overview") and as JSON (a stable document, same page). Shared by every
// source of rows: the files of a workspace and, later, the region database.

#include "OverviewRow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace samverka::core {

class OverviewTable
{
public:
    /// The columns' names, in order (the text has no header line; these name them in the
    /// documentation and a UI's header).
    static QStringList columns();
    /// One row's cells, in columns()'s order: "-" for none, no tab or line break inside.
    static QStringList cells(const OverviewRow &row);
    /// Every row's line, each ended by '\n'.
    static QString text(const QList<OverviewRow> &rows);
    static QJsonObject json(const OverviewRow &row);
    /// {"today": …, "workspace": name or null, "rows": […]}, indented, keys sorted.
    static QByteArray json(const QList<OverviewRow> &rows, const QDate &today,
                           const QString &workspace);
};

} // namespace samverka::core
