#pragma once

// The links of the method into the numbers: the yearly reported crimes a problem's
// crimeCategories name, in the file's own municipality, and what a goal of that problem
// is compared with (its count, or its rate per 100 000 when the goal's unit says so).
// One rule for the app and the documents.

#include "Agreement.h"
#include "statistics/StatisticsCalculator.h"

#include <optional>

namespace samverka::core {

class ProblemStatistics
{
public:
    /// ownCode: the municipality the links are about (the file's own).
    ProblemStatistics(const StatisticsCalculator &calculator, QString ownCode);

    /// True when the statistics have reported crime of the own municipality.
    bool hasOwnStatistics() const;
    /// The yearly series of the problem's crimeCategories; nullopt when the problem names
    /// none (never "all reported crime" by accident).
    std::optional<StatisticsSeries> seriesOf(const Problem &problem) const;
    /// The series of the goal's problem, when it has at least one value.
    std::optional<StatisticsSeries> seriesOfGoal(const Agreement &agreement,
                                                 const Goal &goal) const;
    /// The latest value of the goal's series in the goal's own measure, dated 31 December;
    /// nullopt when the goal does not compare with reported crime (see comparable).
    std::optional<GoalValue> latestForGoal(const Agreement &agreement, const Goal &goal) const;

    /// True for an effect goal counted in crimes or per 100 000: a production or process
    /// goal, or a goal measured as a share ("procent", "%", "andel"), says nothing a count
    /// of reported crimes could be set beside.
    static bool comparable(const Goal &goal);
    /// Per 100 000 inhabitants when the goal's unit says so ("anmälda brott per 100 000
    /// invånare"), else the count.
    static StatisticsCalculator::Measure measureOf(const Goal &goal);
    /// True when at least one year has a count.
    static bool hasValues(const StatisticsSeries &series);
    /// True when at least one year has a rate per 100 000 (population known).
    static bool hasRates(const StatisticsSeries &series);
    /// The problem of the agreement with that id, or nullptr.
    static const Problem *problemOf(const Agreement &agreement, const QString &id);

private:
    const StatisticsCalculator &m_calculator;
    QString m_ownCode;
};

} // namespace samverka::core
