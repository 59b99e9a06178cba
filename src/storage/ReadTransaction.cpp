#include "ReadTransaction.h"

#include "Database.h"

#include <QString>

#include <sqlite3.h>

namespace samverka::storage {

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
{
    // A savepoint outside a transaction begins a deferred one: the shared lock is taken by
    // the first read and kept until the release.
    m_db.exec(QStringLiteral("SAVEPOINT samverka_read"));
}

ReadTransaction::~ReadTransaction()
{
    // An error here means SQLite already ended the transaction; nothing is left to end.
    sqlite3_exec(m_db.handle(), "RELEASE samverka_read", nullptr, nullptr, nullptr);
}

} // namespace samverka::storage
