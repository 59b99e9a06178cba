#include "PopulationCsvParser.h"

#include "CsvRecordReader.h"
#include "StatisticsImportError.h"
#include "StatisticsValueParser.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <utility>

namespace samverka::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::core::PopulationCsvParser", text);
}

struct Columns {
    int code = 0;
    int year = 1;
    int value = 2;
};

std::optional<Columns> headerColumns(const QStringList &fields)
{
    Columns columns{-1, -1, -1};
    for (int i = 0; i < fields.size(); ++i) {
        const QString k = fields.at(i).simplified().toCaseFolded();
        if (k == QStringLiteral("municipalitycode") || k == QStringLiteral("kommunkod") ||
            k == QStringLiteral("kommun") || k == QStringLiteral("region") ||
            k == QStringLiteral("code"))
            columns.code = i;
        else if (k == QStringLiteral("year") || k == QStringLiteral("år"))
            columns.year = i;
        else if (k == QStringLiteral("population") || k == QStringLiteral("folkmängd") ||
                 k == QStringLiteral("befolkning") || k == QStringLiteral("invånare") ||
                 k == QStringLiteral("value") || k == QStringLiteral("antal"))
            columns.value = i;
    }
    if (columns.code < 0 || columns.year < 0 || columns.value < 0)
        return std::nullopt;
    return columns;
}

} // namespace

PopulationCsvParser::PopulationCsvParser()
    : m_regions(RegionResolver::bundled())
{}

PopulationCsvParser::PopulationCsvParser(const RegionResolver &regions)
    : m_regions(regions)
{}

PopulationCsvParser::Result PopulationCsvParser::parseFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StatisticsImportError(0, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

PopulationCsvParser::Result PopulationCsvParser::parse(const QByteArray &bytes) const
{
    return parseText(TextDecoding::decode(bytes).text);
}

PopulationCsvParser::Result PopulationCsvParser::parseText(const QString &text) const
{
    Result result;
    const QChar separator = CsvRecordReader::guessFileSeparator(text);
    const auto records = CsvRecordReader::records(text, separator);
    bool first = true;
    Columns columns;
    QHash<QPair<QString, int>, qsizetype> indexByKey;
    for (const auto &record : records) {
        if (record.raw.trimmed().isEmpty())
            continue;
        if (std::exchange(first, false)) {
            if (const auto header = headerColumns(CsvRecordReader::fields(record.raw, separator))) {
                columns = *header;
                result.headerLine = record.line;
                continue;
            }
        }
        QStringList fields = CsvRecordReader::fields(record.raw, separator);
        while (fields.size() > 3 && fields.last().trimmed().isEmpty())
            fields.removeLast();
        if (fields.size() < 3) {
            throw StatisticsImportError(
                record.line, tr("expected municipality, year and population separated by \"%1\"")
                                 .arg(separator));
        }
        const QString region = fields.value(columns.code).trimmed();
        const auto match = m_regions.resolve(region);
        if (!match) {
            throw StatisticsImportError(
                record.line, tr("\"%1\" is not a municipality code or name").arg(region));
        }
        const auto year = StatisticsValueParser::year(fields.value(columns.year));
        if (const auto *error = std::get_if<StatisticsValueParser::Error>(&year))
            throw StatisticsImportError(record.line, error->message);
        const QString valueCell = fields.value(columns.value);
        bool ok = false;
        const qint64 value = StatisticsValueParser::stripNumberSpaces(valueCell).toLongLong(&ok);
        if (!ok || value <= 0) {
            throw StatisticsImportError(record.line,
                                        tr("the population \"%1\" is not a positive whole number")
                                            .arg(valueCell.trimmed()));
        }
        Population row{match->code, std::get<StatisticsValueParser::Year>(year).year, value};
        const auto key = qMakePair(row.municipalityCode, row.year);
        if (const auto found = indexByKey.constFind(key); found != indexByKey.cend()) {
            result.warnings.append(tr("Line %1 repeats %2 %3; the later value is used.")
                                       .arg(record.line)
                                       .arg(row.municipalityCode)
                                       .arg(row.year));
            result.rows[*found] = row;
        } else {
            indexByKey.insert(key, result.rows.size());
            result.rows.append(row);
        }
    }
    return result;
}

} // namespace samverka::core
