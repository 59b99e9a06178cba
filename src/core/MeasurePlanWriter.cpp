#include "MeasurePlanWriter.h"

#include "ExchangeWriter.h"
#include "JsonPut.h"

namespace samverka::core {

namespace {

using Key = QLatin1String;

QJsonObject rowToJson(const PlanRow &row)
{
    // The own measure's fields as an agreement's measure writes them; an adopted row has
    // none but its link, its operative goals and its ratings.
    QJsonObject o = ExchangeWriter::measureToJson(row.ownMeasure());
    if (row.isAdopted()) {
        o = QJsonObject();
        o.insert(Key("id"), row.id);
        o.insert(Key("measure"), row.measure);
    }
    JsonPut::texts(o, "problems", row.problems);
    JsonPut::text(o, "operativeGoals", row.operativeGoals);
    JsonPut::array(o, "ratings", row.ratings, [](const PlanRating &r) {
        QJsonObject ro;
        ro.insert(Key("id"), r.id);
        ro.insert(Key("date"), r.date.toString(Qt::ISODate));
        ro.insert(Key("colour"), toWord(r.colour));
        JsonPut::text(ro, "comment", r.comment);
        return ro;
    });
    return o;
}

} // namespace

QJsonObject MeasurePlanWriter::toJson(const MeasurePlan &p)
{
    QJsonObject o;
    o.insert(Key("id"), p.id);
    o.insert(Key("title"), p.title);
    JsonPut::date(o, "validFrom", p.validFrom);
    JsonPut::date(o, "validTo", p.validTo);
    o.insert(Key("status"), toWord(p.status));
    JsonPut::text(o, "decidedBy", p.decidedBy);
    JsonPut::date(o, "decidedOn", p.decidedOn);
    JsonPut::text(o, "decisionParagraph", p.decisionParagraph);
    JsonPut::text(o, "diaryNumber", p.diaryNumber);
    JsonPut::text(o, "situationPicture", p.situationPicture);
    JsonPut::text(o, "background", p.background);
    JsonPut::array(o, "followUpDates", p.followUpDates, [](const PlanFollowUpDate &d) {
        QJsonObject dO;
        dO.insert(Key("id"), d.id);
        dO.insert(Key("date"), d.date.toString(Qt::ISODate));
        JsonPut::text(dO, "note", d.note);
        return dO;
    });
    JsonPut::array(o, "rows", p.rows, rowToJson);
    return o;
}

} // namespace samverka::core
