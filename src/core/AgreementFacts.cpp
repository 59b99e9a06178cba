#include "AgreementFacts.h"

#include "EnumLabels.h"
#include "MethodChecklist.h"

#include <QCoreApplication>

#include <algorithm>

namespace samverka::core {

namespace {

// A follow-up reported up to this long after the due date still counts for it.
constexpr int graceMonths = 1;
// A safety bound: a rule every month over a century.
constexpr int maxDueDatesPerRule = 1200;

// A follow-up reported to the target within [due − N months, due + grace] satisfies
// the due date; neighbouring windows overlap, so each follow-up counts for one due
// date only (the earliest it can), and one report does not cover two periods.
bool takeSatisfying(const Agreement &a, ReportingTarget target, const QDate &due, int everyMonths,
                    QList<bool> &used)
{
    const QDate from = due.addMonths(-everyMonths);
    const QDate to = due.addMonths(graceMonths);
    qsizetype best = -1;
    for (qsizetype i = 0; i < a.followUps.size(); ++i) {
        const FollowUp &f = a.followUps.at(i);
        if (used.at(i) || f.reportedTo != target || f.date < from || f.date > to)
            continue;
        if (best < 0 || f.date < a.followUps.at(best).date)
            best = i;
    }
    if (best < 0)
        return false;
    used[best] = true;
    return true;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Done when nothing is missing; not started when there is no sign of work.
StepState stateOf(bool anyWork, const QStringList &missing)
{
    if (missing.isEmpty() && anyWork)
        return StepState::Done;
    return anyWork ? StepState::InProgress : StepState::NotStarted;
}

// Step 2: problems contributed by each party; a joint problem is each party's too.
void fillStep2(StepProgress &s2, const Agreement &agreement, bool ticked)
{
    for (const Problem &pr : agreement.problems) {
        if (pr.contributedBy == Contributor::Police)
            ++s2.problemsByPolice;
        else if (pr.contributedBy == Contributor::Municipality)
            ++s2.problemsByMunicipality;
        else if (pr.contributedBy == Contributor::Joint)
            ++s2.problemsJoint;
    }
    if (s2.problemsByPolice + s2.problemsJoint == 0)
        s2.missing << QCoreApplication::translate("samverka::core",
                                                  "No problems contributed by the police.");
    if (s2.problemsByMunicipality + s2.problemsJoint == 0)
        s2.missing << QCoreApplication::translate("samverka::core",
                                                  "No problems contributed by the municipality.");
    s2.state = stateOf(!agreement.problems.isEmpty() || ticked, s2.missing);
}

// Step 5: the due dates passed of the reports due (AgreementFacts::reportsDue, as the
// overview lists them), each reported or overdue.
void fillStep5(StepProgress &s5, const Agreement &agreement, const QList<DueFollowUp> &due,
               const QDate &today, bool ticked)
{
    for (const DueFollowUp &d : due) {
        if (d.dueDate >= today)
            continue; // not passed yet: the overview lists it as due, not late
        ++s5.followUpsDue;
        if (d.satisfied)
            ++s5.followUpsSatisfied;
        else
            s5.missing << QCoreApplication::translate("samverka::core",
                                                      "The report to the %1 due %2 is overdue.")
                              .arg(EnumLabels::label(d.target).toLower(), dateText(d.dueDate));
    }
    s5.state = stateOf(!agreement.followUps.isEmpty() || s5.followUpsDue > 0 || ticked, s5.missing);
}

} // namespace

QDate AgreementFacts::signingDate(const Agreement &agreement)
{
    QDate signedDate;
    QDate anyDate;
    for (const Signature &s : agreement.signatures) {
        if (!s.date.isValid())
            continue;
        if (!anyDate.isValid() || s.date < anyDate)
            anyDate = s.date;
        if (s.signed_ && (!signedDate.isValid() || s.date < signedDate))
            signedDate = s.date;
    }
    return signedDate.isValid() ? signedDate : anyDate;
}

QDate AgreementFacts::effectiveStart(const Agreement &agreement)
{
    if (agreement.validFromSigning || !agreement.validFrom.isValid()) {
        const QDate signing = signingDate(agreement);
        if (signing.isValid())
            return signing;
    }
    return agreement.validFrom;
}

bool AgreementFacts::isInForce(const Agreement &agreement, const Clock &clock)
{
    if (!agreement.isSigned())
        return false;
    const QDate today = clock.today();
    const QDate start = effectiveStart(agreement);
    if (start.isValid() && start > today)
        return false;
    return agreement.continuesUntilFurtherNotice || !agreement.validTo.isValid() ||
           today <= agreement.validTo;
}

bool AgreementFacts::isInForce(const Agreement &agreement, const QList<Agreement> &all,
                               const Clock &clock)
{
    if (!isInForce(agreement, clock))
        return false;
    return std::none_of(all.cbegin(), all.cend(), [&](const Agreement &other) {
        return other.id != agreement.id && other.replaces == agreement.id &&
               isInForce(other, clock);
    });
}

bool AgreementFacts::isLate(const Measure &measure, const Clock &clock)
{
    return isLate(measure, clock.today());
}

QList<MeasureStatus> AgreementFacts::lateStatuses()
{
    return {MeasureStatus::Planned, MeasureStatus::Ongoing};
}

bool AgreementFacts::isLate(const Measure &measure, const QDate &today)
{
    static const QList<MeasureStatus> late = lateStatuses();
    return measure.end.isValid() && measure.end < today && late.contains(measure.status);
}

QList<Measure> AgreementFacts::lateMeasures(const Agreement &agreement, const Clock &clock)
{
    QList<Measure> out;
    const QDate today = clock.today();
    for (const Measure &m : agreement.measures)
        if (isLate(m, today))
            out << m;
    return out;
}

QList<DueFollowUp> AgreementFacts::dueFollowUps(const Agreement &agreement, const Clock &clock)
{
    QList<DueFollowUp> out;
    const QDate start = effectiveStart(agreement);
    if (!start.isValid())
        return out;
    const QDate today = clock.today();
    const QDate end =
        agreement.continuesUntilFurtherNotice ? QDate() : agreement.validTo; // invalid: open
    for (const ReportingRule &rule : agreement.part1.reporting) {
        if (rule.everyMonths < 1)
            continue;
        QList<bool> used(agreement.followUps.size(), false);
        for (int k = 1; k <= maxDueDatesPerRule; ++k) {
            const QDate due = start.addMonths(k * rule.everyMonths);
            if (end.isValid() && due > end)
                break;
            DueFollowUp entry;
            entry.target = rule.to;
            entry.everyMonths = rule.everyMonths;
            entry.dueDate = due;
            entry.satisfied = takeSatisfying(agreement, rule.to, due, rule.everyMonths, used);
            entry.overdue = !entry.satisfied && due < today;
            out << entry;
            if (due > today)
                break; // the next upcoming one, then stop
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DueFollowUp &a, const DueFollowUp &b) {
        return a.dueDate < b.dueDate;
    });
    return out;
}

QList<DueFollowUp> AgreementFacts::reportsDue(const Agreement &agreement,
                                              const QList<Agreement> &all, const Clock &clock)
{
    if (!isInForce(agreement, all, clock))
        return {};
    return dueFollowUps(agreement, clock);
}

QList<StepProgress> AgreementFacts::methodProgress(const Agreement &agreement, const Clock &clock,
                                                   int meetingCount, const QList<Finding> *findings)
{
    return methodProgress(agreement, QList<Agreement>{agreement}, clock, meetingCount, findings);
}

QList<StepProgress> AgreementFacts::methodProgress(const Agreement &agreement,
                                                   const QList<Agreement> &all, const Clock &clock,
                                                   int meetingCount, const QList<Finding> *findings)
{
    const QList<Finding> computed = findings ? QList<Finding>() : MethodChecklist::check(agreement);
    const QList<Finding> &allFindings = findings ? *findings : computed;

    QList<StepProgress> steps;
    for (int step = 1; step <= 5; ++step) {
        StepProgress p;
        p.step = step;
        for (const Finding &f : allFindings)
            if (f.step == step && (f.agreementId.isEmpty() || f.agreementId == agreement.id))
                p.missing << f.message;
        steps << p;
    }
    bool tickedItem[6] = {};
    for (const CheckItem &item : agreement.checkItems) {
        if (item.step < 1 || item.step > 5)
            continue;
        if (item.done)
            tickedItem[item.step] = true;
        else
            steps[item.step - 1].missing << item.text;
    }

    // Step 1: part 1's organisation and plans.
    const Part1 &p1 = agreement.part1;
    const bool step1Work = !p1.groups.isEmpty() || !p1.coordinators.isEmpty() ||
                           !p1.followUpPlan.isEmpty() || !p1.reporting.isEmpty() ||
                           agreement.validFrom.isValid() || tickedItem[1];
    steps[0].state = stateOf(step1Work, steps[0].missing);

    // Step 2: each party's own picture.
    fillStep2(steps[1], agreement, tickedItem[2]);

    // Step 3: the joint picture, causes, goals and measures (the checklist).
    const bool step3Work =
        std::any_of(agreement.problems.cbegin(), agreement.problems.cend(),
                    [](const Problem &pr) { return pr.prioritized || !pr.causes.isEmpty(); }) ||
        !agreement.goals.isEmpty() || !agreement.measures.isEmpty() || tickedItem[3];
    steps[2].state = stateOf(step3Work, steps[2].missing);

    // Step 4: carrying out the measures, with minutes.
    StepProgress &s4 = steps[3];
    s4.meetings = meetingCount;
    bool allFinished = !agreement.measures.isEmpty();
    for (const Measure &m : agreement.measures) {
        if (m.status == MeasureStatus::Ongoing)
            ++s4.measuresOngoing;
        else if (m.status == MeasureStatus::Done)
            ++s4.measuresDone;
        if (m.status == MeasureStatus::Planned || m.status == MeasureStatus::Ongoing)
            allFinished = false;
        if (isLate(m, clock)) {
            ++s4.measuresLate;
            s4.missing << QCoreApplication::translate("samverka::core",
                                                      "Measure “%1” is late (planned to end %2).")
                              .arg(m.title, dateText(m.end));
        }
    }
    if (meetingCount == 0)
        s4.missing << QCoreApplication::translate("samverka::core",
                                                  "No meeting minutes are recorded.");
    const bool step4Work =
        s4.measuresOngoing > 0 || s4.measuresDone > 0 || meetingCount > 0 || tickedItem[4];
    if (step4Work && !allFinished && s4.missing.isEmpty())
        s4.state = StepState::InProgress; // work goes on until every measure is finished
    else
        s4.state = stateOf(step4Work, s4.missing);

    // Step 5: follow-ups against the reporting plan.
    fillStep5(steps[4], agreement, reportsDue(agreement, all, clock), clock.today(), tickedItem[5]);
    return steps;
}

QString AgreementFacts::stepTitle(int step)
{
    switch (step) {
    case 1:
        // sv: Initiera samverkan
        return QCoreApplication::translate("samverka::core", "Initiate collaboration");
    case 2:
        // sv: Egna förberedelser
        return QCoreApplication::translate("samverka::core", "Own preparations");
    case 3:
        // sv: Gemensamma förberedelser
        return QCoreApplication::translate("samverka::core", "Joint preparations");
    case 4:
        // sv: Genomförande
        return QCoreApplication::translate("samverka::core", "Implementation");
    case 5:
        // sv: Uppföljning
        return QCoreApplication::translate("samverka::core", "Follow-up");
    default:
        return {};
    }
}

QString AgreementFacts::stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        return QCoreApplication::translate("samverka::core", "Not started");
    case StepState::InProgress:
        return QCoreApplication::translate("samverka::core", "In progress");
    case StepState::Done:
        return QCoreApplication::translate("samverka::core", "Done");
    }
    return {};
}

} // namespace samverka::core
