#pragma once

// What Lag (2023:196) asks of the municipality, read from the file (issue #14): a
// lägesbild that is decided and current, a decided and valid åtgärdsplan based on it
// (PlanChecklist, with Brå's two weaknesses: measures without a cause, rows never
// followed up), and a named samordningsfunktion. Each
// requirement says whether it is met and how things stand; each one not met is a
// Finding with a stable code ("law-situation-picture-outdated") and no agreement, since
// it concerns the municipality. The clock is injected, as for AgreementFacts.

#include "Clock.h"
#include "Finding.h"
#include "MeasurePlan.h"
#include "Municipality.h"
#include "SituationPicture.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samverka::core {

class LawChecklist
{
public:
    enum class Subject {
        SituationPicture,
        MeasurePlan,
        CoordinatingFunction,
        PlanCauses,  ///< the plan's measures aimed at causes
        PlanFollowUp ///< the plan's rows rated
    };

    /// What the check reads of the file.
    struct Input {
        Municipality municipality;
        QList<SituationPicture> editions;
        QList<core::MeasurePlan> plans;
        /// For each agreement measure a plan adopts, how many causes it is aimed at.
        QHash<QString, int> causesOfAdopted;
    };

    struct Requirement {
        Subject subject = Subject::SituationPicture;
        bool met = false;
        QString state;                  ///< how it stands, for a person (translated)
        QString recordId;               ///< the edition it is about, or empty
        std::optional<Finding> finding; ///< set when not met
    };

    /// The requirements in the law's order: the lägesbild, the åtgärdsplan, the
    /// samordningsfunktion; then the plan's measures without a cause and rows not rated.
    static QList<Requirement> requirements(const Input &input, const Clock &clock);
    /// The findings of the requirements not met.
    static QList<Finding> check(const Input &input, const Clock &clock);

    /// The edition in force: the adopted one decided (or dated) last; nullptr when none.
    static const SituationPicture *current(const QList<SituationPicture> &editions);
    /// When an edition falls due: its next update, else two years after its decision (or
    /// its date); invalid when it has neither.
    static QDate dueDate(const SituationPicture &edition);
};

} // namespace samverka::core
