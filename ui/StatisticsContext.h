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
    /// Which municipalities' crime statistics are read.
    enum class Scope {
        /// The own municipality and those its lägesbild editions compare with: what the
        /// links into the method and the lägesbild show (every municipality when the
        /// file has no code of its own).
        Compared,
        /// Every municipality of the file: for the statistics page's other
        /// municipalities and its comparison.
        All,
    };

    /// Reads the statistics of the scope, the population and the category mapping of the
    /// file; throws what storage throws (a colleague's lock).
    explicit StatisticsContext(const storage::MunicipalityFile &file,
                               Scope scope = Scope::Compared);
    ~StatisticsContext();
    StatisticsContext(const StatisticsContext &) = delete;
    StatisticsContext &operator=(const StatisticsContext &) = delete;

    const core::StatisticsCalculator &calculator() const { return *m_calculator; }
    /// The file's own municipality: the links into the method are about it.
    const QString &ownCode() const { return m_ownCode; }
    /// Every municipality the file has crime statistics of, whatever the scope read.
    const QStringList &fileCodes() const { return m_fileCodes; }
    /// True when the calculator has the rows of that municipality.
    bool covers(const QString &code) const { return m_readAll || m_readCodes.contains(code); }
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
    QStringList m_fileCodes;
    QStringList m_readCodes; ///< the codes read; every code when m_readAll
    bool m_readAll = false;
    std::unique_ptr<core::StatisticsCalculator> m_calculator;
    core::ProblemStatistics m_links; ///< the rules, shared with the documents
};

} // namespace samverka::ui
