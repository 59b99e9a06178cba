#pragma once

// RAII read transaction: everything read while it lives comes from one state of the file.
// Without it every SELECT is its own transaction, and a colleague's commit between two of
// them gives an agreement that never existed (a torn read). SQLite's shared lock, held
// from the first read to the end, keeps every commit out meanwhile (a colleague's writer
// waits for it, up to its busy timeout). Inside a transaction it is a savepoint, so loads
// compose with each other and with writes.

namespace samverka::storage {

class Database;

class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    /// Ends the transaction (a read has nothing to roll back).
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
};

} // namespace samverka::storage
