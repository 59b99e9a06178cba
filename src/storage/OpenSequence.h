#pragma once

// The checks that open an existing municipality file, in the order of design.md:
// exists, not a folder, readable, SQLite header, application id, then under SQLite's shared
// lock: a journal left by a crash (rolled back), size, lock, schema
// version (newer: read-only; older: backup, then migrate; older but read-only: migrate
// an in-memory copy), quick_check. Every failure is a StorageError of its own kind, and
// the file is byte-for-byte unchanged by it.

#include "FileFormat.h"
#include "Migrator.h"
#include "MunicipalityFile.h"

#include <memory>

namespace samverka::storage {

class Database;

class OpenSequence
{
public:
    /// What the program expects; tests inject other versions and migration steps.
    struct Settings {
        int targetVersion = fileformat::schemaVersion;
        Migrator migrator;
        int busyTimeoutMs = fileformat::defaultBusyTimeoutMs;
        const core::Clock *clock = nullptr; ///< for backup names; null = the system clock
    };

    struct Result {
        std::unique_ptr<Database> db;
        /// Set when an older file could only be opened read-only: the read-only connection
        /// to the file itself, while db is an updated copy of it in memory.
        std::unique_ptr<Database> source;
        int schemaVersion = 0; ///< on disk after opening (after a migration, the new one)
        MunicipalityFile::ReadOnlyReason readOnlyReason = MunicipalityFile::ReadOnlyReason::None;
        bool migrated = false;
        /// A journal left by a write interrupted by a crash was rolled back on opening.
        bool recovered = false;
        QString backupPath;
        /// The routine copy on opening failed: why, for the user (the file opened anyway).
        QString backupFailure;
        /// OpenOptions::checkAfterOpening took effect: quick_check, the routine copy and
        /// the clean-up of old kept bytes are still to be done (OpeningCheck).
        bool checkPending = false;
    };

    static Result run(const QString &path, const MunicipalityFile::OpenOptions &options);
    static Result run(const QString &path, const MunicipalityFile::OpenOptions &options,
                      const Settings &settings);

    /// Steps 1–5, by reading bytes before SQLite sees the file: exists, not a folder,
    /// readable, SQLite header, application id. Throws StorageError of the step's kind.
    static void checkIdentity(const QString &path);
    /// Step 8's sizes against the header; meaningful only under SQLite's shared lock.
    /// Throws StorageError(Damaged).
    static void checkGeometry(const QString &path);
    /// The error of a damaged file, naming it; detail is what SQLite found.
    static StorageError damagedFile(const QString &path, const QString &detail);
    /// Deletes the bytes of removed attachments kept for an undo for more than seven days
    /// (left by a program that ended without dropping its undo steps). A failure (a
    /// colleague's lock) leaves them for the next time.
    static void dropOldKeptBytes(Database &db, int schemaVersion);

    /// The file behind source as this program's version has it: a backup-API copy in
    /// memory, migrated there, refusing changes. The file is only read. Throws
    /// StorageError (MigrationFailed naming the file, Locked).
    static std::unique_ptr<Database> migratedCopy(Database &source, const Settings &settings);
    /// Replaces copy's content with a new migratedCopy of source (after a colleague
    /// changed the file). On failure copy is left as it was.
    static void refreshCopy(Database &source, Database &copy, const Settings &settings);
};

} // namespace samverka::storage
