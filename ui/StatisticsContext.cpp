#include "StatisticsContext.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

StatisticsContext::StatisticsContext(const storage::MunicipalityFile &file)
    : m_ownCode(file.municipality().code)
    , m_calculator(makeCalculator(file, m_ownCode))
    , m_links(*m_calculator, m_ownCode)
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
    return m_links.hasOwnStatistics();
}

std::optional<core::StatisticsSeries>
StatisticsContext::seriesOf(const core::Problem &problem) const
{
    return m_links.seriesOf(problem);
}

std::optional<core::StatisticsSeries>
StatisticsContext::seriesOfGoal(const core::Agreement &agreement, const core::Goal &goal) const
{
    return m_links.seriesOfGoal(agreement, goal);
}

} // namespace samverka::ui
