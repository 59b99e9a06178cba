#include "StatisticsContext.h"

#include "MunicipalityFile.h"

#include <algorithm>

namespace samverka::ui {

StatisticsContext::StatisticsContext(const storage::MunicipalityFile &file)
    : m_ownCode(file.municipality().code)
    , m_calculator(makeCalculator(file, m_ownCode))
{}

StatisticsContext::~StatisticsContext() = default;

std::unique_ptr<core::StatisticsCalculator>
StatisticsContext::makeCalculator(const storage::MunicipalityFile &file, const QString &ownCode)
{
    return std::make_unique<core::StatisticsCalculator>(
        file.crimeStatistics(), file.population(), core::CategoryMapper(file.categoryMapping()),
        ownCode);
}

bool StatisticsContext::hasOwnStatistics() const
{
    return !m_ownCode.isEmpty() && m_calculator->municipalityCodes().contains(m_ownCode);
}

std::optional<core::StatisticsSeries>
StatisticsContext::seriesOf(const core::Problem &problem) const
{
    QStringList entries;
    for (const QString &entry : problem.crimeCategories) {
        if (!entry.trimmed().isEmpty())
            entries << entry.trimmed();
    }
    if (entries.isEmpty())
        return std::nullopt;
    return m_calculator->seriesFor(m_ownCode, entries);
}

std::optional<core::StatisticsSeries>
StatisticsContext::seriesOfGoal(const core::Agreement &agreement, const core::Goal &goal) const
{
    const core::Problem *problem = problemOf(agreement, goal.problem);
    if (!problem)
        return std::nullopt;
    std::optional<core::StatisticsSeries> series = seriesOf(*problem);
    if (!series || !hasValues(*series))
        return std::nullopt;
    return series;
}

bool StatisticsContext::hasValues(const core::StatisticsSeries &series)
{
    return series.latest().has_value();
}

bool StatisticsContext::hasRates(const core::StatisticsSeries &series)
{
    return std::any_of(series.points.cbegin(), series.points.cend(),
                       [](const core::SeriesPoint &p) { return p.ratePer100k.has_value(); });
}

const core::Problem *StatisticsContext::problemOf(const core::Agreement &agreement,
                                                  const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    for (const core::Problem &problem : agreement.problems) {
        if (problem.id == id)
            return &problem;
    }
    return nullptr;
}

} // namespace samverka::ui
