#include "statistics/SituationMapping.h"

#include <QCoreApplication>

#include <algorithm>

namespace samverka::core {

namespace {

std::optional<double> asDouble(std::optional<int> value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

MappingLine lineOf(const StatisticsLine &last, const StatisticsLine *first)
{
    MappingLine line;
    line.key = last.key;
    line.label = last.label;
    line.count = last.count;
    line.sharePercent = last.sharePercent;
    line.ratePer100k = last.ratePer100k;
    line.changePercent = last.changePercent;
    line.suppressed = last.suppressed;
    if (first)
        line.periodChangePercent =
            SituationMapping::percentChange(asDouble(first->count), asDouble(last.count));
    return line;
}

const StatisticsLine *findLine(const QList<StatisticsLine> &lines, const QString &key)
{
    for (const StatisticsLine &l : lines)
        if (l.key == key)
            return &l;
    return nullptr;
}

std::optional<double> rateIn(const StatisticsSeries &series, int year)
{
    for (const SeriesPoint &p : series.points)
        if (p.year == year)
            return p.ratePer100k;
    return std::nullopt;
}

} // namespace

std::optional<double> SituationMapping::percentChange(std::optional<double> from,
                                                      std::optional<double> to)
{
    if (!from || !to || *from == 0)
        return std::nullopt;
    return (*to - *from) * 100.0 / *from;
}

SituationMappingResult SituationMapping::ofEdition(const MunicipalityData &data,
                                                   const SituationPicture &edition)
{
    if (!edition.fromYear || !edition.toYear)
        return {};
    const StatisticsCalculator calculator(data.crimeStatistics, data.population,
                                          CategoryMapper(data.categoryMapping),
                                          data.municipality.code);
    QString code = data.municipality.code;
    if (code.isEmpty() && !calculator.municipalityCodes().isEmpty())
        code = calculator.municipalityCodes().first();
    return build(calculator, code, *edition.fromYear, *edition.toYear, edition.comparisons,
                 data.surveyIndicators);
}

void SituationMapping::markWideIntervals(QList<SurveySeries> &survey)
{
    // A missing interval gets no width warning here, rather than a guess (issue #14).
    for (SurveySeries &series : survey) {
        QStringList wideYears;
        for (SurveyPoint &p : series.points) {
            p.wideInterval = p.ciLow && p.ciHigh &&
                             (*p.ciHigh - *p.ciLow) > StatisticsCalculator::kWideIntervalPoints;
            if (p.wideInterval)
                wideYears << QString::number(p.year);
        }
        series.hasWideInterval = !wideYears.isEmpty();
        series.warning = series.hasWideInterval
                             ? QCoreApplication::translate(
                                   "samverka::core::SituationMapping",
                                   "The sample is small: the confidence interval is wider than "
                                   "10 percentage points (%1).")
                                   .arg(wideYears.join(QStringLiteral(", ")))
                             : QString();
    }
}

SituationMappingResult SituationMapping::build(const StatisticsCalculator &calculator,
                                               const QString &code, int fromYear, int toYear,
                                               const QStringList &comparisonCodes,
                                               const QList<SurveyIndicator> &survey)
{
    SituationMappingResult r;
    QList<int> years;
    for (const int year : calculator.years(code))
        if (year >= fromYear && year <= toYear)
            years << year;
    if (years.isEmpty())
        return r;
    r.fromYear = years.first();
    r.toYear = years.last();
    const StatisticsTable last = calculator.table(code, r.toYear);
    const StatisticsTable first = calculator.table(code, r.fromYear);
    const bool span = r.fromYear != r.toYear;

    for (const StatisticsLine &c : last.categories)
        r.categories << lineOf(c, span ? findLine(first.categories, c.key) : nullptr);
    r.total = lineOf(last.total, span ? &first.total : nullptr);
    QList<const StatisticsLine *> types;
    for (const StatisticsLine &t : last.types)
        if (!t.isPart && t.depth == 1 && t.count)
            types << &t;
    std::stable_sort(
        types.begin(), types.end(),
        [](const StatisticsLine *a, const StatisticsLine *b) { return *a->count > *b->count; });
    for (qsizetype i = 0; i < types.size() && i < largestTypesShown; ++i)
        r.largestTypes << lineOf(*types.at(i),
                                 span ? findLine(first.types, types.at(i)->key) : nullptr);

    for (StatisticsSeries series : calculator.trendByCategory(code)) {
        series.points.erase(std::remove_if(series.points.begin(), series.points.end(),
                                           [&](const SeriesPoint &p) {
                                               return p.year < r.fromYear || p.year > r.toYear;
                                           }),
                            series.points.end());
        if (!series.points.isEmpty())
            r.trend << series;
    }

    QStringList codes{code};
    for (const QString &other : comparisonCodes)
        if (!codes.contains(other))
            codes << other;
    for (const StatisticsSeries &series : calculator.comparison(codes)) {
        MappingComparison c;
        c.code = series.municipalityCode;
        c.name = series.label;
        c.own = c.code == code;
        c.ratePer100k = rateIn(series, r.toYear);
        c.periodChangePercent = percentChange(rateIn(series, r.fromYear), c.ratePer100k);
        r.comparison << c;
    }

    QList<SurveyIndicator> inSpan;
    for (const SurveyIndicator &s : survey)
        if (s.year >= fromYear && s.year <= toYear)
            inSpan << s;
    r.survey = StatisticsCalculator::surveySeries(inSpan, code);
    markWideIntervals(r.survey);
    return r;
}

} // namespace samverka::core
