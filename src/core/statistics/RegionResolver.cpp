#include "RegionResolver.h"

#include "CsvRecordReader.h"
#include "TextDecoding.h"

#include <QFile>
#include <QRegularExpression>

namespace samverka::core {

RegionResolver::RegionResolver()
{
    QFile file(QStringLiteral(":/data/municipalities.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        const auto decoded = TextDecoding::decode(file.readAll());
        const auto records = CsvRecordReader::records(decoded.text, QLatin1Char(','));
        for (const auto &record : records) {
            const QStringList fields = CsvRecordReader::fields(record.raw, QLatin1Char(','));
            if (fields.size() < 2)
                continue;
            const QString code = fields.at(0).trimmed();
            if (code.size() == 4 && code.at(0).isDigit())
                m_namesByCode.insert(code, fields.at(1).trimmed());
            if (fields.size() >= 4 && fields.at(2).trimmed().size() == 2)
                m_aggregateNames.insert(fields.at(2).trimmed(), fields.at(3).trimmed());
        }
    }
    index();
}

const RegionResolver &RegionResolver::bundled()
{
    static const RegionResolver resolver;
    return resolver;
}

RegionResolver::RegionResolver(const QHash<QString, QString> &namesByCode)
    : m_namesByCode(namesByCode)
{
    index();
}

QString RegionResolver::key(const QString &name)
{
    QString k = name.simplified().toCaseFolded();
    k.replace(QChar(0x2013), QLatin1Char('-')); // en dash, as in "Malung–Sälen"
    return k;
}

void RegionResolver::index()
{
    for (auto it = m_namesByCode.cbegin(); it != m_namesByCode.cend(); ++it)
        m_codesByKey.insert(key(it.value()), it.key());
    for (auto it = m_aggregateNames.cbegin(); it != m_aggregateNames.cend(); ++it)
        m_countyCodesByKey.insert(key(it.value()), it.key());
    // The whole country, as the national statistics name it.
    m_aggregateNames.insert(countryCode(), QStringLiteral("Riket"));
}

std::optional<RegionResolver::Match> RegionResolver::resolve(const QString &region) const
{
    QString text = region;
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text = text.simplified();
    if (text.isEmpty())
        return std::nullopt;

    // "2280 Härnösand", "2280", "114 Upplands Väsby" (Excel drops the leading zero).
    static const QRegularExpression codeInFront(
        QStringLiteral("^(\\d{3,4})(?:\\s*[-–:]?\\s*(.*))?$"));
    const auto codeMatch = codeInFront.match(text);
    if (codeMatch.hasMatch()) {
        const QString code = codeMatch.captured(1).rightJustified(4, QLatin1Char('0'));
        if (!m_namesByCode.contains(code))
            return std::nullopt;
        return Match{code, m_namesByCode.value(code)};
    }

    QString k = key(text);
    for (const QString &prefix : {QStringLiteral("region "), QStringLiteral("kommun ")}) {
        if (k.startsWith(prefix) && m_codesByKey.contains(k.mid(prefix.size())))
            k = k.mid(prefix.size());
    }
    for (const QString &suffix :
         {QStringLiteral(" kommun"), QStringLiteral(" stad"), QStringLiteral(" kommunal")}) {
        if (k.endsWith(suffix)) {
            k.chop(suffix.size());
            break;
        }
    }
    auto found = m_codesByKey.constFind(k);
    if (found == m_codesByKey.cend() && k.endsWith(QLatin1Char('s'))) // genitive: "Härnösands"
        found = m_codesByKey.constFind(k.chopped(1));
    if (found == m_codesByKey.cend())
        return std::nullopt;
    return Match{found.value(), m_namesByCode.value(found.value())};
}

bool RegionResolver::isAggregateRegion(const QString &region)
{
    const QString k = region.simplified().toCaseFolded();
    static const QRegularExpression aggregate(
        QStringLiteral("^(riket|hela (landet|riket)|sverige|samtliga kommuner|totalt"
                       "|polisregion .*|region (nord|mitt|bergslagen|stockholm|öst|väst|syd)"
                       "|.* län|\\d{2} .* län)$"));
    return aggregate.match(k).hasMatch();
}

std::optional<RegionResolver::Match> RegionResolver::aggregate(const QString &region) const
{
    QString k = key(QString(region).replace(QChar(0x00A0), QLatin1Char(' ')));
    static const QRegularExpression country(
        QStringLiteral("^(riket|hela (landet|riket)|sverige)$"));
    if (country.match(k).hasMatch())
        return Match{countryCode(), m_aggregateNames.value(countryCode())};
    // "22 Västernorrlands län": the code in front names the county.
    static const QRegularExpression coded(QStringLiteral("^(\\d{2}) (.* län)$"));
    if (const auto m = coded.match(k); m.hasMatch()) {
        const QString code = m.captured(1);
        if (m_aggregateNames.contains(code) && code != countryCode())
            return Match{code, m_aggregateNames.value(code)};
        k = m.captured(2);
    }
    const auto found = m_countyCodesByKey.constFind(k);
    if (found == m_countyCodesByKey.cend())
        return std::nullopt;
    return Match{found.value(), m_aggregateNames.value(found.value())};
}

} // namespace samverka::core
