#pragma once

// The result of one statement on the region database (a libpq PGresult), owned: the
// rows as text, as the server sends them, with NULL told apart from empty.

#include <QString>

#include <utility>

struct pg_result;

namespace samverka::region {

class PgResult
{
public:
    explicit PgResult(pg_result *result = nullptr)
        : m_result(result)
    {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept
        : m_result(std::exchange(other.m_result, nullptr))
    {}
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    QString text(int row, int column) const;
    bool isNull(int row, int column) const;
    /// The number of rows an INSERT, UPDATE, DELETE or COPY touched.
    qint64 affected() const;

private:
    pg_result *m_result;
};

} // namespace samverka::region
