#include "StatisticsCalculator.h"

#include "CrimeTypeLabel.h"

#include <QCoreApplication>
#include <QMap>

#include <QSet>

#include <algorithm>

namespace samverka::core {

namespace {

QString groupKey(const QString &code, int year, const QString &period)
{
    return code + QChar(0x1F) + QString::number(year) + QChar(0x1F) + period;
}

QString populationKey(const QString &code, int year)
{
    return code + QChar(0x1F) + QString::number(year);
}

QString matchKey(const QString &label)
{
    return label.simplified().toCaseFolded();
}

std::optional<double> percent(std::optional<int> part, std::optional<int> whole)
{
    if (!part || !whole || *whole == 0)
        return std::nullopt;
    return 100.0 * *part / *whole;
}

void setChange(StatisticsLine &line, std::optional<int> previous)
{
    line.previousCount = previous;
    if (!line.count || !previous)
        return;
    line.change = *line.count - *previous;
    if (*previous != 0)
        line.changePercent = 100.0 * (*line.count - *previous) / *previous;
}

// Sums counts, leaving out missing ones and saying so.
struct Sum {
    std::optional<int> count;
    bool suppressed = false;
    bool preliminary = false;
    void add(const CrimeStatistic &row)
    {
        preliminary = preliminary || row.preliminary;
        if (!row.count) {
            suppressed = true;
            return;
        }
        count = count.value_or(0) + *row.count;
    }
};

} // namespace

StatisticsCalculator::StatisticsCalculator(QList<CrimeStatistic> rows, QList<Population> population,
                                           CategoryMapper mapper, QString ownMunicipalityCode)
    : m_rows(std::move(rows))
    , m_mapper(std::move(mapper))
{
    m_categoryOfRow.reserve(m_rows.size());
    QHash<QString, QString> categoryOfType;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const CrimeStatistic &row = m_rows.at(i);
        if (row.category.trimmed().isEmpty()) {
            auto it = categoryOfType.constFind(row.crimeType);
            if (it == categoryOfType.cend())
                it = categoryOfType.insert(row.crimeType, m_mapper.categoryForType(row.crimeType));
            m_categoryOfRow.append(it.value());
        } else {
            m_categoryOfRow.append(m_mapper.categoryFor(row));
        }
        m_rowsByGroup[groupKey(row.municipalityCode, row.year, row.period)].append(i);
        if (!m_typeOrder.contains(row.crimeType))
            m_typeOrder.insert(row.crimeType, int(m_typeOrder.size()));
        if (!row.municipalityName.isEmpty())
            m_names.insert(row.municipalityCode, row.municipalityName);
    }
    for (const Population &p : population) {
        const QString code =
            p.municipalityCode.isEmpty() ? ownMunicipalityCode : p.municipalityCode;
        if (!code.isEmpty() && p.value > 0)
            m_population.insert(populationKey(code, p.year), p.value);
    }
}

QStringList StatisticsCalculator::municipalityCodes() const
{
    // A set, not QStringList::contains per row: that was rows × codes comparisons
    // (200,000 × 60 at x10).
    QSet<QString> seen;
    for (const auto &row : m_rows)
        seen.insert(row.municipalityCode);
    QStringList codes(seen.cbegin(), seen.cend());
    std::sort(codes.begin(), codes.end());
    return codes;
}

QList<int> StatisticsCalculator::years(const QString &code, bool wholeYearsOnly) const
{
    QList<int> result;
    for (const auto &row : m_rows) {
        if (row.municipalityCode == code && (!wholeYearsOnly || row.period.isEmpty()) &&
            !result.contains(row.year))
            result.append(row.year);
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<qint64> StatisticsCalculator::populationOf(const QString &code, int year) const
{
    const auto it = m_population.constFind(populationKey(code, year));
    if (it == m_population.cend())
        return std::nullopt;
    return it.value();
}

std::optional<double> StatisticsCalculator::ratePer100k(std::optional<int> count,
                                                        std::optional<qint64> population)
{
    if (!count || !population || *population <= 0)
        return std::nullopt;
    return *count * 100000.0 / double(*population);
}

QList<qsizetype> StatisticsCalculator::groupRows(const QString &code, int year,
                                                 const QString &period) const
{
    return m_rowsByGroup.value(groupKey(code, year, period));
}

bool StatisticsCalculator::isCounted(qsizetype row, const QSet<QString> &presentTypes) const
{
    const QString &type = m_rows.at(row).crimeType;
    if (CrimeTypeLabel::isGrandTotal(type))
        return false;
    // A part is summed only when no level above it is in the table (then it is all we have).
    for (QString parent = CrimeTypeLabel::parentOf(type); !parent.isEmpty();
         parent = CrimeTypeLabel::parentOf(parent)) {
        if (presentTypes.contains(parent) && !CrimeTypeLabel::isGrandTotal(parent))
            return false;
    }
    return true;
}

StatisticsTable StatisticsCalculator::table(const QString &code, int year,
                                            const QString &period) const
{
    StatisticsTable table;
    table.municipalityCode = code;
    table.municipalityName = m_names.value(code);
    table.year = year;
    table.period = period;
    table.population = populationOf(code, year);

    const QList<qsizetype> rows = groupRows(code, year, period);
    const QList<qsizetype> previousRows = groupRows(code, year - 1, period);
    QSet<QString> present;
    for (const qsizetype i : rows)
        present.insert(m_rows.at(i).crimeType);
    QSet<QString> previousPresent;
    QHash<QString, qsizetype> previousByType;
    for (const qsizetype i : previousRows) {
        previousPresent.insert(m_rows.at(i).crimeType);
        previousByType.insert(m_rows.at(i).crimeType, i);
    }

    // Category sums, this year and the year before.
    QHash<QString, Sum> byCategory;
    QHash<QString, Sum> previousByCategory;
    Sum total;
    Sum previousTotal;
    for (const qsizetype i : rows) {
        const CrimeStatistic &row = m_rows.at(i);
        table.preliminary = table.preliminary || row.preliminary;
        if (!row.count)
            ++table.suppressedCount;
        if (CrimeTypeLabel::isGrandTotal(row.crimeType) && !CrimeTypeLabel::isPart(row.crimeType))
            table.reportedTotal = row.count;
        if (!isCounted(i, present))
            continue;
        byCategory[m_categoryOfRow.at(i)].add(row);
        total.add(row);
    }
    for (const qsizetype i : previousRows) {
        if (!isCounted(i, previousPresent))
            continue;
        previousByCategory[m_categoryOfRow.at(i)].add(m_rows.at(i));
        previousTotal.add(m_rows.at(i));
    }
    if (rows.isEmpty())
        return table;

    table.total.label =
        QCoreApplication::translate("samverka::core::StatisticsCalculator", "Total");
    table.total.count = total.count.value_or(0);
    table.total.suppressed = total.suppressed;
    table.total.preliminary = total.preliminary;
    table.total.sharePercent = table.total.count ? std::optional<double>(100.0) : std::nullopt;
    table.total.ratePer100k = ratePer100k(table.total.count, table.population);
    if (!previousRows.isEmpty())
        setChange(table.total, previousTotal.count.value_or(0));

    for (const QString &category : m_mapper.categories() + byCategory.keys()) {
        const auto it = byCategory.constFind(category);
        if (it == byCategory.cend())
            continue;
        if (std::any_of(table.categories.cbegin(), table.categories.cend(),
                        [&](const StatisticsLine &l) { return l.key == category; }))
            continue;
        StatisticsLine line;
        line.key = line.label = line.category = category;
        // A category whose every row is suppressed sums to nothing, and that counts as 0
        // in the total; the flag says the number is incomplete.
        line.count = it->count.value_or(0);
        line.suppressed = it->suppressed;
        line.preliminary = it->preliminary;
        line.sharePercent = percent(line.count, table.total.count);
        line.ratePer100k = ratePer100k(line.count, table.population);
        if (!previousRows.isEmpty())
            setChange(line, previousByCategory.value(category).count.value_or(0));
        table.categories.append(line);
    }

    // Types: grouped by category in the categories' order, then in the source's order.
    const QStringList categoryOrder = m_mapper.categories();
    QList<qsizetype> typeRows;
    for (const qsizetype i : rows) {
        if (!CrimeTypeLabel::isGrandTotal(m_rows.at(i).crimeType))
            typeRows.append(i);
    }
    auto categoryIndex = [&](qsizetype i) {
        const qsizetype index = categoryOrder.indexOf(m_categoryOfRow.at(i));
        return index < 0 ? categoryOrder.size() : index;
    };
    std::stable_sort(typeRows.begin(), typeRows.end(), [&](qsizetype a, qsizetype b) {
        const auto ca = categoryIndex(a);
        const auto cb = categoryIndex(b);
        if (ca != cb)
            return ca < cb;
        return m_typeOrder.value(m_rows.at(a).crimeType) <
               m_typeOrder.value(m_rows.at(b).crimeType);
    });
    for (const qsizetype i : typeRows) {
        const CrimeStatistic &row = m_rows.at(i);
        StatisticsLine line;
        line.key = row.crimeType;
        line.label = CrimeTypeLabel::leafName(row.crimeType);
        line.category = m_categoryOfRow.at(i);
        line.parentType = CrimeTypeLabel::parentOf(row.crimeType);
        line.depth = CrimeTypeLabel::depth(row.crimeType);
        line.isPart = !isCounted(i, present);
        line.discontinued = CrimeTypeLabel::isDiscontinued(row.crimeType);
        line.preliminary = row.preliminary;
        line.count = row.count;
        line.suppressed = !row.count;
        line.sharePercent = percent(row.count, table.total.count);
        line.ratePer100k = ratePer100k(row.count, table.population);
        if (const auto prev = previousByType.constFind(row.crimeType);
            prev != previousByType.cend())
            setChange(line, m_rows.at(*prev).count);
        table.types.append(line);
    }
    return table;
}

QList<qsizetype> StatisticsCalculator::select(const QString &code, int year,
                                              const QStringList &entries) const
{
    const QList<qsizetype> rows = groupRows(code, year, QString());
    QSet<QString> present;
    for (const qsizetype i : rows)
        present.insert(m_rows.at(i).crimeType);
    if (entries.isEmpty()) {
        QList<qsizetype> counted;
        for (const qsizetype i : rows) {
            if (isCounted(i, present))
                counted.append(i);
        }
        return counted;
    }
    QSet<QString> categories;
    QSet<QString> types;
    QSet<QString> normalisedTypes;
    for (const QString &entry : entries) {
        const QString category = m_mapper.canonicalCategory(entry);
        if (!category.isEmpty()) {
            categories.insert(category);
        } else {
            types.insert(matchKey(entry));
            normalisedTypes.insert(CrimeTypeLabel::normalised(entry));
        }
    }
    QList<qsizetype> selected;
    QSet<QString> selectedTypes;
    for (const qsizetype i : rows) {
        const QString &type = m_rows.at(i).crimeType;
        const bool byType = types.contains(matchKey(type)) ||
                            normalisedTypes.contains(CrimeTypeLabel::normalised(type));
        const bool byCategory = categories.contains(m_categoryOfRow.at(i)) && isCounted(i, present);
        if (byType || byCategory) {
            selected.append(i);
            selectedTypes.insert(type);
        }
    }
    // Leave out what a selected parent already contains.
    QList<qsizetype> result;
    for (const qsizetype i : selected) {
        bool inside = false;
        for (QString parent = CrimeTypeLabel::parentOf(m_rows.at(i).crimeType);
             !parent.isEmpty() && !inside; parent = CrimeTypeLabel::parentOf(parent))
            inside = selectedTypes.contains(parent);
        if (!inside)
            result.append(i);
    }
    return result;
}

SeriesPoint StatisticsCalculator::point(const QString &code, int year,
                                        const QList<qsizetype> &selected) const
{
    Sum sum;
    for (const qsizetype i : selected)
        sum.add(m_rows.at(i));
    SeriesPoint p;
    p.year = year;
    p.count = sum.count;
    p.suppressed = sum.suppressed;
    p.preliminary = sum.preliminary;
    p.ratePer100k = ratePer100k(p.count, populationOf(code, year));
    return p;
}

StatisticsSeries StatisticsCalculator::seriesFor(const QString &code,
                                                 const QStringList &entries) const
{
    StatisticsSeries series;
    series.key = entries.join(QStringLiteral("; "));
    series.label = entries.isEmpty()
                       ? QCoreApplication::translate("samverka::core::StatisticsCalculator",
                                                     "All reported crime")
                       : series.key;
    series.municipalityCode = code;
    series.municipalityName = m_names.value(code);
    for (const int year : years(code)) {
        const QList<qsizetype> selected = select(code, year, entries);
        if (!selected.isEmpty())
            series.points.append(point(code, year, selected));
    }
    return series;
}

QList<StatisticsSeries> StatisticsCalculator::trendByCategory(const QString &code) const
{
    QList<StatisticsSeries> result;
    QStringList withRows;
    for (const int year : years(code)) {
        for (const qsizetype i : groupRows(code, year, QString())) {
            if (!withRows.contains(m_categoryOfRow.at(i)) &&
                !CrimeTypeLabel::isGrandTotal(m_rows.at(i).crimeType))
                withRows.append(m_categoryOfRow.at(i));
        }
    }
    for (const QString &category : m_mapper.categories() + withRows) {
        if (!withRows.contains(category) ||
            std::any_of(result.cbegin(), result.cend(),
                        [&](const StatisticsSeries &s) { return s.key == category; }))
            continue;
        result.append(seriesFor(code, {category}));
    }
    return result;
}

QList<StatisticsSeries> StatisticsCalculator::trendByType(const QString &code,
                                                          const QStringList &types) const
{
    QStringList wanted = types;
    if (wanted.isEmpty()) {
        for (const auto &row : m_rows) {
            if (row.municipalityCode == code && row.period.isEmpty() &&
                !CrimeTypeLabel::isPart(row.crimeType) && !wanted.contains(row.crimeType))
                wanted.append(row.crimeType);
        }
        std::stable_sort(wanted.begin(), wanted.end(), [this](const QString &a, const QString &b) {
            return m_typeOrder.value(a) < m_typeOrder.value(b);
        });
    }
    QList<StatisticsSeries> result;
    for (const QString &type : std::as_const(wanted)) {
        StatisticsSeries series = seriesFor(code, {type});
        series.label = CrimeTypeLabel::leafName(type);
        result.append(series);
    }
    return result;
}

QList<StatisticsSeries> StatisticsCalculator::comparison(const QStringList &codes,
                                                         const QString &key) const
{
    QList<StatisticsSeries> result;
    for (const QString &code : codes) {
        StatisticsSeries series = seriesFor(code, key.isEmpty() ? QStringList() : QStringList{key});
        series.label = series.municipalityName.isEmpty() ? code : series.municipalityName;
        result.append(series);
    }
    return result;
}

std::optional<GoalValue> StatisticsCalculator::goalValue(const StatisticsSeries &series,
                                                         Measure measure, std::optional<int> year)
{
    for (auto it = series.points.crbegin(); it != series.points.crend(); ++it) {
        if (year && it->year != *year)
            continue;
        std::optional<double> value;
        if (measure == Measure::Count && it->count)
            value = double(*it->count);
        else if (measure == Measure::RatePer100k)
            value = it->ratePer100k;
        if (value)
            return GoalValue{value, QDate(it->year, 12, 31)};
        if (year)
            return std::nullopt;
    }
    return std::nullopt;
}

QList<SurveySeries> StatisticsCalculator::surveySeries(const QList<SurveyIndicator> &values,
                                                       const QString &areaCode)
{
    QList<SurveySeries> result;
    QHash<QString, qsizetype> indexOf;
    for (const SurveyIndicator &v : values) {
        if (!areaCode.isEmpty() && v.areaCode != areaCode)
            continue;
        const QString key = v.areaCode + QChar(0x1F) + v.indicator;
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend()) {
            it = indexOf.insert(key, result.size());
            SurveySeries series;
            series.areaCode = v.areaCode;
            series.indicator = v.indicator;
            series.source = v.source;
            result.append(series);
        }
        SurveyPoint p;
        p.year = v.year;
        p.value = v.value;
        p.ciLow = v.ciLow;
        p.ciHigh = v.ciHigh;
        p.wideInterval = !v.ciLow || !v.ciHigh || (*v.ciHigh - *v.ciLow) > kWideIntervalPoints;
        result[*it].points.append(p);
    }
    for (SurveySeries &series : result) {
        std::stable_sort(
            series.points.begin(), series.points.end(),
            [](const SurveyPoint &a, const SurveyPoint &b) { return a.year < b.year; });
        QStringList wideYears;
        for (const SurveyPoint &p : std::as_const(series.points)) {
            if (p.wideInterval)
                wideYears.append(QString::number(p.year));
        }
        series.hasWideInterval = !wideYears.isEmpty();
        if (series.hasWideInterval) {
            // sv: Osäkert urval: konfidensintervallet är bredare än 10 procentenheter eller saknas
            // (%1).
            series.warning = QCoreApplication::translate(
                                 "samverka::core::StatisticsCalculator",
                                 "The sample is uncertain: the confidence interval is wider than "
                                 "10 percentage points or not given (%1).")
                                 .arg(wideYears.join(QStringLiteral(", ")));
        }
    }
    return result;
}

} // namespace samverka::core
