#pragma once

// One connection to the region database over libpq. The connection string is libpq's
// own (key=value pairs or a postgresql:// URI); passwords come from libpq's own means
// (~/.pgpass, a service file, PGPASSWORD) and are never stored by Samverka. TLS is
// libpq's too (sslmode=require, verify-full). Every statement's failure is thrown as a
// RegionError in the server's words, named by what was being done.

#include "PgResult.h"
#include "RegionError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace samverka::region {

class LibPq;

class PgConnection
{
public:
    /// Connects; throws RegionError (Connection) naming the server and why.
    explicit PgConnection(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// One statement with positional parameters ($1, $2, …): a null QVariant is SQL
    /// NULL, anything else is sent as its text. Throws RegionError.
    PgResult exec(const QString &sql, const QVariantList &params = {}) const;
    /// Several statements without parameters, in one round trip. Throws RegionError.
    void script(const QString &sql) const;
    /// COPY table (columns) FROM STDIN in text format: one row per list, a null QVariant
    /// as \N. Throws RegionError.
    void copyIn(const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows) const;

    /// Runs f in a transaction begun with begin ("BEGIN", or with an isolation level):
    /// COMMIT after it, ROLLBACK when it throws (if the connection is gone, the server has
    /// rolled back already); returns f's result.
    template <typename F> auto transaction(const QString &begin, F &&f) const
    {
        script(begin);
        try {
            auto result = f();
            script(QStringLiteral("COMMIT"));
            return result;
        } catch (...) {
            rollback();
            throw;
        }
    }

    /// The role this connection acts as.
    QString user() const;
    /// "databas samverka på region-db:5432", for messages.
    QString where() const;

    /// A value as COPY's text format writes it (backslash, tab, new line escaped; NULL
    /// as \N).
    static QByteArray copyText(const QVariant &value);

private:
    void rollback() const noexcept;
    [[noreturn]] void fail(const QString &what, pg_result *result) const;

    const LibPq &m_pq; ///< loaded by the first connection
    pg_conn *m_conn = nullptr;
};

} // namespace samverka::region
