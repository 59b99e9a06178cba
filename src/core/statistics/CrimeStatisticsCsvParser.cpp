#include "CrimeStatisticsCsvParser.h"

#include "CrimeTypeHierarchy.h"
#include "CrimeTypeLabel.h"
#include "CsvRecordReader.h"
#include "RepeatedKeyIndex.h"
#include "StatisticsImportError.h"
#include "StatisticsTableLayout.h"
#include "StatisticsValueParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>
#include <optional>

namespace samverka::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::core::CrimeStatisticsCsvParser", text);
}

[[noreturn]] void fail(int line, const QString &message)
{
    throw StatisticsImportError(line, message);
}

bool isBlank(const QList<QStringView> &fields)
{
    for (const QStringView f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool isFootnote(const QString &firstCell)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:källa|källor|anm\\b|anm\\.|anmärkning|not\\b|noter|fotnot|"
                       "uppgifterna|observera|obs\\b|förklaring|teckenförklaring|kommentar|"
                       "statistiken|siffrorna|source|note|\\*|\\(\\d\\)|\\d\\))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(firstCell).hasMatch();
}

QStringView cell(const QList<QStringView> &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QStringView();
}

template <typename T> T valueOrFail(std::variant<T, StatisticsValueParser::Error> parsed, int line)
{
    if (auto *error = std::get_if<StatisticsValueParser::Error>(&parsed))
        fail(line, error->message);
    return std::get<T>(std::move(parsed));
}

bool parseBool(QStringView cell)
{
    const QString k = cell.trimmed().toString().toCaseFolded();
    return k == QStringLiteral("true") || k == QStringLiteral("1") || k == QStringLiteral("ja") ||
           k == QStringLiteral("yes") || k == QStringLiteral("x");
}

/// The number of key in ids, a new one (ids.size()) when it is new.
int idOf(QHash<QString, int> &ids, const QString &key)
{
    auto found = ids.constFind(key);
    if (found == ids.cend())
        found = ids.insert(key, int(ids.size()));
    return found.value();
}

/// A record's fields as views: of the record itself, or of its unquoted copy when it
/// has quotes.
struct RecordFields {
    QList<QStringView> views;
    QStringList unquoted;

    void split(QStringView raw, QChar separator, qsizetype expected)
    {
        if (!CsvRecordReader::splitUnquoted(raw, separator, views)) {
            unquoted = CsvRecordReader::fields(raw.toString(), separator);
            for (const QString &field : std::as_const(unquoted))
                views.append(field);
        }
        CsvRecordReader::dropTrailingEmpty(views, expected);
    }
};

/// Where the table starts: the first record (by line) that is a header, or a row of the
/// exchange columns without one, with the records split at that table's separator.
struct HeaderSearch {
    std::optional<StatisticsTableLayout> layout;
    QList<CsvRecordReader::Span> records;
    qsizetype first = -1;                          ///< the record of the first row
    int headerLine = 0;                            ///< 0 for rows without a header
    int foundAt = std::numeric_limits<int>::max(); ///< the line of the header or first row

    /// Looks for the table in text split at separator, before the line found so far.
    void tryWith(const QString &text, QChar separator)
    {
        QList<CsvRecordReader::Span> spans = CsvRecordReader::spans(text, separator);
        for (qsizetype i = 0; i < spans.size() && spans.at(i).line < foundAt; ++i) {
            const QStringView raw = QStringView(text).sliced(spans.at(i).start, spans.at(i).length);
            if (raw.trimmed().isEmpty())
                continue;
            const QStringList fields = CsvRecordReader::fields(raw.toString(), separator);
            auto found = StatisticsTableLayout::fromHeader(fields, separator);
            const bool isHeader = found.has_value();
            if (!found)
                found = StatisticsTableLayout::fromHeaderlessExchange(fields, separator);
            if (!found)
                continue;
            layout = found;
            foundAt = spans.at(i).line;
            headerLine = isHeader ? foundAt : 0;
            first = isHeader ? i + 1 : i;
            records = std::move(spans);
            return;
        }
    }
};

/// The table of text: a separator that finds it on an earlier line wins, and on the same
/// line ';' before tab before ','.
HeaderSearch findHeader(const QString &text)
{
    HeaderSearch search;
    for (const QChar separator : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')})
        search.tryWith(text, separator);
    return search;
}

} // namespace

CrimeStatisticsCsvParser::CrimeStatisticsCsvParser()
    : m_regions(RegionResolver::bundled())
{}

CrimeStatisticsCsvParser::CrimeStatisticsCsvParser(const RegionResolver &regions)
    : m_regions(regions)
{}

CrimeStatisticsCsvParser::Result CrimeStatisticsCsvParser::parseFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(0, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

CrimeStatisticsCsvParser::Result CrimeStatisticsCsvParser::parse(const QByteArray &bytes) const
{
    const auto decoded = TextDecoding::decode(bytes);
    Result result = parseText(decoded.text);
    result.encoding = decoded.encoding;
    return result;
}

CrimeStatisticsCsvParser::Result CrimeStatisticsCsvParser::parseText(const QString &text) const
{
    Result result;
    // Records as places in the text: a file of 300 000 rows is read without a string per
    // line or per field (cells are views of the text, copied only when they are new). They
    // are split with the separator of the header, as the fields of each record are.
    HeaderSearch header = findHeader(text);
    const QList<CsvRecordReader::Span> &records = header.records;
    const auto raw = [&text, &records](qsizetype index) {
        const CsvRecordReader::Span &span = records.at(index);
        return QStringView(text).sliced(span.start, span.length);
    };
    const std::optional<StatisticsTableLayout> &layout = header.layout;
    const qsizetype first = header.first;
    result.headerLine = header.headerLine;
    if (!layout) {
        fail(0, tr("No table header found. Expected columns such as \"Region; Brott; År; Antal\" "
                   "or \"municipalityCode; year; period; crimeType; category; count\"."));
    }
    result.format = layout->format;
    if (layout->format == Format::NationalStatistics && layout->count < 0) {
        fail(result.headerLine,
             tr("the table has no \"Antal\" column; export the number of reported crimes"));
    }

    // Cells repeat across hundreds of thousands of rows, mostly the same as in the row
    // before: each distinct one is parsed once, and the row before's is kept at hand.
    QHash<QString, bool> footnoteCache;
    QString lastFootnoteCell;
    bool lastFootnote = false;
    bool haveFootnote = false;
    auto footnote = [&](QStringView firstCell) {
        if (haveFootnote && firstCell == lastFootnoteCell)
            return lastFootnote;
        lastFootnoteCell = firstCell.toString();
        auto it = footnoteCache.constFind(lastFootnoteCell);
        if (it == footnoteCache.cend())
            it = footnoteCache.insert(lastFootnoteCell, isFootnote(lastFootnoteCell));
        lastFootnote = it.value();
        haveFootnote = true;
        return lastFootnote;
    };
    QHash<QString, StatisticsValueParser::Year> yearCache;
    QString lastYearCell;
    std::optional<StatisticsValueParser::Year> lastYearValue;
    auto parseYear = [&](QStringView yearCell, int line) {
        if (lastYearValue && yearCell == lastYearCell)
            return *lastYearValue;
        const QString key = yearCell.toString();
        auto it = yearCache.constFind(key);
        if (it == yearCache.cend())
            it = yearCache.insert(key, valueOrFail(StatisticsValueParser::year(key), line));
        lastYearCell = key;
        lastYearValue = it.value();
        return it.value();
    };
    QHash<QString, StatisticsValueParser::Period> periodCache;
    QString lastPeriodCell;
    int lastPeriodYear = 0;
    std::optional<StatisticsValueParser::Period> lastPeriodValue;
    auto parsePeriod = [&](QStringView periodCell, int year, int line) {
        if (lastPeriodValue && year == lastPeriodYear && periodCell == lastPeriodCell)
            return *lastPeriodValue;
        const QString cellText = periodCell.toString();
        const QString key = cellText + QChar(0x1F) + QString::number(year);
        auto it = periodCache.constFind(key);
        if (it == periodCache.cend())
            it = periodCache.insert(
                key, valueOrFail(StatisticsValueParser::period(cellText, year), line));
        lastPeriodCell = cellText;
        lastPeriodYear = year;
        lastPeriodValue = it.value();
        return it.value();
    };
    const int expected = layout->columns;
    // A data row has all columns and something beside the first cell.
    auto looksLikeData = [&](const QList<QStringView> &fields) {
        if (fields.size() != expected || footnote(fields.at(0)))
            return false;
        for (int c = 1; c < fields.size(); ++c) {
            if (!fields.at(c).trimmed().isEmpty())
                return true;
        }
        return false;
    };

    CrimeTypeHierarchy hierarchy;
    result.rows.reserve(records.size() - first);
    result.sourceRates.reserve(records.size() - first);
    result.sourceLines.reserve(records.size() - first);
    QSet<QString> skippedRegions;
    QSet<QString> discontinued;

    // A crime type is known by a number: the hierarchy's for the national statistics, its
    // own for an exchange file (a file is one or the other). Finding the number hashes the
    // type's text once per row (the national crime cell as a view, without a copy; the
    // exchange file's crime type); what is kept per type and the repeated-key check then go
    // by the number, so the natural key's text is never put together and hashed per row.
    QHash<QString, int> exchangeTypeIds;
    QList<std::optional<std::optional<int>>> discontinuedById;
    RepeatedKeyIndex repeatedKeys;

    auto addRow = [&](CrimeStatistic row, int typeId, std::optional<double> rate, int line) {
        if (typeId >= discontinuedById.size())
            discontinuedById.resize(typeId + 1);
        auto &known = discontinuedById[typeId];
        if (!known)
            known = CrimeTypeLabel::discontinuedAfter(row.crimeType);
        if (const auto discontinuedAfter = *known) {
            if (!discontinued.contains(row.crimeType)) {
                discontinued.insert(row.crimeType);
                result.discontinuedTypes.append(row.crimeType);
            }
            if (row.year > *discontinuedAfter && row.count.value_or(0) > 0) {
                result.warnings.append(
                    tr("Line %1: \"%2\" was discontinued after %3 but has a count for %4.")
                        .arg(line)
                        .arg(row.crimeType)
                        .arg(*discontinuedAfter)
                        .arg(row.year));
            }
        }
        const qsizetype found =
            repeatedKeys.find(row.municipalityCode, row.year, row.period, typeId);
        if (found >= 0) {
            result.warnings.append(tr("Line %1 repeats line %2 (same municipality, year, period "
                                      "and crime type); the later row is used.")
                                       .arg(line)
                                       .arg(result.sourceLines.at(found)));
            result.rows[found] = std::move(row);
            result.sourceRates[found] = rate;
            result.sourceLines[found] = line;
        } else {
            result.rows.append(std::move(row));
            result.sourceRates.append(rate);
            result.sourceLines.append(line);
        }
    };

    struct RegionInfo {
        bool aggregate = false;
        std::optional<RegionResolver::Match> match;
    };
    QHash<QString, RegionInfo> regionCache;
    auto regionInfo = [&](const QString &region) {
        auto cached = regionCache.constFind(region);
        if (cached == regionCache.cend()) {
            RegionInfo info;
            info.aggregate = RegionResolver::isAggregateRegion(region);
            // A county or the whole country is kept for comparison; a police region is not.
            info.match = info.aggregate ? m_regions.aggregate(region) : m_regions.resolve(region);
            cached = regionCache.insert(region, info);
        }
        return cached.value();
    };
    QString lastRegion;
    RegionInfo lastRegionInfo;
    auto resolveRegion = [&](const QString &region,
                             int line) -> std::optional<RegionResolver::Match> {
        if (lastRegionInfo.aggregate && !lastRegionInfo.match) {
            ++result.skippedAggregateRows;
            if (!skippedRegions.contains(region.simplified())) {
                skippedRegions.insert(region.simplified());
                result.warnings.append(
                    tr("Line %1: \"%2\" is not a municipality; its rows are skipped.")
                        .arg(line)
                        .arg(region.simplified()));
            }
            return std::nullopt;
        }
        if (!lastRegionInfo.match) {
            fail(line, tr("the region \"%1\" is not a municipality in the list of Sweden's "
                          "municipalities")
                           .arg(region.simplified()));
        }
        return lastRegionInfo.match;
    };
    QString lastCrime;
    int lastCrimeId = -1;

    // 2. The table, until its footnotes.
    RecordFields fields;
    RecordFields later;
    for (qsizetype i = first; i < records.size(); ++i) {
        const int line = records.at(i).line;
        fields.split(raw(i), layout->separator, expected);
        if (isBlank(fields.views))
            continue;
        if (footnote(fields.views.at(0)))
            break;
        if (!looksLikeData(fields.views)) {
            bool moreData = false;
            for (qsizetype j = i + 1; j < records.size() && !moreData; ++j) {
                later.split(raw(j), layout->separator, expected);
                if (isBlank(later.views))
                    continue;
                if (footnote(later.views.at(0)))
                    break;
                moreData = looksLikeData(later.views);
            }
            if (!moreData)
                break; // footnotes without a footnote word
            fail(line, tr("expected %1 columns separated by \"%2\" but found %3")
                           .arg(expected)
                           .arg(layout->separator == QLatin1Char('\t') ? QStringLiteral("tab")
                                                                       : QString(layout->separator))
                           .arg(fields.views.size()));
        }
        result.lastTableLine = line;
        const QList<QStringView> &cells = fields.views;

        if (layout->format == Format::Exchange) {
            CrimeStatistic row;
            const QString codeCell = cell(cells, layout->code).trimmed().toString();
            const auto match = m_regions.resolve(codeCell);
            if (!match)
                fail(line, tr("the municipality code \"%1\" is unknown").arg(codeCell));
            row.municipalityCode = match->code;
            row.municipalityName = cell(cells, layout->name).trimmed().toString();
            if (row.municipalityName.isEmpty())
                row.municipalityName = match->name;
            const auto year = parseYear(cell(cells, layout->year), line);
            row.year = year.year;
            const auto period = parsePeriod(cell(cells, layout->period), row.year, line);
            if (period.year && *period.year != row.year) {
                fail(line, tr("the period \"%1\" is not in the year %2")
                               .arg(cell(cells, layout->period).trimmed())
                               .arg(row.year));
            }
            row.period = period.period;
            row.crimeType = cell(cells, layout->crime).toString().simplified();
            if (row.crimeType.isEmpty())
                fail(line, tr("the crime type is empty"));
            row.category = cell(cells, layout->category).toString().simplified();
            row.count =
                valueOrFail(StatisticsValueParser::count(cell(cells, layout->count)), line).value;
            row.preliminary = year.preliminary || period.preliminary ||
                              parseBool(cell(cells, layout->preliminary));
            const int typeId = idOf(exchangeTypeIds, row.crimeType);
            addRow(std::move(row), typeId, std::nullopt, line);
            continue;
        }

        // The national statistics: empty region/crime/year cells repeat the row above
        // (spreadsheets export merged cells that way).
        QStringView region = cell(cells, layout->region);
        if (region.trimmed().isEmpty())
            region = lastRegion;
        if (region.trimmed().isEmpty())
            fail(line, tr("the region is empty"));
        if (region != lastRegion) {
            lastRegion = region.toString();
            lastRegionInfo = regionInfo(lastRegion);
        }
        const QStringView crimeCell = cell(cells, layout->crime);
        if (crimeCell.trimmed().isEmpty()) {
            if (lastCrime.isEmpty())
                fail(line, tr("the crime type is empty"));
        } else {
            const CrimeTypeHierarchy::Label label = hierarchy.fullLabel(crimeCell);
            lastCrime = label.text;
            lastCrimeId = label.id;
        }
        const auto match = resolveRegion(lastRegion, line);

        if (layout->format == Format::NationalStatisticsYearColumns) {
            for (const auto &yc : layout->yearColumns) {
                const auto count =
                    valueOrFail(StatisticsValueParser::count(cell(cells, yc.column)), line);
                if (!match)
                    continue;
                CrimeStatistic row;
                row.municipalityCode = match->code;
                row.municipalityName = match->name;
                row.year = yc.year;
                row.crimeType = lastCrime;
                row.count = count.value;
                row.preliminary = yc.preliminary;
                addRow(std::move(row), lastCrimeId, std::nullopt, line);
            }
            continue;
        }

        std::optional<StatisticsValueParser::Year> year;
        if (layout->year >= 0) {
            QStringView yearCell = cell(cells, layout->year);
            if (yearCell.trimmed().isEmpty())
                yearCell = lastYearCell;
            year = parseYear(yearCell, line);
        }
        const QStringView periodCell = cell(cells, layout->period);
        const auto period = parsePeriod(periodCell, year ? year->year : 0, line);
        if (year && period.year && *period.year != year->year) {
            fail(line, tr("the period \"%1\" is not in the year %2")
                           .arg(periodCell.trimmed())
                           .arg(year->year));
        }
        if (!year && !period.year)
            fail(line, tr("the period \"%1\" names no year").arg(periodCell.trimmed()));
        const auto count =
            valueOrFail(StatisticsValueParser::count(cell(cells, layout->count)), line);
        std::optional<double> rate;
        if (layout->rate >= 0)
            rate = valueOrFail(StatisticsValueParser::decimal(cell(cells, layout->rate)), line);
        if (!match)
            continue;
        CrimeStatistic row;
        row.municipalityCode = match->code;
        row.municipalityName = match->name;
        row.year = year ? year->year : *period.year;
        row.period = period.period;
        row.crimeType = lastCrime;
        row.count = count.value;
        row.preliminary = (year && year->preliminary) || period.preliminary;
        addRow(std::move(row), lastCrimeId, rate, line);
    }

    for (const auto &row : std::as_const(result.rows)) {
        if (!row.count)
            ++result.suppressedCount;
    }
    if (result.rows.isEmpty() && result.skippedAggregateRows == 0)
        result.warnings.append(tr("The table has no rows."));
    result.aggregatePopulation = aggregatePopulation(result);
    return result;
}

QList<Population> CrimeStatisticsCsvParser::aggregatePopulation(const Result &result)
{
    // Per county (or the country) and year, the whole-year row with the largest count and a
    // rate of the file's own: its population is count × 100 000 / rate, rounded.
    QMap<QPair<QString, int>, qsizetype> best;
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const CrimeStatistic &row = result.rows.at(i);
        const std::optional<double> rate = result.sourceRates.value(i);
        if (row.municipalityCode.size() != 2 || !row.period.isEmpty() || !row.count ||
            *row.count <= 0 || !rate || *rate <= 0)
            continue;
        const QPair<QString, int> key{row.municipalityCode, row.year};
        const auto found = best.constFind(key);
        if (found == best.cend() || *result.rows.at(*found).count < *row.count)
            best.insert(key, i);
    }
    QList<Population> out;
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        const CrimeStatistic &row = result.rows.at(it.value());
        const double population = *row.count * 100000.0 / *result.sourceRates.at(it.value());
        // A rate that makes no sense (a typo, a tiny fraction) gives no population at all.
        constexpr double most = 1e9;
        if (std::isfinite(population) && population >= 1 && population <= most)
            out.append({row.municipalityCode, row.year, qRound64(population)});
    }
    return out;
}

} // namespace samverka::core
