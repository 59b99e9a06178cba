#pragma once

// The reported-crime statistics of the open file, read once and summed by one
// StatisticsCalculator, for every view that shows them: the statistics page and the
// links into the method (a problem's series, a goal's baseline, an effect follow-up's
// latest value), so they all count the same way.

#include "Agreement.h"
#include "statistics/ProblemStatistics.h"
#include "statistics/StatisticsCalculator.h"

#include <memory>
#include <optional>

namespace samverka::storage {
class MunicipalityFile;
}

namespace samverka::ui {

class StatisticsContext
{
public:
    /// Reads the statistics, population and category mapping of the file; throws what
    /// storage throws (a colleague's lock).
    explicit StatisticsContext(const storage::MunicipalityFile &file);
    ~StatisticsContext();
    StatisticsContext(const StatisticsContext &) = delete;
    StatisticsContext &operator=(const StatisticsContext &) = delete;

    /// A calculator over the file's statistics, the file's own municipality as the owner
    /// of population rows without a code.
    static std::unique_ptr<core::StatisticsCalculator>
    makeCalculator(const storage::MunicipalityFile &file, const QString &ownCode);

    const core::StatisticsCalculator &calculator() const { return *m_calculator; }
    /// The file's own municipality: the links into the method are about it.
    const QString &ownCode() const { return m_ownCode; }
    /// True when the file has reported crime of its own municipality.
    bool hasOwnStatistics() const;

    /// The yearly series of the problem's crimeCategories in the own municipality;
    /// nullopt when the problem names none (never "all reported crime" by accident).
    std::optional<core::StatisticsSeries> seriesOf(const core::Problem &problem) const;
    /// The series of the goal's problem, when the goal has a problem with a series
    /// that has at least one value.
    std::optional<core::StatisticsSeries> seriesOfGoal(const core::Agreement &agreement,
                                                       const core::Goal &goal) const;

    /// True when at least one year has a count.
    static bool hasValues(const core::StatisticsSeries &series)
    {
        return core::ProblemStatistics::hasValues(series);
    }
    /// True when at least one year has a rate per 100 000 (population known).
    static bool hasRates(const core::StatisticsSeries &series)
    {
        return core::ProblemStatistics::hasRates(series);
    }
    /// The problem of the agreement with that id, or nullptr.
    static const core::Problem *problemOf(const core::Agreement &agreement, const QString &id)
    {
        return core::ProblemStatistics::problemOf(agreement, id);
    }

private:
    QString m_ownCode;
    std::unique_ptr<core::StatisticsCalculator> m_calculator;
    core::ProblemStatistics m_links; ///< the rules, shared with the documents
};

} // namespace samverka::ui
