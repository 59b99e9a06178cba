#pragma once

// RAII prepared statement: bind by index (1-based) or name, step, read columns.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace samverka::storage {

class Database;
class StatementCache;

class Statement
{
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const QVariant &value); ///< null/invalid → NULL
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once: true while a row is available. Throws StorageError.
    bool step();
    /// Steps to completion (for statements without results).
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    std::optional<qint64> optInt(int column) const;
    std::optional<double> optReal(int column) const;

private:
    friend class Database;
    /// A statement taken from (and given back to) the connection's StatementCache.
    Statement(Database &db, sqlite3_stmt *stmt, const QString &sql,
              const std::shared_ptr<StatementCache> &cache);
    /// Gives the statement back to its cache, or finalises it when it has none (left).
    void release();

    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    std::weak_ptr<StatementCache> m_cache;
    QString m_sql; ///< the cache's key, only when m_cache is set
};

} // namespace samverka::storage
