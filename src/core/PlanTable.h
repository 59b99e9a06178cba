#pragma once

// An åtgärdsplan as Brå's six-column table (issue #14): Orsak | Åtgärd | Operativa mål |
// När | Vem | Uppföljning, one row per plan row, read from the file's data. An adopted
// row takes its measure, causes and goals from the agreement; the plan's own row from
// its own fields and the lägesbild's problems. For a row whose measure has follow-ups, the
// latest assessment suggests a colour; the user decides. Shared by the plan's page and
// its document.

#include "MeasurePlan.h"
#include "MunicipalityData.h"

#include <QDate>
#include <QList>

#include <optional>

namespace samverka::core {

class PlanTable
{
public:
    /// One cause in the Orsak column: "Orsak 1.2" and its text, or a problem of the
    /// lägesbild ("Problem 2") and its title.
    struct Cause {
        QString label;
        QString text;
        bool confidential = false;
    };
    struct Suggestion {
        RatingColour colour = RatingColour::Green;
        QString reason; ///< for a person: the follow-up it comes from (translated)
    };
    struct Row {
        QString id;
        bool adopted = false;
        bool measureMissing = false; ///< adopted, but the measure is gone from the file
        QString agreementId;         ///< of the adopted measure
        QString agreementTitle;
        QString measureId;
        QString measure; ///< Åtgärd
        QString description;
        QList<Cause> causes;   ///< Orsak
        QStringList operative; ///< Operativa mål: the row's text, the measure's goals
        QString when;          ///< När
        QString who;           ///< Vem
        MeasureStatus status = MeasureStatus::Planned;
        bool confidential = false;
        std::optional<PlanRating> latest; ///< Uppföljning
        int ratings = 0;
        std::optional<Suggestion> suggestion;
    };

    /// The rows of plan, read from data (agreements, lägesbild, parties) on the day today.
    static QList<Row> rows(const MeasurePlan &plan, const MunicipalityData &data,
                           const QDate &today);
    /// The colour an adopted measure's follow-ups suggest: the latest assessed one (as
    /// planned or improved: green; partly or unchanged: yellow; not done or worsened: red),
    /// yellow at best when the measure is late; none when nothing is known.
    static std::optional<Suggestion> suggest(const Measure &measure,
                                             const QList<FollowUp> &followUps, const QDate &today);
};

} // namespace samverka::core
