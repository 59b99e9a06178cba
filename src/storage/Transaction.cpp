#include "Transaction.h"

#include "Database.h"

#include <QString>

#include <sqlite3.h>

namespace samverka::storage {

namespace {
// Nested transactions become savepoints, so a worker that runs its own Transaction
// can also be called inside a caller's (import, createFrom) without "cannot start a
// transaction within a transaction".
constexpr const char *nestedName = "samverka_nested";

bool inTransaction(Database &db)
{
    return sqlite3_get_autocommit(db.handle()) == 0;
}
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (inTransaction(m_db)) {
        m_db.exec(QStringLiteral("SAVEPOINT %1").arg(QLatin1String(nestedName)));
        m_nested = true;
    } else {
        // IMMEDIATE takes the write lock now: a colleague's writer makes us wait here
        // (busy timeout) and fail with Locked before anything was changed.
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    const char *sql =
        m_nested ? "ROLLBACK TO samverka_nested; RELEASE samverka_nested;" : "ROLLBACK";
    // An error here means SQLite already rolled back (e.g. disk full); nothing is left.
    sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    if (m_done)
        return;
    m_db.exec(m_nested ? QStringLiteral("RELEASE %1").arg(QLatin1String(nestedName))
                       : QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace samverka::storage
