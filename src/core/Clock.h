#pragma once

// An injectable clock: everything that depends on today's date asks one of these,
// so tests can fix the date.

#include <QDate>
#include <QDateTime>

namespace samverka::core {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    /// The real clock (local time).
    static const Clock &system();
};

/// A clock that always says the same time; for tests and reproducible output.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    explicit FixedClock(QDate day)
        : m_at(day.startOfDay())
    {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace samverka::core
