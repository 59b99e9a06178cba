// The lägesbild's editions (Lag 2023:196 §4), their other information and their problems:
// records beside the agreements, never frozen.

#include "Entities.h"
#include "EntityKinds.h"

namespace samverka::storage::entities {

using Kind = RecordKind;

const Entity<core::SituationPicture> &situationPicture()
{
    using P = core::SituationPicture;
    static const Entity<P> entity(
        kindSpec(Kind::SituationPicture, "situation_pictures", "", Kind::SituationPicture, false,
                 {}),
        {
            field("title", "title", &P::title),
            field("date", "date", &P::date),
            field("fromYear", "from_year", &P::fromYear).range(1900, 2200),
            field("toYear", "to_year", &P::toYear).range(1900, 2200),
            field("madeBy", "made_by", &P::madeBy),
            field("participants", "participants", &P::participants),
            field("status", "status", &P::status),
            field("decidedBy", "decided_by", &P::decidedBy),
            field("decidedOn", "decided_on", &P::decidedOn),
            field("decisionParagraph", "decision_paragraph", &P::decisionParagraph),
            field("diaryNumber", "diary_number", &P::diaryNumber),
            list("comparisons", "situation_picture_comparisons", "situation_picture_id", "code",
                 &P::comparisons),
            field("nextUpdate", "next_update", &P::nextUpdate),
            field("crimeCommentary", "crime_commentary", &P::crimeCommentary),
            field("comparisonCommentary", "comparison_commentary", &P::comparisonCommentary),
            field("surveyCommentary", "survey_commentary", &P::surveyCommentary),
            field("placeCommentary", "place_commentary", &P::placeCommentary),
            field("analysis", "analysis", &P::analysis),
            field("mappingSnapshot", "mapping_snapshot", &P::mappingSnapshot),
        });
    return entity;
}

const Entity<core::SituationSection> &situationSection()
{
    using S = core::SituationSection;
    static const Entity<S> entity(kindSpec(Kind::SituationSection, "situation_sections",
                                           "situation_picture_id", Kind::SituationPicture, false,
                                           {}),
                                  {
                                      field("title", "title", &S::title),
                                      field("source", "source", &S::source),
                                      field("date", "date", &S::date),
                                      field("confidential", "confidential", &S::confidential),
                                      field("text", "text", &S::text),
                                  });
    return entity;
}

const Entity<core::SituationProblem> &situationProblem()
{
    using P = core::SituationProblem;
    static const Entity<P> entity(kindSpec(Kind::SituationProblem, "situation_problems",
                                           "situation_picture_id", Kind::SituationPicture, false,
                                           {}),
                                  {
                                      field("title", "title", &P::title),
                                      field("description", "description", &P::description),
                                      field("place", "place", &P::place),
                                      field("timePattern", "time_pattern", &P::timePattern),
                                      list("sources", "situation_problem_sources",
                                           "situation_problem_id", "source", &P::sources),
                                      list("criteria", "situation_problem_criteria",
                                           "situation_problem_id", "criterion", &P::criteria),
                                      field("confidential", "confidential", &P::confidential),
                                  });
    return entity;
}

} // namespace samverka::storage::entities
