#include "SituationMappingJson.h"

#include "JsonPut.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace samverka::core {

namespace {

QJsonObject lineToJson(const MappingLine &l)
{
    QJsonObject o;
    JsonPut::text(o, "key", l.key);
    JsonPut::text(o, "label", l.label);
    JsonPut::number(o, "count", l.count);
    JsonPut::number(o, "sharePercent", l.sharePercent);
    JsonPut::number(o, "ratePer100k", l.ratePer100k);
    JsonPut::number(o, "changePercent", l.changePercent);
    JsonPut::number(o, "periodChangePercent", l.periodChangePercent);
    JsonPut::flag(o, "suppressed", l.suppressed, false);
    return o;
}

QJsonObject seriesToJson(const StatisticsSeries &s)
{
    QJsonObject o;
    JsonPut::text(o, "key", s.key);
    JsonPut::text(o, "label", s.label);
    QJsonArray points;
    for (const SeriesPoint &p : s.points) {
        QJsonObject point{{QStringLiteral("year"), p.year}};
        JsonPut::text(point, "period", p.period);
        JsonPut::number(point, "count", p.count);
        JsonPut::number(point, "ratePer100k", p.ratePer100k);
        JsonPut::flag(point, "preliminary", p.preliminary, false);
        JsonPut::flag(point, "suppressed", p.suppressed, false);
        points.append(point);
    }
    o.insert(QStringLiteral("points"), points);
    return o;
}

QJsonObject comparisonToJson(const MappingComparison &c)
{
    QJsonObject o{{QStringLiteral("code"), c.code}};
    JsonPut::text(o, "name", c.name);
    JsonPut::flag(o, "own", c.own, false);
    JsonPut::number(o, "ratePer100k", c.ratePer100k);
    JsonPut::number(o, "periodChangePercent", c.periodChangePercent);
    return o;
}

QJsonObject surveyToJson(const SurveySeries &s)
{
    QJsonObject o;
    JsonPut::text(o, "areaCode", s.areaCode);
    o.insert(QStringLiteral("indicator"), s.indicator);
    JsonPut::text(o, "source", s.source);
    QJsonArray points;
    for (const SurveyPoint &p : s.points) {
        QJsonObject point{{QStringLiteral("year"), p.year}, {QStringLiteral("value"), p.value}};
        JsonPut::number(point, "ciLow", p.ciLow);
        JsonPut::number(point, "ciHigh", p.ciHigh);
        points.append(point);
    }
    o.insert(QStringLiteral("points"), points);
    return o;
}

constexpr double kMaxNumber = 1e12;

MappingLine readLine(JsonCursor &c)
{
    MappingLine l;
    l.key = c.string("key");
    l.label = c.string("label");
    l.count = c.optionalInt("count", false, 0, std::numeric_limits<int>::max());
    l.sharePercent = c.optionalNumber("sharePercent", false, 0, 100);
    l.ratePer100k = c.optionalNumber("ratePer100k", false, 0, kMaxNumber);
    l.changePercent = c.optionalNumber("changePercent", false, -kMaxNumber, kMaxNumber);
    l.periodChangePercent = c.optionalNumber("periodChangePercent", false, -kMaxNumber, kMaxNumber);
    l.suppressed = c.boolean("suppressed", false);
    c.finish();
    return l;
}

StatisticsSeries readSeries(JsonCursor &c)
{
    StatisticsSeries s;
    s.key = c.string("key");
    s.label = c.string("label");
    c.forEachObject("points", true, [&](JsonCursor &item, qsizetype) {
        SeriesPoint p;
        p.year = item.requiredInt("year", 1900);
        p.period = item.string("period");
        p.count = item.optionalInt("count", false, 0, std::numeric_limits<int>::max());
        p.ratePer100k = item.optionalNumber("ratePer100k", false, 0, kMaxNumber);
        p.preliminary = item.boolean("preliminary", false);
        p.suppressed = item.boolean("suppressed", false);
        item.finish();
        s.points << p;
    });
    c.finish();
    return s;
}

} // namespace

QJsonObject SituationMappingJson::toJson(const SituationMappingSnapshot &snapshot)
{
    const SituationMappingResult &m = snapshot.mapping;
    QJsonObject o;
    if (snapshot.takenOn.isValid())
        o.insert(QStringLiteral("takenOn"), snapshot.takenOn.toString(Qt::ISODate));
    if (!m.hasData())
        return o;
    o.insert(QStringLiteral("fromYear"), m.fromYear);
    o.insert(QStringLiteral("toYear"), m.toYear);
    // The total's label is the program's word for it in the language of the moment:
    // not a number, and each document words it itself.
    MappingLine total = m.total;
    total.label.clear();
    o.insert(QStringLiteral("total"), lineToJson(total));
    JsonPut::array(o, "categories", m.categories, lineToJson);
    JsonPut::array(o, "largestTypes", m.largestTypes, lineToJson);
    JsonPut::array(o, "trend", m.trend, seriesToJson);
    JsonPut::array(o, "comparison", m.comparison, comparisonToJson);
    JsonPut::array(o, "survey", m.survey, surveyToJson);
    return o;
}

SituationMappingSnapshot SituationMappingJson::read(JsonCursor &c)
{
    SituationMappingSnapshot snapshot;
    snapshot.takenOn = c.date("takenOn");
    SituationMappingResult &m = snapshot.mapping;
    const std::optional<int> from = c.optionalInt("fromYear", false, 1900, 2200);
    const std::optional<int> to = c.optionalInt("toYear", false, 1900, 2200);
    if (!from || !to) { // no statistics for the years when it was adopted
        c.finish();
        return snapshot;
    }
    if (*to < *from)
        JsonCursor::invalid(c.childPath(QStringLiteral("toYear")),
                            QCoreApplication::translate("samverka::core::SituationMappingJson",
                                                        "The last year is before the first."));
    m.fromYear = *from;
    m.toYear = *to;
    if (auto total = c.object("total"))
        m.total = readLine(*total);
    c.forEachObject("categories", false,
                    [&](JsonCursor &item, qsizetype) { m.categories << readLine(item); });
    c.forEachObject("largestTypes", false,
                    [&](JsonCursor &item, qsizetype) { m.largestTypes << readLine(item); });
    c.forEachObject("trend", false,
                    [&](JsonCursor &item, qsizetype) { m.trend << readSeries(item); });
    c.forEachObject("comparison", false, [&](JsonCursor &item, qsizetype) {
        MappingComparison x;
        x.code = item.nonEmptyString("code");
        x.name = item.string("name");
        x.own = item.boolean("own", false);
        x.ratePer100k = item.optionalNumber("ratePer100k", false, 0, kMaxNumber);
        x.periodChangePercent =
            item.optionalNumber("periodChangePercent", false, -kMaxNumber, kMaxNumber);
        item.finish();
        m.comparison << x;
    });
    c.forEachObject("survey", false, [&](JsonCursor &item, qsizetype) {
        SurveySeries s;
        s.areaCode = item.string("areaCode");
        s.indicator = item.requiredString("indicator");
        s.source = item.string("source");
        item.forEachObject("points", true, [&](JsonCursor &point, qsizetype) {
            SurveyPoint p;
            p.year = point.requiredInt("year", 1900);
            p.value = point.requiredNumber("value");
            p.ciLow = point.optionalNumber("ciLow", false);
            p.ciHigh = point.optionalNumber("ciHigh", false);
            point.finish();
            s.points << p;
        });
        item.finish();
        m.survey << s;
    });
    SituationMapping::markWideIntervals(m.survey);
    c.finish();
    return snapshot;
}

bool SituationMappingJson::sameNumbers(const SituationMappingResult &a,
                                       const SituationMappingResult &b)
{
    return toJson({{}, a}) == toJson({{}, b});
}

QString SituationMappingJson::toText(const SituationMappingSnapshot &snapshot)
{
    return QString::fromUtf8(QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Compact));
}

std::optional<SituationMappingSnapshot> SituationMappingJson::fromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    try {
        QStringList warnings;
        JsonCursor cursor(document.object(), QStringLiteral("$"), &warnings);
        return read(cursor);
    } catch (const ExchangeError &) {
        return std::nullopt;
    }
}

} // namespace samverka::core
