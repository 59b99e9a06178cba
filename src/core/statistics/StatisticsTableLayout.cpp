#include "StatisticsTableLayout.h"

#include "CsvRecordReader.h"
#include "StatisticsValueParser.h"

#include <QRegularExpression>
#include <QSet>

namespace samverka::core {

namespace {

QString headerKey(const QString &cell)
{
    QString k = cell;
    k.replace(QChar(0x00A0), QLatin1Char(' '));
    return k.simplified().toCaseFolded();
}

} // namespace

std::optional<StatisticsTableLayout> StatisticsTableLayout::fromHeader(const QStringList &rawFields,
                                                                       QChar separator)
{
    QStringList fields = rawFields;
    CsvRecordReader::dropTrailingEmpty(fields, 0);
    if (fields.size() < 3)
        return std::nullopt;
    StatisticsTableLayout layout;
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

std::optional<StatisticsTableLayout>
StatisticsTableLayout::fromHeaderlessExchange(const QStringList &fields, QChar separator)
{
    if (fields.size() != 6)
        return std::nullopt;
    static const QRegularExpression code(QStringLiteral("^\\s*\\d{3,4}\\s*$"));
    if (!code.match(fields.at(0)).hasMatch() ||
        !std::holds_alternative<StatisticsValueParser::Year>(
            StatisticsValueParser::year(fields.at(1))))
        return std::nullopt;
    StatisticsTableLayout layout;
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

} // namespace samverka::core
