#pragma once

// Where the user is: a page kind and the record it shows. The sidebar, search
// results, checklist findings and back/forward all navigate with these.

#include <QMetaType>
#include <QString>

namespace samverka::ui {

struct NavTarget {
    enum class Page {
        None,
        Overview,       ///< the open file as a whole
        Agreement,      ///< agreementId: title, period, parties, status, diary numbers
        Part1,          ///< agreementId
        Part2,          ///< agreementId
        ProblemPicture, ///< agreementId; recordId = problem to select
        CauseAnalysis,  ///< agreementId; recordId = problem or cause to select
        FocusArea, ///< agreementId; recordId = focus area: background, goals, measures, action plan
        Goals,     ///< agreementId; recordId = goal to select
        Measures,  ///< agreementId; recordId = measure to select
        FollowUps, ///< agreementId; recordId = follow-up to select
        Signatures,       ///< agreementId
        Comments,         ///< agreementId; recordId = comment to select
        PromiseSets,      ///< agreementId (may be empty); recordId = set to select
        SituationPicture, ///< the lägesbild; recordId = edition to select
        MeasurePlan,      ///< the åtgärdsplan; recordId = plan to select
        Meetings,         ///< recordId = meeting to select
        Attachments,      ///< recordId = attachment to select
        People,           ///< people and parties; recordId = person or party to select
        Statistics,       ///< the statistics page
        Municipality,     ///< the file's metadata and population
    };

    Page page = Page::None;
    QString agreementId;
    QString recordId;

    bool operator==(const NavTarget &) const = default;
};

} // namespace samverka::ui

Q_DECLARE_METATYPE(samverka::ui::NavTarget)
