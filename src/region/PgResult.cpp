#include "PgResult.h"

#include "LibPq.h"

namespace samverka::region {

PgResult::~PgResult()
{
    if (m_result)
        LibPq::get().PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            LibPq::get().PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? LibPq::get().PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? LibPq::get().PQnfields(m_result) : 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(LibPq::get().PQgetvalue(m_result, row, column),
                             LibPq::get().PQgetlength(m_result, row, column));
}

bool PgResult::isNull(int row, int column) const
{
    return LibPq::get().PQgetisnull(m_result, row, column) != 0;
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(LibPq::get().PQcmdTuples(m_result)).toLongLong() : 0;
}

} // namespace samverka::region
