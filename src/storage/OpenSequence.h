#pragma once

// The checks that open an existing municipality file, in the order of design.md:
// exists, not a folder, readable, SQLite header, application id, damage, lock, schema
// version (newer: read-only; older: backup, then migrate), quick_check. Every failure
// is a StorageError of its own kind, and the file is byte-for-byte unchanged by it.

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
        int schemaVersion = 0; ///< on disk after opening (after a migration, the new one)
        MunicipalityFile::ReadOnlyReason readOnlyReason = MunicipalityFile::ReadOnlyReason::None;
        bool migrated = false;
        QString backupPath;
    };

    static Result run(const QString &path, const MunicipalityFile::OpenOptions &options);
    static Result run(const QString &path, const MunicipalityFile::OpenOptions &options,
                      const Settings &settings);
};

} // namespace samverka::storage
