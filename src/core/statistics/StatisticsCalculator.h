#pragma once

// The numbers of the problem picture from reported crime and population: tables by
// category and type (count, share, rate per 100 000, change from the year before),
// trends, comparisons between municipalities, the series a problem links to (and a
// goal's baseline from it), and survey indicators with their uncertainty.
// "Därav" parts and suppressed counts never enter a sum; monthly rates are not annualised.

#include "CrimeStatistic.h"
#include "Goal.h"
#include "Population.h"
#include "SurveyIndicator.h"
#include "statistics/CategoryMapper.h"
#include "statistics/StatisticsResults.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace samverka::core {

class StatisticsCalculator
{
public:
    enum class Measure { Count, RatePer100k };

    /// ownMunicipalityCode: the code that population rows without a code belong to.
    StatisticsCalculator(QList<CrimeStatistic> rows, QList<Population> population,
                         CategoryMapper mapper = CategoryMapper(),
                         QString ownMunicipalityCode = QString());

    QStringList municipalityCodes() const;
    /// Years with rows for the municipality and kind of period (whole year when empty).
    QList<int> years(const QString &code, bool wholeYearsOnly = true) const;
    std::optional<qint64> populationOf(const QString &code, int year) const;
    const CategoryMapper &mapper() const { return m_mapper; }

    /// count * 100 000 / population; no rate without both.
    static std::optional<double> ratePer100k(std::optional<int> count,
                                             std::optional<qint64> population);

    StatisticsTable table(const QString &code, int year, const QString &period = QString()) const;
    /// Yearly series, one per category with rows.
    QList<StatisticsSeries> trendByCategory(const QString &code) const;
    /// Yearly series per crime type (all top-level types when types is empty).
    QList<StatisticsSeries> trendByType(const QString &code, const QStringList &types = {}) const;
    /// Per municipality, the yearly series of one crime type or category (the total
    /// when key is empty): compare them by ratePer100k.
    QList<StatisticsSeries> comparison(const QStringList &codes,
                                       const QString &key = QString()) const;
    /// The yearly series of a problem's crimeCategories: each entry a crime type or a
    /// category; a type already inside a chosen category or parent is not counted twice.
    /// Empty entries: all reported crime.
    StatisticsSeries seriesFor(const QString &code, const QStringList &entries) const;
    /// A goal's baseline (or a follow-up's latest value) from a series: the value of the
    /// given year (latest with a value when none) dated 31 December of that year.
    static std::optional<GoalValue> goalValue(const StatisticsSeries &series,
                                              Measure measure = Measure::Count,
                                              std::optional<int> year = std::nullopt);

    /// Survey values per area and indicator by year, flagging wide or missing intervals.
    static QList<SurveySeries> surveySeries(const QList<SurveyIndicator> &values,
                                            const QString &areaCode = QString());
    static constexpr double kWideIntervalPoints = 10.0;

private:
    QList<qsizetype> groupRows(const QString &code, int year, const QString &period) const;
    bool isCounted(qsizetype row, const QSet<QString> &presentTypes) const;
    SeriesPoint point(const QString &code, int year, const QList<qsizetype> &selected) const;
    QList<qsizetype> select(const QString &code, int year, const QStringList &entries) const;

    QList<CrimeStatistic> m_rows;
    QList<QString> m_categoryOfRow;
    QHash<QString, QList<qsizetype>> m_rowsByGroup;
    QHash<QString, int> m_typeOrder;
    QHash<QString, qint64> m_population;
    QHash<QString, QString> m_names;
    CategoryMapper m_mapper;
};

} // namespace samverka::core
