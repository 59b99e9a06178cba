#pragma once

// Facts about an agreement that depend on today's date (asked of an injectable
// Clock): whether it is in force, which measures are late, which follow-ups the
// reporting plan makes due, and where the agreement stands in the method's five steps.

#include "Agreement.h"
#include "Clock.h"
#include "Finding.h"

#include <QList>

namespace samverka::core {

/// One report the follow-up plan (part 1, "reporting") makes due.
struct DueFollowUp {
    ReportingTarget target = ReportingTarget::SteeringGroup;
    int everyMonths = 12;
    QDate dueDate;
    bool overdue = false; ///< due date passed and no follow-up reported for it
    /// A follow-up reported to the target dated within [due − everyMonths, due + 1 month];
    /// each follow-up counts for one due date only.
    bool satisfied = false;

    bool operator==(const DueFollowUp &) const = default;
};

enum class StepState { NotStarted, InProgress, Done };

/// Where an agreement stands in one step of the method, and what is still missing.
struct StepProgress {
    int step = 1; ///< 1..5
    StepState state = StepState::NotStarted;
    QStringList missing; ///< translated, for a person
    // Step 2: a joint problem counts for both parties, and only in problemsJoint here.
    int problemsByPolice = 0;
    int problemsByMunicipality = 0;
    int problemsJoint = 0;
    // Step 4
    int measuresOngoing = 0;
    int measuresDone = 0;
    int measuresLate = 0;
    int meetings = 0;
    // Step 5
    int followUpsDue = 0; ///< due dates passed (reportsDue)
    int followUpsSatisfied = 0;

    bool operator==(const StepProgress &) const = default;
};

class AgreementFacts
{
public:
    /// The day the agreement's signing took effect: the earliest date of a signed
    /// signature (else of any dated signature); invalid when none.
    static QDate signingDate(const Agreement &agreement);
    /// The first day of the period: validFrom, or the signing date when it runs from
    /// signing (or has no validFrom at all).
    static QDate effectiveStart(const Agreement &agreement);
    /// Signed, started and not ended (an agreement that continues until further
    /// notice, or has no end date, does not end).
    static bool isInForce(const Agreement &agreement, const Clock &clock);
    /// As above, and not superseded by an agreement in force that replaces it.
    static bool isInForce(const Agreement &agreement, const QList<Agreement> &all,
                          const Clock &clock);

    /// End date passed while still planned or ongoing.
    static bool isLate(const Measure &measure, const Clock &clock);
    /// The statuses in which a measure whose end has passed is late (planned, ongoing):
    /// the one statement of the rule, also for a reader that filters in the file.
    static QList<MeasureStatus> lateStatuses();
    /// The same, on the day today (for a list: the clock is read once, not per measure).
    static bool isLate(const Measure &measure, const QDate &today);
    static QList<Measure> lateMeasures(const Agreement &agreement, const Clock &clock);

    /// For each reporting rule: every due date from the start of the period up to
    /// today (and not after validTo), plus the next upcoming one; sorted by date.
    static QList<DueFollowUp> dueFollowUps(const Agreement &agreement, const Clock &clock);

    /// The reports the follow-up plan makes due: dueFollowUps of an agreement in force
    /// (all: the file's agreements, for a revision that supersedes it), else none, since
    /// a draft's or an ended agreement's plan binds no one. The overview's "Follow-ups
    /// due" and step 5 both come from this, so they cannot disagree.
    static QList<DueFollowUp> reportsDue(const Agreement &agreement, const QList<Agreement> &all,
                                         const Clock &clock);

    /// The five steps. all: the file's agreements (see reportsDue). findings: the method
    /// checklist's findings for this agreement, or nullptr to compute them. meetingCount:
    /// minutes recorded under it.
    static QList<StepProgress> methodProgress(const Agreement &agreement,
                                              const QList<Agreement> &all, const Clock &clock,
                                              int meetingCount = 0,
                                              const QList<Finding> *findings = nullptr);
    /// As above, with the agreement as the file's only one.
    static QList<StepProgress> methodProgress(const Agreement &agreement, const Clock &clock,
                                              int meetingCount = 0,
                                              const QList<Finding> *findings = nullptr);

    /// "Initiate collaboration", ... (Initiera samverkan, ...).
    static QString stepTitle(int step);
    static QString stepStateLabel(StepState state);
};

} // namespace samverka::core
