#include "CrimeStatisticsCsvParser.h"

#include "CrimeTypeLabel.h"
#include "CsvRecordReader.h"
#include "StatisticsImportError.h"
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

QString headerKey(const QString &cell)
{
    QString k = cell;
    k.replace(QChar(0x00A0), QLatin1Char(' '));
    return k.simplified().toCaseFolded();
}

// Where each column is; -1 when absent.
struct Layout {
    CrimeStatisticsCsvParser::Format format = CrimeStatisticsCsvParser::Format::NationalStatistics;
    QChar separator = QLatin1Char(';');
    int columns = 0;
    int region = -1;
    int crime = -1;
    int year = -1;
    int period = -1;
    int count = -1;
    int rate = -1;
    int code = -1;
    int name = -1;
    int category = -1;
    int preliminary = -1;
    struct YearColumn {
        int column;
        int year;
        bool preliminary;
    };
    QList<YearColumn> yearColumns;
};

void dropTrailingEmpty(QStringList &fields, int keep)
{
    while (fields.size() > keep && fields.last().trimmed().isEmpty())
        fields.removeLast();
}

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

std::optional<Layout> recogniseHeader(const QStringList &rawFields, QChar separator)
{
    QStringList fields = rawFields;
    dropTrailingEmpty(fields, 0);
    if (fields.size() < 3)
        return std::nullopt;
    Layout layout;
    layout.separator = separator;
    layout.columns = int(fields.size());
    static const QSet<QString> regionWords = {
        QStringLiteral("region"),     QStringLiteral("kommun"),
        QStringLiteral("område"),     QStringLiteral("region/kommun"),
        QStringLiteral("län/kommun"), QStringLiteral("kommunnamn")};
    static const QSet<QString> crimeWords = {
        QStringLiteral("brott"), QStringLiteral("brottstyp"), QStringLiteral("brottskategori"),
        QStringLiteral("typ av brott"), QStringLiteral("brottsrubricering")};
    static const QSet<QString> yearWords = {QStringLiteral("år"), QStringLiteral("ar"),
                                            QStringLiteral("årtal")};
    static const QSet<QString> periodWords = {QStringLiteral("period"), QStringLiteral("månad"),
                                              QStringLiteral("kvartal"),
                                              QStringLiteral("tidsperiod")};
    static const QSet<QString> countWords = {
        QStringLiteral("antal"), QStringLiteral("antal brott"), QStringLiteral("anmälda brott"),
        QStringLiteral("antal anmälda brott"), QStringLiteral("anmälda brott, antal")};
    static const QRegularExpression yearColumn(QStringLiteral("^(\\d{4})(.*)$"));
    for (int i = 0; i < fields.size(); ++i) {
        const QString k = headerKey(fields.at(i));
        if (regionWords.contains(k) && layout.region < 0)
            layout.region = i;
        else if (crimeWords.contains(k) && layout.crime < 0)
            layout.crime = i;
        else if (yearWords.contains(k) && layout.year < 0)
            layout.year = i;
        else if (periodWords.contains(k) && layout.period < 0)
            layout.period = i;
        else if (countWords.contains(k) && layout.count < 0)
            layout.count = i;
        else if ((k.startsWith(QStringLiteral("per 100")) ||
                  k.contains(QStringLiteral("100 000")) || k.contains(QStringLiteral("100000"))) &&
                 layout.rate < 0)
            layout.rate = i;
        else if (k == QStringLiteral("municipalitycode") && layout.code < 0)
            layout.code = i;
        else if (k == QStringLiteral("municipalityname") && layout.name < 0)
            layout.name = i;
        else if (k == QStringLiteral("year") && layout.year < 0)
            layout.year = i;
        else if (k == QStringLiteral("crimetype") && layout.crime < 0)
            layout.crime = i;
        else if (k == QStringLiteral("category") && layout.category < 0)
            layout.category = i;
        else if (k == QStringLiteral("count") && layout.count < 0)
            layout.count = i;
        else if (k == QStringLiteral("preliminary") && layout.preliminary < 0)
            layout.preliminary = i;
        else if (const auto m = yearColumn.match(k); m.hasMatch()) {
            const QString rest = m.captured(2).trimmed();
            if (rest.isEmpty() || StatisticsValueParser::hasPreliminaryMark(rest))
                layout.yearColumns.append({i, m.captured(1).toInt(), !rest.isEmpty()});
        }
    }
    if (layout.code >= 0 && layout.year >= 0 && layout.crime >= 0 && layout.count >= 0) {
        layout.format = CrimeStatisticsCsvParser::Format::Exchange;
        return layout;
    }
    if (layout.region >= 0 && layout.crime >= 0) {
        if (layout.year < 0 && layout.period < 0 && !layout.yearColumns.isEmpty()) {
            layout.format = CrimeStatisticsCsvParser::Format::NationalStatisticsYearColumns;
            return layout;
        }
        if (layout.year >= 0 || layout.period >= 0) {
            layout.yearColumns.clear();
            return layout;
        }
    }
    return std::nullopt;
}

// An exchange file without its header: "2280;2023;;Misshandel;;12".
std::optional<Layout> recogniseHeaderlessExchange(const QStringList &fields, QChar separator)
{
    if (fields.size() != 6)
        return std::nullopt;
    static const QRegularExpression code(QStringLiteral("^\\s*\\d{3,4}\\s*$"));
    if (!code.match(fields.at(0)).hasMatch() ||
        !std::holds_alternative<StatisticsValueParser::Year>(
            StatisticsValueParser::year(fields.at(1))))
        return std::nullopt;
    Layout layout;
    layout.format = CrimeStatisticsCsvParser::Format::Exchange;
    layout.separator = separator;
    layout.columns = 6;
    layout.code = 0;
    layout.year = 1;
    layout.period = 2;
    layout.crime = 3;
    layout.category = 4;
    layout.count = 5;
    return layout;
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

int indentation(const QString &cell)
{
    int width = 0;
    for (const QChar c : cell) {
        if (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x2007) || c == QChar(0x202F))
            width += 1;
        else if (c == QLatin1Char('\t'))
            width += 4;
        else
            break;
    }
    return width;
}

// Builds full labels ("<parent>, därav <part>") from indentation or "därav" prefixes.
class HierarchyTracker
{
public:
    QString fullLabel(const QString &rawCell)
    {
        // The same few labels repeat for every region and year: read each one once.
        auto info = m_labels.constFind(rawCell);
        if (info == m_labels.cend())
            info = m_labels.insert(rawCell, read(rawCell));
        if (info->isFull) { // already the full label
            push(info->indent, info->label, false);
            return info->label;
        }
        int effective = info->indent;
        if (info->indent == 0 && info->partPrefix)
            effective = m_stack.isEmpty() ? 1 : m_stack.first().indent + 1;
        while (!m_stack.isEmpty() && m_stack.last().indent >= effective)
            m_stack.removeLast();
        QString full = info->stripped;
        if (!info->grandTotal && !m_stack.isEmpty() && !m_stack.last().grandTotal) {
            // Reuse one string per full label: rows share it instead of each building a copy.
            const QString &parent = m_stack.last().full;
            const QString key = parent + QChar(0x1F) + full;
            auto composed = m_composed.constFind(key);
            if (composed == m_composed.cend())
                composed = m_composed.insert(key, parent + CrimeTypeLabel::partSeparator() + full);
            full = composed.value();
        }
        push(effective, full, info->grandTotal);
        return full;
    }

private:
    struct LabelInfo {
        QString label;
        QString stripped;
        int indent = 0;
        bool isFull = false;
        bool partPrefix = false;
        bool grandTotal = false;
    };
    struct Level {
        int indent;
        QString full;
        bool grandTotal;
    };
    static LabelInfo read(const QString &rawCell)
    {
        LabelInfo info;
        info.label = rawCell.simplified();
        info.indent = indentation(rawCell);
        info.isFull = CrimeTypeLabel::isPart(info.label);
        info.partPrefix = CrimeTypeLabel::hasPartPrefix(info.label);
        info.grandTotal = CrimeTypeLabel::isGrandTotal(info.label);
        info.stripped = CrimeTypeLabel::stripPartPrefix(info.label);
        if (info.stripped.isEmpty())
            info.stripped = info.label;
        return info;
    }
    void push(int indent, const QString &full, bool grandTotal)
    {
        while (!m_stack.isEmpty() && m_stack.last().indent >= indent)
            m_stack.removeLast();
        m_stack.append({indent, full, grandTotal});
    }
    QList<Level> m_stack;
    QHash<QString, LabelInfo> m_labels;
    QHash<QString, QString> m_composed;
};

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
    std::optional<Layout> layout;
    qsizetype first = -1;
    for (qsizetype i = 0; i < records.size() && !layout; ++i) {
        if (records.at(i).raw.trimmed().isEmpty())
            continue;
        for (const QChar sep : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')}) {
            const QStringList fields = CsvRecordReader::fields(records.at(i).raw, sep);
            if ((layout = recogniseHeader(fields, sep))) {
                result.headerLine = records.at(i).line;
                first = i + 1;
                break;
            }
            if ((layout = recogniseHeaderlessExchange(fields, sep))) {
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
        dropTrailingEmpty(fields, expected);
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

    HierarchyTracker hierarchy;
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
