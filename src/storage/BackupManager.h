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
    /// The range of copies per file name a user may choose (the settings' spin box).
    static constexpr int minKeep = 1;
    static constexpr int maxKeep = 100;

    /// An empty directory means defaultDirectory(). keep is bounded to minKeep..maxKeep:
    /// callers offer only that range, so this guards against a hand-edited setting.
    explicit BackupManager(const QString &directory = {}, int keep = defaultKeep,
                           const core::Clock &clock = core::Clock::system());

    /// The desktop app's local data folder + "/backups"
    /// (QStandardPaths::AppLocalDataLocation of the application "Samverka"), the same for
    /// samverka-cli, whose own application name differs: one folder for both programs.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    int keep() const { return m_keep; }

    /// Creates directory if need be and checks that a file can be written in it. Throws
    /// StorageError (Io) with a message naming the folder and what is wrong.
    static void prepareDirectory(const QString &directory);

    /// Copies the open file into <directory>/<basename>-<yyyyMMdd-HHmmss>.samverka, then
    /// removes the oldest copies of that file name beyond keep, in that folder only.
    /// Returns the new copy's path; or, when the newest copy already holds what the file
    /// holds (no commit since), that copy's path, making none. Throws StorageError (Io naming the
    /// folder, Locked); the source is never changed.
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
