#pragma once

// What Lag (2023:196) §5 asks of the åtgärdsplan, read from the file (issue #14): a plan
// that is decided, valid today and based on the lägesbild in force; and Brå's two
// weaknesses, rows without a cause and rows never followed up. Each requirement not met
// has a stable code ("law-measure-plan-expired"). LawChecklist puts these among the law's
// other requirements.

#include "Finding.h"
#include "MeasurePlan.h"
#include "SituationPicture.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samverka::core {

class PlanChecklist
{
public:
    struct Result {
        bool met = false;
        QString state;                  ///< how it stands, for a person (translated)
        QString recordId;               ///< the plan it is about, or empty
        std::optional<Finding> finding; ///< set when not met
    };
    struct Results {
        Result plan;     ///< present, decided, valid, based on the lägesbild in force
        Result causes;   ///< every row aimed at a cause
        Result followUp; ///< follow-up dates, and every row rated once one has passed
    };

    /// causesOfAdopted: for each agreement measure a plan adopts, how many causes it is
    /// aimed at (a measure absent from it is gone from the file).
    static Results check(const QList<MeasurePlan> &plans, const QList<SituationPicture> &editions,
                         const QHash<QString, int> &causesOfAdopted, const QDate &today);

    /// The plan in force: the decided one decided last (then the later in the list);
    /// nullptr when none is decided.
    static const MeasurePlan *current(const QList<MeasurePlan> &plans);
    /// Whether a row is aimed at a cause: its own lägesbild problems, or its adopted
    /// measure's causes.
    static bool hasCause(const PlanRow &row, const QHash<QString, int> &causesOfAdopted);
};

} // namespace samverka::core
