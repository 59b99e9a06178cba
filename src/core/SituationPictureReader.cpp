#include "SituationPictureReader.h"

#include "statistics/SituationMappingJson.h"

namespace samverka::core {

SituationPicture SituationPictureReader::read(JsonCursor &c)
{
    SituationPicture p;
    p.id = m_refs.declareId(c, Ref::SituationPicture, {});
    p.title = c.requiredString("title");
    p.date = c.date("date");
    p.fromYear = c.optionalInt("fromYear", false, 1900, 2200);
    p.toYear = c.optionalInt("toYear", false, 1900, 2200);
    p.madeBy = c.string("madeBy");
    p.participants = c.string("participants");
    p.status = c.optionalEnum<SituationStatus>("status", false).value_or(SituationStatus::Draft);
    p.decidedBy = c.string("decidedBy");
    p.decidedOn = c.date("decidedOn");
    p.decisionParagraph = c.string("decisionParagraph");
    p.diaryNumber = c.string("diaryNumber");
    p.comparisons = c.stringArray("comparisons");
    p.nextUpdate = c.date("nextUpdate");
    p.crimeCommentary = c.string("crimeCommentary");
    p.comparisonCommentary = c.string("comparisonCommentary");
    p.surveyCommentary = c.string("surveyCommentary");
    p.placeCommentary = c.string("placeCommentary");
    p.analysis = c.string("analysis");
    if (auto snapshot = c.object("mappingSnapshot"))
        p.mappingSnapshot = SituationMappingJson::toText(SituationMappingJson::read(*snapshot));
    c.forEachObject("sections", false, [&](JsonCursor &item, qsizetype) {
        SituationSection s;
        s.id = m_refs.declareId(item, Ref::Other, {});
        s.title = item.requiredString("title");
        s.source = item.string("source");
        s.date = item.date("date");
        s.confidential = item.boolean("confidential", false);
        s.text = item.string("text");
        p.sections << s;
    });
    c.forEachObject("problems", false, [&](JsonCursor &item, qsizetype) {
        SituationProblem q;
        q.id = m_refs.declareId(item, Ref::SituationProblem, {});
        q.title = item.requiredString("title");
        q.description = item.string("description");
        q.place = item.string("place");
        q.timePattern = item.string("timePattern");
        q.sources = item.enumArray<ProblemSource>("sources");
        q.criteria = item.enumArray<SelectionCriterion>("criteria");
        q.confidential = item.boolean("confidential", false);
        p.problems << q;
    });
    return p;
}

} // namespace samverka::core
