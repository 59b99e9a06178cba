#pragma once

// Turns SQLite result codes into StorageError with a message for a person, so that
// every class of the storage layer reports a lock, damage or a refused value alike.

#include "StorageError.h"

#include <QString>

struct sqlite3;

namespace samverka::storage::sqliteerror {

/// The error for a result code; db (may be null) supplies SQLite's own message as detail.
StorageError fromCode(int rc, sqlite3 *db, const QString &path);
/// Throws fromCode(rc, db, path) unless rc is SQLITE_OK, SQLITE_ROW or SQLITE_DONE.
void check(int rc, sqlite3 *db, const QString &path);
/// The plain "someone else is writing" error.
StorageError locked(const QString &path, const QString &detail = {});
/// The "interrupted write, not damage" error (a hot journal a read-only connection met).
StorageError needsRecovery(const QString &path, const QString &detail = {});
/// The file name as a person sees it in a message.
QString displayPath(const QString &path);

} // namespace samverka::storage::sqliteerror
