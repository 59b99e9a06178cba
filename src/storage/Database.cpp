#include "Database.h"

#include "FileFormat.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "StatementCache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace samverka::storage {

namespace {

int openFlags(Database::Mode mode)
{
    switch (mode) {
    case Database::Mode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::Create:
    case Database::Mode::Memory:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

} // namespace

Database::Database(const QString &path, Mode mode, int busyTimeoutMs)
    : m_path(path)
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_statements(std::make_shared<StatementCache>())
{
    if ((mode == Mode::ReadWrite || mode == Mode::ReadOnly) && !QFileInfo::exists(path)) {
        // SQLite would say "cannot open"; a person needs to hear that the file is missing.
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("samverka::storage", "The file \"%1\" does not exist.")
                .arg(sqliteerror::displayPath(path)));
    }
    const QByteArray name = mode == Mode::Memory ? QByteArrayLiteral(":memory:") : path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, openFlags(mode), nullptr);
    if (rc != SQLITE_OK) {
        StorageError error = sqliteerror::fromCode(rc, m_db, path);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw error;
    }
    try {
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
        // These two only set connection state; they never touch the file.
        exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"));
        // WAL does not work on network shares. Setting the mode reads the header, so it is
        // skipped on read-only connections: those are used to inspect files that may not
        // be ours, and must never change them. An in-memory database has no journal file.
        if (mode == Mode::ReadWrite || mode == Mode::Create)
            exec(QStringLiteral("PRAGMA journal_mode = DELETE;"));
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    m_statements->clear();
    m_statements.reset(); // a Statement still alive finalises itself instead of giving back
    // close_v2 defers the close until every statement is finalised, so a Statement that
    // outlives its Database by mistake cannot crash the program.
    sqlite3_close_v2(m_db);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::exec(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    sqliteerror::check(rc, m_db, m_path);
}

Statement Database::prepare(const QString &sql)
{
    if (sqlite3_stmt *kept = m_statements->take(sql))
        return Statement(*this, kept, sql, m_statements);
    Statement statement(*this, sql);
    statement.m_cache = m_statements;
    statement.m_sql = sql;
    return statement;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::dataVersion()
{
    Statement statement = prepare(QStringLiteral("PRAGMA data_version"));
    return statement.step() ? statement.int64(0) : 0;
}

void Database::setBusyTimeoutMs(int ms)
{
    m_busyTimeoutMs = ms;
    sqlite3_busy_timeout(m_db, ms);
}

} // namespace samverka::storage
