#pragma once

// RAII owner of one sqlite3 connection with the project's connection settings
// (journal_mode=DELETE, synchronous=FULL, foreign_keys=ON, busy timeout).

#include <QString>

#include <memory>

struct sqlite3;

namespace samverka::storage {

class Statement;
class StatementCache;

class Database
{
public:
    /// Memory: a private, empty in-memory database that stands for the file at path (an
    /// updated copy of a file that may not be changed); path only names it in messages
    /// and is never opened.
    enum class Mode { ReadWrite, ReadOnly, Create, Memory };

    /// Opens (never creates unless Mode::Create). Throws StorageError. The busy timeout
    /// applies from the first statement on (setting up the connection may already wait).
    Database(const QString &path, Mode mode, int busyTimeoutMs = 5000);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const;

    /// Runs one or more statements without results. Throws StorageError.
    void exec(const QString &sql);
    /// A prepared statement for sql: one kept from an earlier prepare of the same text
    /// when there is one (StatementCache), else newly prepared. Throws StorageError.
    Statement prepare(const QString &sql);
    /// The statements kept for reuse (for tests and benchmarks).
    const StatementCache &statementCache() const { return *m_statements; }
    qint64 lastInsertRowId() const;
    int changes() const;
    /// PRAGMA data_version: changes when another connection commits.
    qint64 dataVersion();

    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    void setBusyTimeoutMs(int ms);

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_busyTimeoutMs = 5000;
    std::shared_ptr<StatementCache> m_statements;
};

} // namespace samverka::storage
