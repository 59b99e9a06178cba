#pragma once

// The numbers that make a file a Samverka municipality file: the application id in
// the SQLite header ("SAMV") and the schema version this program writes.

#include <QtGlobal>

namespace samverka::storage::fileformat {

/// PRAGMA application_id of every municipality file: 0x53414D56, "SAMV" in ASCII.
inline constexpr qint32 applicationId = 0x53414D56;
/// PRAGMA user_version this program creates and migrates to.
inline constexpr int schemaVersion = 10;
/// How long a statement waits for another connection's lock before giving up.
inline constexpr int defaultBusyTimeoutMs = 5000;
/// The 16 bytes every SQLite 3 database file starts with.
inline constexpr char sqliteHeader[] = "SQLite format 3"; // + the terminating NUL = 16 bytes

} // namespace samverka::storage::fileformat
