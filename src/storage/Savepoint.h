#pragma once

// RAII nested savepoint inside a transaction: rolls back to itself unless released.

#include <QString>

namespace samverka::storage {

class Database;

class Savepoint
{
public:
    Savepoint(Database &db, const QString &name);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    void release();

private:
    Database &m_db;
    QString m_name;
    bool m_done = false;
};

} // namespace samverka::storage
