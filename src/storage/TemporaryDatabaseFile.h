#pragma once

// A not-yet-named database file in the target's folder: it gets its final name by an
// atomic rename only when it is complete, and is removed (with its journal) otherwise.
// Used for create, import, backup and restore, so nobody ever sees a partial file.

#include <QString>

namespace samverka::storage {

class TemporaryDatabaseFile
{
public:
    /// Reserves a unique empty file next to finalPath. Throws StorageError(Io).
    explicit TemporaryDatabaseFile(const QString &finalPath);
    ~TemporaryDatabaseFile();
    TemporaryDatabaseFile(const TemporaryDatabaseFile &) = delete;
    TemporaryDatabaseFile &operator=(const TemporaryDatabaseFile &) = delete;

    QString path() const { return m_path; }

    /// Renames the file to its final name. Without overwrite an existing file is
    /// refused (StorageError AlreadyExists); with it the old file is replaced in one
    /// step. All connections to the temporary file must be closed first.
    void commit(bool overwrite);

private:
    QString m_path;
    QString m_finalPath;
    bool m_committed = false;
};

} // namespace samverka::storage
