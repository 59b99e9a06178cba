#pragma once

// Rotating copies of municipality files, made with SQLite's backup API so a copy is
// consistent even while a colleague writes, and restoring such a copy over a file
// without ever leaving a half-written file behind.

#include "Clock.h"

#include <QString>
#include <QStringList>

namespace samverka::storage {

class Database;

class BackupManager
{
public:
    static constexpr int defaultKeep = 10;

    /// An empty directory means defaultDirectory().
    explicit BackupManager(const QString &directory = {}, int keep = defaultKeep,
                           const core::Clock &clock = core::Clock::system());

    /// QStandardPaths::AppLocalDataLocation + "/backups".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Copies the open file into <directory>/<basename>-<yyyyMMdd-HHmmss>.samverka, then
    /// removes the oldest copies of that file name beyond keep. Returns the new copy's
    /// path. Throws StorageError (Io, Locked); the source is never changed.
    QString backup(Database &source) const;
    /// The copies of a file name in the directory, newest first.
    QStringList backupsOf(const QString &filePath) const;

    /// Replaces targetPath with the backup: copies into a temporary file beside the
    /// target, then renames it over the target. Throws StorageError; on failure the
    /// target is unchanged.
    static void restore(const QString &backupPath, const QString &targetPath);

    /// Copies source into a new file at destinationPath (which must not exist yet)
    /// via a temporary file in the same folder.
    static void copyTo(Database &source, const QString &destinationPath);
    /// Copies source over everything in an open destination (an in-memory copy of a file
    /// that may not be changed). Only reads the source. Throws StorageError (Locked, Io).
    static void copyInto(Database &source, Database &destination);

private:
    void rotate(const QString &filePath) const;

    QString m_directory;
    int m_keep;
    const core::Clock *m_clock;
};

} // namespace samverka::storage
