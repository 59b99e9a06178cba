#include "MeasurePlanReader.h"

#include "ExchangeDocumentReader.h"

namespace samverka::core {

MeasurePlan MeasurePlanReader::read(JsonCursor &c)
{
    MeasurePlan p;
    p.id = m_refs.declareId(c, Ref::Other, {});
    p.title = c.requiredString("title");
    p.validFrom = c.date("validFrom");
    p.validTo = c.date("validTo");
    p.status = c.optionalEnum<PlanStatus>("status", false).value_or(PlanStatus::Draft);
    p.decidedBy = c.string("decidedBy");
    p.decidedOn = c.date("decidedOn");
    p.decisionParagraph = c.string("decisionParagraph");
    p.diaryNumber = c.string("diaryNumber");
    p.situationPicture = c.string("situationPicture");
    m_refs.referAt(c, "situationPicture", p.situationPicture, Ref::SituationPicture);
    p.background = c.string("background");
    c.forEachObject("followUpDates", false, [&](JsonCursor &item, qsizetype) {
        PlanFollowUpDate d;
        d.id = m_refs.declareId(item, Ref::Other, {});
        d.date = item.requiredDate("date");
        d.note = item.string("note");
        p.followUpDates << d;
    });
    c.forEachObject("rows", false, [&](JsonCursor &item, qsizetype) { p.rows << readRow(item); });
    return p;
}

PlanRow MeasurePlanReader::readRow(JsonCursor &c)
{
    PlanRow row;
    row.id = m_refs.declareId(c, Ref::Other, {});
    row.measure = c.string("measure");
    m_refs.referAt(c, "measure", row.measure, Ref::Measure);
    if (!row.isAdopted()) {
        // The plan's own measure: the fields of an agreement's.
        Measure own;
        own.title = c.requiredString("title");
        own.description = c.string("description");
        ExchangeDocumentReader::readMeasureFields(c, own, m_refs);
        row.setOwnMeasure(own);
    }
    row.problems = c.stringArray("problems");
    m_refs.referAllAt(c, "problems", row.problems, Ref::SituationProblem);
    row.operativeGoals = c.string("operativeGoals");
    c.forEachObject("ratings", false, [&](JsonCursor &item, qsizetype) {
        PlanRating r;
        r.id = m_refs.declareId(item, Ref::Other, {});
        r.date = item.requiredDate("date");
        r.colour = item.requiredEnum<RatingColour>("colour");
        r.comment = item.string("comment");
        row.ratings << r;
    });
    return row;
}

} // namespace samverka::core
