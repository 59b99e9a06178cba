#include "MethodChecklist.h"

#include "EnumLabels.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace samverka::core {

namespace {

QString quoted(const QString &title)
{
    //: sv: ”%1” (Swedish quotes on both sides)
    return QCoreApplication::translate("samverka::core", "“%1”", "a quoted title").arg(title);
}

// An untitled record is named by its position: the message already says what it is
// ("Measure 2 is not linked to any cause.").
QString nameOf(const QString &title, qsizetype index)
{
    return title.trimmed().isEmpty() ? QString::number(index + 1) : quoted(title);
}

// A long text shortened to one line for a message.
QString brief(const QString &text, int length = 60)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

bool hasFocusArea(const Agreement &a, const QString &focusAreaId)
{
    return !focusAreaId.isEmpty() &&
           std::any_of(a.focusAreas.cbegin(), a.focusAreas.cend(),
                       [&](const FocusArea &f) { return f.id == focusAreaId; });
}

class Collector
{
public:
    explicit Collector(const Agreement &a)
        : m_agreement(a)
    {}

    void add(const QString &recordId, const char *code, int step, const QString &message)
    {
        m_findings.append(
            Finding{m_agreement.id, recordId, QString::fromLatin1(code), message, step});
    }
    QList<Finding> take() { return std::move(m_findings); }

private:
    const Agreement &m_agreement;
    QList<Finding> m_findings;
};

void checkPart1(const Agreement &a, Collector &out)
{
    const bool hasStart = a.validFrom.isValid() || a.validFromSigning;
    const bool hasEnd = a.validTo.isValid() || a.continuesUntilFurtherNotice;
    if (!hasStart && !hasEnd)
        out.add({}, "agreement-no-period", 1,
                QCoreApplication::translate("samverka::core",
                                            "The agreement has no period (valid from and to)."));
    else if (!hasStart)
        out.add({}, "agreement-no-period", 1,
                QCoreApplication::translate("samverka::core",
                                            "The agreement's period has no start date."));
    else if (!hasEnd)
        out.add({}, "agreement-no-period", 1,
                QCoreApplication::translate("samverka::core",
                                            "The agreement's period has no end date."));
    if (a.part1.groups.isEmpty())
        out.add({}, "agreement-no-groups", 1,
                QCoreApplication::translate(
                    "samverka::core",
                    "Part 1 names no groups (steering group, project group, working groups)."));
    if (a.part1.coordinators.isEmpty())
        out.add({}, "agreement-no-coordinators", 1,
                QCoreApplication::translate("samverka::core", "Part 1 names no coordinators."));
    if (a.part1.followUpPlan.trimmed().isEmpty() && a.part1.reporting.isEmpty())
        out.add({}, "agreement-no-follow-up-plan", 1,
                QCoreApplication::translate(
                    "samverka::core",
                    "Part 1 has no follow-up plan (who reports to whom, how often)."));
    if (a.part1.purpose.trimmed().isEmpty())
        out.add({}, "agreement-no-purpose", 1,
                QCoreApplication::translate("samverka::core",
                                            "Part 1 does not state the purpose of the "
                                            "collaboration."));
}

// The handbook's step 1: "Respektive ledningar har utsett varsin samordnare". Other
// parties (a region, a housing company) need not appoint one, so only fewer than two
// parties with a coordinator is reported.
void checkCoordinatorsPerParty(const Agreement &a, Collector &out)
{
    if (a.part1.coordinators.isEmpty() || a.parties.size() < 2)
        return;
    QSet<QString> withCoordinator;
    for (const Coordinator &c : a.part1.coordinators)
        if (!c.party.isEmpty() && a.parties.contains(c.party))
            withCoordinator.insert(c.party);
    if (withCoordinator.size() < 2)
        out.add({}, "agreement-coordinators-one-party", 1,
                QCoreApplication::translate("samverka::core",
                                            "Part 1 does not name a coordinator of each party: "
                                            "the municipality and the police appoint one each."));
}

// A comment still open means the review is not finished.
void checkComments(const Agreement &a, Collector &out)
{
    for (const ReviewComment &c : a.comments) {
        if (c.resolved)
            continue;
        out.add(c.id, "comment-open", 3,
                c.author.trimmed().isEmpty()
                    ? QCoreApplication::translate("samverka::core",
                                                  "A review comment is not resolved: %1")
                          .arg(quoted(brief(c.text)))
                    : QCoreApplication::translate("samverka::core",
                                                  "A review comment by %1 is not resolved: %2")
                          .arg(c.author.trimmed(), quoted(brief(c.text))));
    }
}

void checkProblems(const Agreement &a, Collector &out)
{
    const bool anyPrioritized = std::any_of(a.problems.cbegin(), a.problems.cend(),
                                            [](const Problem &p) { return p.prioritized; });
    if (!anyPrioritized)
        out.add({}, "no-prioritized-problems", 3,
                QCoreApplication::translate("samverka::core",
                                            "No problem of the joint problem picture is "
                                            "prioritised."));
    for (qsizetype i = 0; i < a.problems.size(); ++i) {
        const Problem &p = a.problems.at(i);
        if (!p.prioritized)
            continue;
        if (p.causes.isEmpty())
            out.add(p.id, "problem-no-causes", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Prioritised problem %1 has no cause analysis.")
                        .arg(nameOf(p.title, i)));
        const bool hasEffectGoal =
            std::any_of(a.goals.cbegin(), a.goals.cend(), [&](const Goal &g) {
                return g.kind == GoalKind::Effect && g.problem == p.id;
            });
        if (!hasEffectGoal)
            out.add(p.id, "problem-no-effect-goal", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Prioritised problem %1 has no effect goal.")
                        .arg(nameOf(p.title, i)));
    }
}

void checkCauses(const Agreement &a, Collector &out)
{
    for (qsizetype i = 0; i < a.problems.size(); ++i) {
        const QList<Cause> &causes = a.problems.at(i).causes;
        for (qsizetype c = 0; c < causes.size(); ++c) {
            const Cause &cause = causes.at(c);
            if (cause.perspective)
                continue;
            const int number = cause.number > 0 ? cause.number : int(c + 1);
            out.add(cause.id, "cause-no-perspective", 3,
                    QCoreApplication::translate("samverka::core",
                                                "%1 has no perspective (situational, victim or "
                                                "offender).")
                        .arg(EnumLabels::causeLabel(int(i + 1), number)));
        }
    }
}

// Part 2 is built of focus areas, each with its action plan (Mål | Aktivitet | När |
// Ansvarig): the measures under it. One finding for the whole when there is no plan at
// all, else one per focus area whose plan is empty.
void checkFocusAreas(const Agreement &a, Collector &out)
{
    if (a.focusAreas.isEmpty()) {
        out.add({}, "agreement-no-focus-areas", 3,
                QCoreApplication::translate("samverka::core",
                                            "Part 2 has no focus areas, so the agreement has no "
                                            "action plan."));
        return;
    }
    const auto hasMeasures = [&a](const QString &focusAreaId) {
        return std::any_of(a.measures.cbegin(), a.measures.cend(),
                           [&](const Measure &m) { return m.focusArea == focusAreaId; });
    };
    const bool anyPlan = std::any_of(a.focusAreas.cbegin(), a.focusAreas.cend(),
                                     [&](const FocusArea &f) { return hasMeasures(f.id); });
    if (!anyPlan)
        out.add({}, "agreement-no-action-plan", 3,
                QCoreApplication::translate("samverka::core",
                                            "The agreement has no action plan: no measure "
                                            "belongs to a focus area."));
    for (qsizetype i = 0; i < a.focusAreas.size(); ++i) {
        const FocusArea &f = a.focusAreas.at(i);
        if (f.problems.isEmpty())
            out.add(
                f.id, "focus-area-no-problems", 3,
                QCoreApplication::translate("samverka::core", "Focus area %1 groups no problems.")
                    .arg(nameOf(f.title, i)));
        if (anyPlan && !hasMeasures(f.id))
            out.add(f.id, "focus-area-no-measures", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Focus area %1 has no measures in its action "
                                                "plan.")
                        .arg(nameOf(f.title, i)));
    }
}

void checkGoals(const Agreement &a, Collector &out)
{
    for (qsizetype i = 0; i < a.goals.size(); ++i) {
        const Goal &g = a.goals.at(i);
        if (!hasFocusArea(a, g.focusArea))
            out.add(
                g.id, "goal-no-focus-area", 3,
                QCoreApplication::translate("samverka::core", "Goal %1 belongs to no focus area.")
                    .arg(nameOf(g.text, i)));
        if (g.kind != GoalKind::Effect)
            continue;
        QStringList missing;
        if (g.indicator.trimmed().isEmpty())
            missing << QCoreApplication::translate("samverka::core", "indicator");
        if (!g.baseline.value)
            missing << QCoreApplication::translate("samverka::core", "baseline");
        if (!g.target.value)
            missing << QCoreApplication::translate("samverka::core", "target");
        if (!missing.isEmpty())
            out.add(g.id, "goal-not-measurable", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Effect goal %1 is not measurable: it has no %2.")
                        .arg(nameOf(g.text, i), missing.join(QStringLiteral(", "))));
    }
}

void checkMeasures(const Agreement &a, Collector &out)
{
    for (qsizetype i = 0; i < a.measures.size(); ++i) {
        const Measure &m = a.measures.at(i);
        const QString name = nameOf(m.title, i);
        if (!hasFocusArea(a, m.focusArea))
            out.add(m.id, "measure-no-focus-area", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Measure %1 belongs to no focus area.")
                        .arg(name));
        if (m.causes.isEmpty())
            out.add(m.id, "measure-no-cause", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Measure %1 is not linked to any cause.")
                        .arg(name));
        if (m.goals.isEmpty())
            out.add(m.id, "measure-no-goal", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Measure %1 is not linked to any goal.")
                        .arg(name));
        if (m.responsible.isEmpty() && m.responsibleText.trimmed().isEmpty())
            out.add(m.id, "measure-no-responsible", 3,
                    QCoreApplication::translate("samverka::core",
                                                "Measure %1 has no responsible party.")
                        .arg(name));
        if (m.when.trimmed().isEmpty() && !m.start.isValid() && !m.end.isValid())
            out.add(m.id, "measure-no-time", 3,
                    QCoreApplication::translate("samverka::core", "Measure %1 has no time (when).")
                        .arg(name));
    }
}

} // namespace

QList<Finding> MethodChecklist::check(const Agreement &agreement)
{
    Collector out(agreement);
    checkPart1(agreement, out);
    checkCoordinatorsPerParty(agreement, out);
    checkComments(agreement, out);
    checkProblems(agreement, out);
    checkCauses(agreement, out);
    checkFocusAreas(agreement, out);
    checkGoals(agreement, out);
    checkMeasures(agreement, out);
    if (agreement.signatures.isEmpty())
        out.add({}, "agreement-no-signatories", 3,
                QCoreApplication::translate("samverka::core", "The agreement has no signatories."));
    return out.take();
}

} // namespace samverka::core
