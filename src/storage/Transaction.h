#pragma once

// RAII write transaction (BEGIN IMMEDIATE): rolls back unless commit() is called.
// A write that meets another writer's lock waits for the busy timeout, then throws
// StorageError(Locked) with a plain message; nothing is half-written. Inside another
// transaction it becomes a savepoint, so workers compose.

namespace samverka::storage {

class Database;

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_nested = false;
};

} // namespace samverka::storage
