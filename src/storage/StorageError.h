#pragma once

// Typed errors of the storage layer. Each carries a message meant for a person
// (translated through QCoreApplication::translate, context "samverka::storage"),
// so the UI and the CLI can show it as it is. Storage never shows a dialog.

#include <QString>

#include <stdexcept>

namespace samverka::storage {

class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        // Opening a file (design.md, "Opening checks"), in the order they are checked.
        NotFound,    ///< the path does not exist (opening never creates)
        IsDirectory, ///< the path is a folder
        NotReadable, ///< no permission to read
        NotSqlite,   ///< not an SQLite database at all (empty, random bytes, text)
        ForeignFile, ///< an SQLite database of another program (application id)
        Damaged,     ///< truncated or corrupt (header, quick_check)
        Locked,      ///< another program holds a lock and it did not go away in time
        /// A write interrupted by a crash left a journal that must be rolled back, and this
        /// program may not write the file or its folder to do it. Not damage.
        NeedsRecovery,
        MigrationFailed,
        AlreadyExists, ///< create() on a path that exists
        // Working with an open file.
        ReadOnly,       ///< the file is open read-only (newer version, permissions)
        Frozen,         ///< a change to the frozen content of a signed agreement
        NotFoundRecord, ///< no record with that id
        Invalid,        ///< a value or reference the schema refuses
        Refused,        ///< a change the rules refuse (e.g. signing without signatories)
        Io,             ///< anything else the database reported
    };

    StorageError(Kind kind, const QString &message, const QString &detail = {});

    Kind kind() const { return m_kind; }
    /// The message for a person, in the current UI language.
    QString message() const { return m_message; }
    /// Technical detail (SQLite's own message), for the log.
    QString detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace samverka::storage
