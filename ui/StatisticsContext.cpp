#include "StatisticsContext.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

StatisticsContext::StatisticsContext(const storage::MunicipalityFile &file, Scope scope)
    : m_ownCode(file.municipality().code)
    , m_fileCodes(file.statisticsMunicipalityCodes())
    , m_readCodes(scope == Scope::All ? QStringList() : file.comparedMunicipalityCodes())
    , m_readAll(m_readCodes.isEmpty()) // All, or a file without a code of its own
    , m_calculator(std::make_unique<core::StatisticsCalculator>(
          file.crimeStatistics(m_readCodes), file.population(),
          core::CategoryMapper(file.categoryMapping()), m_ownCode))
    , m_links(*m_calculator, m_ownCode)
{}

StatisticsContext::~StatisticsContext() = default;

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
