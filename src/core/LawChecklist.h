#pragma once

// What Lag (2023:196) asks of the municipality, read from the file (issue #14): a
// lägesbild that is decided and current, and a named samordningsfunktion. Each
// requirement says whether it is met and how things stand; each one not met is a
// Finding with a stable code ("law-situation-picture-outdated") and no agreement, since
// it concerns the municipality. The clock is injected, as for AgreementFacts.

#include "Clock.h"
#include "Finding.h"
#include "Municipality.h"
#include "SituationPicture.h"

#include <QList>

#include <optional>

namespace samverka::core {

class LawChecklist
{
public:
    enum class Subject { SituationPicture, CoordinatingFunction };

    struct Requirement {
        Subject subject = Subject::SituationPicture;
        bool met = false;
        QString state;                  ///< how it stands, for a person (translated)
        QString recordId;               ///< the edition it is about, or empty
        std::optional<Finding> finding; ///< set when not met
    };

    /// The requirements in the law's order: the lägesbild, then the samordningsfunktion.
    static QList<Requirement> requirements(const Municipality &municipality,
                                           const QList<SituationPicture> &editions,
                                           const Clock &clock);
    /// The findings of the requirements not met.
    static QList<Finding> check(const Municipality &municipality,
                                const QList<SituationPicture> &editions, const Clock &clock);

    /// The edition in force: the adopted one decided (or dated) last; nullptr when none.
    static const SituationPicture *current(const QList<SituationPicture> &editions);
    /// When an edition falls due: its next update, else two years after its decision (or
    /// its date); invalid when it has neither.
    static QDate dueDate(const SituationPicture &edition);
};

} // namespace samverka::core
