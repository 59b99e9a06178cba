#pragma once

// The prepared statements of one connection that are not in use, by SQL text, so that a
// statement run again (every load of an agreement, every edit) is not parsed and planned
// again. Database::prepare takes from it; a Statement gives its sqlite3_stmt back when it
// goes out of scope, reset (so it holds no read lock) and with its bindings cleared.
// Statements are still planned for the schema they meet: SQLite prepares a cached one again
// by itself after a migration changes the schema.

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace samverka::storage {

class StatementCache
{
public:
    /// More distinct statements than this are finalised when given back, not kept.
    static constexpr int capacity = 256;

    StatementCache() = default;
    ~StatementCache(); ///< finalises every statement kept
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// A kept statement for sql, taken out of the cache, or nullptr.
    sqlite3_stmt *take(const QString &sql);
    /// Resets stmt and keeps it for sql (or finalises it when one is kept already or the
    /// cache is full).
    void giveBack(const QString &sql, sqlite3_stmt *stmt);
    /// Finalises every statement kept (before the connection closes).
    void clear();
    int size() const { return int(m_idle.size()); }
    /// How often take() found a statement, for tests and benchmarks.
    qint64 hits() const { return m_hits; }

private:
    QHash<QString, sqlite3_stmt *> m_idle;
    qint64 m_hits = 0;
};

} // namespace samverka::storage
