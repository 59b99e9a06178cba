#include "CrimeStatisticsCsvParser.h"

#include "CrimeTypeHierarchy.h"
#include "CrimeTypeLabel.h"
#include "CsvRecordReader.h"
#include "StatisticsImportError.h"
#include "StatisticsTableLayout.h"
#include "StatisticsValueParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
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

// municipalityCode + year + period + crimeType, without building a string per row.
struct NaturalKey {
    QString code;
    int year;
    QString period;
    QString crimeType;
    bool operator==(const NaturalKey &) const = default;
};

size_t qHash(const NaturalKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.code, key.year, key.period, key.crimeType);
}

QString cell(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

template <typename T> T valueOrFail(std::variant<T, StatisticsValueParser::Error> parsed, int line)
{
    if (auto *error = std::get_if<StatisticsValueParser::Error>(&parsed))
        fail(line, error->message);
    return std::get<T>(std::move(parsed));
}

bool parseBool(const QString &cell)
{
    const QString k = cell.trimmed().toCaseFolded();
    return k == QStringLiteral("true") || k == QStringLiteral("1") || k == QStringLiteral("ja") ||
           k == QStringLiteral("yes") || k == QStringLiteral("x");
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
    const QList<CsvRecordReader::Record> records = CsvRecordReader::records(text);

    // 1. Find the header, skipping title lines.
    std::optional<StatisticsTableLayout> layout;
    qsizetype first = -1;
    for (qsizetype i = 0; i < records.size() && !layout; ++i) {
        if (records.at(i).raw.trimmed().isEmpty())
            continue;
        for (const QChar sep : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')}) {
            const QStringList fields = CsvRecordReader::fields(records.at(i).raw, sep);
            if ((layout = StatisticsTableLayout::fromHeader(fields, sep))) {
                result.headerLine = records.at(i).line;
                first = i + 1;
                break;
            }
            if ((layout = StatisticsTableLayout::fromHeaderlessExchange(fields, sep))) {
                first = i;
                break;
            }
        }
    }
    if (!layout) {
        fail(0, tr("No table header found. Expected columns such as \"Region; Brott; År; Antal\" "
                   "or \"municipalityCode; year; period; crimeType; category; count\"."));
    }
    result.format = layout->format;
    if (layout->format == Format::NationalStatistics && layout->count < 0) {
        fail(result.headerLine,
             tr("the table has no \"Antal\" column; export the number of reported crimes"));
    }

    // Cells repeat across hundreds of thousands of rows: parse each distinct one once.
    QHash<QString, bool> footnoteCache;
    auto footnote = [&footnoteCache](const QString &firstCell) {
        auto it = footnoteCache.constFind(firstCell);
        if (it == footnoteCache.cend())
            it = footnoteCache.insert(firstCell, isFootnote(firstCell));
        return it.value();
    };
    QHash<QString, StatisticsValueParser::Year> yearCache;
    auto parseYear = [&yearCache](const QString &yearCell, int line) {
        auto it = yearCache.constFind(yearCell);
        if (it == yearCache.cend())
            it = yearCache.insert(yearCell,
                                  valueOrFail(StatisticsValueParser::year(yearCell), line));
        return it.value();
    };
    QHash<QString, StatisticsValueParser::Period> periodCache;
    auto parsePeriod = [&periodCache](const QString &periodCell, int year, int line) {
        const QString key = periodCell + QChar(0x1F) + QString::number(year);
        auto it = periodCache.constFind(key);
        if (it == periodCache.cend())
            it = periodCache.insert(
                key, valueOrFail(StatisticsValueParser::period(periodCell, year), line));
        return it.value();
    };
    QHash<QString, std::optional<int>> discontinuedCache;
    const int expected = layout->columns;
    auto splitRecord = [&](qsizetype index) {
        QStringList fields = CsvRecordReader::fields(records.at(index).raw, layout->separator);
        CsvRecordReader::dropTrailingEmpty(fields, expected);
        return fields;
    };
    // A data row has all columns and something beside the first cell.
    auto looksLikeData = [&](const QStringList &fields) {
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
    QString lastRegion;
    QString lastCrime;
    QString lastYear;
    QHash<NaturalKey, qsizetype> indexByKey;
    indexByKey.reserve(records.size() - first);
    QSet<QString> skippedRegions;
    QSet<QString> discontinued;

    auto addRow = [&](CrimeStatistic row, std::optional<double> rate, int line) {
        const NaturalKey key{row.municipalityCode, row.year, row.period, row.crimeType};
        auto known = discontinuedCache.constFind(row.crimeType);
        if (known == discontinuedCache.cend())
            known = discontinuedCache.insert(row.crimeType,
                                             CrimeTypeLabel::discontinuedAfter(row.crimeType));
        if (const auto discontinuedAfter = known.value()) {
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
        if (const auto found = indexByKey.constFind(key); found != indexByKey.cend()) {
            result.warnings.append(tr("Line %1 repeats line %2 (same municipality, year, period "
                                      "and crime type); the later row is used.")
                                       .arg(line)
                                       .arg(result.sourceLines.at(*found)));
            result.rows[*found] = std::move(row);
            result.sourceRates[*found] = rate;
            result.sourceLines[*found] = line;
        } else {
            indexByKey.insert(key, result.rows.size());
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
    auto resolveRegion = [&](const QString &region,
                             int line) -> std::optional<RegionResolver::Match> {
        auto cached = regionCache.constFind(region);
        if (cached == regionCache.cend()) {
            RegionInfo info;
            info.aggregate = RegionResolver::isAggregateRegion(region);
            if (!info.aggregate)
                info.match = m_regions.resolve(region);
            cached = regionCache.insert(region, info);
        }
        if (cached->aggregate) {
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
        const auto match = cached->match;
        if (!match) {
            fail(line, tr("the region \"%1\" is not a municipality in the list of Sweden's "
                          "municipalities")
                           .arg(region.simplified()));
        }
        return match;
    };

    // 2. The table, until its footnotes.
    for (qsizetype i = first; i < records.size(); ++i) {
        const int line = records.at(i).line;
        const QStringList fields = splitRecord(i);
        if (isBlank(fields))
            continue;
        if (footnote(fields.at(0)))
            break;
        if (!looksLikeData(fields)) {
            bool moreData = false;
            for (qsizetype j = i + 1; j < records.size() && !moreData; ++j) {
                const QStringList later = splitRecord(j);
                if (isBlank(later))
                    continue;
                if (footnote(later.at(0)))
                    break;
                moreData = looksLikeData(later);
            }
            if (!moreData)
                break; // footnotes without a footnote word
            fail(line, tr("expected %1 columns separated by \"%2\" but found %3")
                           .arg(expected)
                           .arg(layout->separator == QLatin1Char('\t') ? QStringLiteral("tab")
                                                                       : QString(layout->separator))
                           .arg(fields.size()));
        }
        result.lastTableLine = line;

        if (layout->format == Format::Exchange) {
            CrimeStatistic row;
            const QString codeCell = cell(fields, layout->code).trimmed();
            const auto match = m_regions.resolve(codeCell);
            if (!match)
                fail(line, tr("the municipality code \"%1\" is unknown").arg(codeCell));
            row.municipalityCode = match->code;
            row.municipalityName = cell(fields, layout->name).trimmed();
            if (row.municipalityName.isEmpty())
                row.municipalityName = match->name;
            const auto year = parseYear(cell(fields, layout->year), line);
            row.year = year.year;
            const auto period = parsePeriod(cell(fields, layout->period), row.year, line);
            if (period.year && *period.year != row.year) {
                fail(line, tr("the period \"%1\" is not in the year %2")
                               .arg(cell(fields, layout->period).trimmed())
                               .arg(row.year));
            }
            row.period = period.period;
            row.crimeType = cell(fields, layout->crime).simplified();
            if (row.crimeType.isEmpty())
                fail(line, tr("the crime type is empty"));
            row.category = cell(fields, layout->category).simplified();
            row.count =
                valueOrFail(StatisticsValueParser::count(cell(fields, layout->count)), line).value;
            row.preliminary = year.preliminary || period.preliminary ||
                              parseBool(cell(fields, layout->preliminary));
            addRow(std::move(row), std::nullopt, line);
            continue;
        }

        // The national statistics: empty region/crime/year cells repeat the row above
        // (spreadsheets export merged cells that way).
        QString region = cell(fields, layout->region);
        if (region.trimmed().isEmpty())
            region = lastRegion;
        if (region.trimmed().isEmpty())
            fail(line, tr("the region is empty"));
        lastRegion = region;
        const QString crimeCell = cell(fields, layout->crime);
        QString crimeType;
        if (crimeCell.trimmed().isEmpty()) {
            crimeType = lastCrime;
            if (crimeType.isEmpty())
                fail(line, tr("the crime type is empty"));
        } else {
            crimeType = hierarchy.fullLabel(crimeCell);
        }
        lastCrime = crimeType;
        const auto match = resolveRegion(region, line);

        if (layout->format == Format::NationalStatisticsYearColumns) {
            for (const auto &yc : layout->yearColumns) {
                const auto count =
                    valueOrFail(StatisticsValueParser::count(cell(fields, yc.column)), line);
                if (!match)
                    continue;
                CrimeStatistic row;
                row.municipalityCode = match->code;
                row.municipalityName = match->name;
                row.year = yc.year;
                row.crimeType = crimeType;
                row.count = count.value;
                row.preliminary = yc.preliminary;
                addRow(std::move(row), std::nullopt, line);
            }
            continue;
        }

        std::optional<StatisticsValueParser::Year> year;
        if (layout->year >= 0) {
            QString yearCell = cell(fields, layout->year);
            if (yearCell.trimmed().isEmpty())
                yearCell = lastYear;
            lastYear = yearCell;
            year = parseYear(yearCell, line);
        }
        const QString periodCell = cell(fields, layout->period);
        const auto period = parsePeriod(periodCell, year ? year->year : 0, line);
        if (year && period.year && *period.year != year->year) {
            fail(line, tr("the period \"%1\" is not in the year %2")
                           .arg(periodCell.trimmed())
                           .arg(year->year));
        }
        if (!year && !period.year)
            fail(line, tr("the period \"%1\" names no year").arg(periodCell.trimmed()));
        const auto count =
            valueOrFail(StatisticsValueParser::count(cell(fields, layout->count)), line);
        std::optional<double> rate;
        if (layout->rate >= 0)
            rate = valueOrFail(StatisticsValueParser::decimal(cell(fields, layout->rate)), line);
        if (!match)
            continue;
        CrimeStatistic row;
        row.municipalityCode = match->code;
        row.municipalityName = match->name;
        row.year = year ? year->year : *period.year;
        row.period = period.period;
        row.crimeType = crimeType;
        row.count = count.value;
        row.preliminary = (year && year->preliminary) || period.preliminary;
        addRow(std::move(row), rate, line);
    }

    for (const auto &row : std::as_const(result.rows)) {
        if (!row.count)
            ++result.suppressedCount;
    }
    if (result.rows.isEmpty() && result.skippedAggregateRows == 0)
        result.warnings.append(tr("The table has no rows."));
    return result;
}

} // namespace samverka::core
