#pragma once

// Reads the overview row (core::OverviewRow) of municipality files that belong to others,
// such as a police area's colleagues' files on a share (issue #16). Unlike
// MunicipalityFile::open it changes nothing and waits for nothing it need not: the file is
// opened read-only, with no backup, no migration, no recovery of an interrupted write and
// no quick_check; its summary is read in one short read transaction, and the connection
// is closed before the row is returned, so no lock is held afterwards. An older file is
// read from an updated copy in memory (copied inside that transaction, never written).
// A file that cannot be read gets a row of its own with a machine word for why.

#include "FileFormat.h"
#include "Migrator.h"
#include "StorageError.h"

#include "OverviewDetail.h"
#include "OverviewInput.h"
#include "OverviewRow.h"

#include <QDate>
#include <QList>

namespace samverka::storage {

class Database;

class OverviewReader
{
public:
    /// How long a file locked by a colleague's write is waited for. A commit takes
    /// milliseconds; a lock held longer is reported as "locked" rather than holding up the
    /// other rows.
    static constexpr int defaultBusyTimeoutMs = 2000;

    struct Settings {
        int busyTimeoutMs = defaultBusyTimeoutMs;
        int targetVersion = fileformat::schemaVersion; ///< tests inject others
        Migrator migrator;                             ///< for an older file's copy
    };

    OverviewReader() = default;
    explicit OverviewReader(Settings settings);

    /// The row of one file for today. Never throws for the file's sake: a file that is
    /// missing, unreadable, not ours, locked, damaged, needing recovery or newer gets a
    /// failure row (core::OverviewState) whose message names the file.
    /// With detail, also the police area report's lists (OverviewRowBuilder::detail);
    /// empty for a failure row.
    core::OverviewRow row(const QString &path, const QDate &today,
                          core::OverviewDetail *detail = nullptr) const;
    /// One row per path, in order; no file stops the others. With details, one detail
    /// per row too.
    QList<core::OverviewRow> rows(const QStringList &paths, const QDate &today,
                                  QList<core::OverviewDetail> *details = nullptr) const;

    /// What the file holds for its row, read as row() reads it. Throws StorageError, or
    /// returns nothing (and sets newerVersion) for a file of a newer version.
    core::OverviewInput input(const QString &path, const QDate &today, int *newerVersion) const;

    /// The row state of an error of the open sequence or of reading.
    static core::OverviewState stateOf(const StorageError &error);

private:
    core::OverviewInput readSummary(Database &db, const QString &path, const QDate &today) const;

    Settings m_settings;
};

} // namespace samverka::storage
