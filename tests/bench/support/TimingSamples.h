#pragma once

// The wall-clock times of the repetitions of one benchmarked operation, with the
// median and minimum the reports give (the machine is shared, so the median of many
// interleaved repetitions is what we compare, and the minimum shows the best case).

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>

namespace samverka::bench {

class TimingSamples
{
public:
    void add(double milliseconds) { m_values.append(milliseconds); }
    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    double median() const
    {
        if (m_values.isEmpty())
            return 0;
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    /// The value below which 95 % of the samples lie (nearest rank).
    double percentile95() const
    {
        if (m_values.isEmpty())
            return 0;
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        return sorted[qsizetype(0.95 * double(sorted.size() - 1) + 0.5)];
    }
    double min() const
    {
        return m_values.isEmpty() ? 0 : *std::min_element(m_values.cbegin(), m_values.cend());
    }
    double max() const
    {
        return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    }

    /// Times one call of f in milliseconds and records it.
    template <typename F> double time(F &&f)
    {
        QElapsedTimer timer;
        timer.start();
        f();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        add(ms);
        return ms;
    }

private:
    QList<double> m_values;
};

} // namespace samverka::bench
