#include "ProblemStatistics.h"

#include <algorithm>

namespace samverka::core {

ProblemStatistics::ProblemStatistics(const StatisticsCalculator &calculator, QString ownCode)
    : m_calculator(calculator)
    , m_ownCode(std::move(ownCode))
{}

bool ProblemStatistics::hasOwnStatistics() const
{
    return !m_ownCode.isEmpty() && m_calculator.municipalityCodes().contains(m_ownCode);
}

std::optional<StatisticsSeries> ProblemStatistics::seriesOf(const Problem &problem) const
{
    QStringList entries;
    for (const QString &entry : problem.crimeCategories) {
        if (!entry.trimmed().isEmpty())
            entries << entry.trimmed();
    }
    if (entries.isEmpty())
        return std::nullopt;
    return m_calculator.seriesFor(m_ownCode, entries);
}

std::optional<StatisticsSeries> ProblemStatistics::seriesOfGoal(const Agreement &agreement,
                                                                const Goal &goal) const
{
    const Problem *problem = problemOf(agreement, goal.problem);
    if (!problem)
        return std::nullopt;
    std::optional<StatisticsSeries> series = seriesOf(*problem);
    if (!series || !hasValues(*series))
        return std::nullopt;
    return series;
}

std::optional<GoalValue> ProblemStatistics::latestForGoal(const Agreement &agreement,
                                                          const Goal &goal) const
{
    if (!comparable(goal))
        return std::nullopt;
    const std::optional<StatisticsSeries> series = seriesOfGoal(agreement, goal);
    if (!series)
        return std::nullopt;
    std::optional<GoalValue> value = StatisticsCalculator::goalValue(*series, measureOf(goal));
    if (!value || !value->value)
        return std::nullopt;
    return value;
}

bool ProblemStatistics::comparable(const Goal &goal)
{
    if (goal.kind != GoalKind::Effect)
        return false;
    const QString unit = goal.unit.toCaseFolded();
    return !unit.contains(QLatin1String("procent")) && !unit.contains(QLatin1Char('%')) &&
           !unit.contains(QLatin1String("andel")) && !unit.contains(QLatin1String("percent"));
}

StatisticsCalculator::Measure ProblemStatistics::measureOf(const Goal &goal)
{
    QString unit = goal.unit;
    for (const QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x202F)})
        unit.remove(space);
    return unit.contains(QLatin1String("100000")) ? StatisticsCalculator::Measure::RatePer100k
                                                  : StatisticsCalculator::Measure::Count;
}

bool ProblemStatistics::hasValues(const StatisticsSeries &series)
{
    return series.latest().has_value();
}

bool ProblemStatistics::hasRates(const StatisticsSeries &series)
{
    return std::any_of(series.points.cbegin(), series.points.cend(),
                       [](const SeriesPoint &p) { return p.ratePer100k.has_value(); });
}

const Problem *ProblemStatistics::problemOf(const Agreement &agreement, const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    for (const Problem &problem : agreement.problems) {
        if (problem.id == id)
            return &problem;
    }
    return nullptr;
}

} // namespace samverka::core
