#include "StatementCache.h"

#include <sqlite3.h>

namespace samverka::storage {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt *StatementCache::take(const QString &sql)
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return nullptr;
    sqlite3_stmt *stmt = it.value();
    m_idle.erase(it);
    ++m_hits;
    return stmt;
}

void StatementCache::giveBack(const QString &sql, sqlite3_stmt *stmt)
{
    if (stmt == nullptr)
        return;
    // A statement left mid-result would keep the connection's read transaction open.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_idle.size() >= capacity || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.insert(sql, stmt);
}

void StatementCache::clear()
{
    for (sqlite3_stmt *stmt : std::as_const(m_idle))
        sqlite3_finalize(stmt);
    m_idle.clear();
}

} // namespace samverka::storage
