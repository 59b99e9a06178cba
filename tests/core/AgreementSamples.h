#pragma once

// An agreement that satisfies every rule of the method checklist, built in code so
// that each test can break exactly one thing.

#include "Agreement.h"

namespace samverka::core::test {

inline Agreement completeAgreement()
{
    Agreement a;
    a.id = QStringLiteral("a");
    a.title = QStringLiteral("Samverkansöverenskommelse 2024–2027");
    a.parties = {QStringLiteral("k"), QStringLiteral("p")};
    a.validFrom = QDate(2024, 1, 1);
    a.validTo = QDate(2027, 12, 31);
    a.part1.groups << Group{
        QStringLiteral("g"), GroupKind::SteeringGroup, QStringLiteral("Styrgrupp"), {}, {}};
    a.part1.coordinators << Coordinator{QStringLiteral("k"), QStringLiteral("pe")};
    a.part1.coordinators << Coordinator{QStringLiteral("p"), QStringLiteral("pp")};
    a.part1.followUpPlan = QStringLiteral("Halvårsvis till styrgruppen.");
    a.part1.purpose = QStringLiteral("Att minska brottsligheten och öka tryggheten.");
    a.part1.reporting << ReportingRule{ReportingTarget::SteeringGroup, 6};

    Problem problem;
    problem.id = QStringLiteral("pr1");
    problem.title = QStringLiteral("Misshandel på torget");
    problem.prioritized = true;
    problem.contributedBy = Contributor::Police;
    Cause cause;
    cause.id = QStringLiteral("c1");
    cause.number = 1;
    cause.text = QStringLiteral("Många berusade vid stängningsdags");
    cause.perspective = Perspective::Situational;
    problem.causes << cause;
    a.problems << problem;
    Problem second;
    second.id = QStringLiteral("pr2");
    second.title = QStringLiteral("Klotter");
    second.contributedBy = Contributor::Municipality;
    a.problems << second;

    a.focusAreas << FocusArea{
        QStringLiteral("fa"), QStringLiteral("Tryggt centrum"), {}, {QStringLiteral("pr1")}, {}};

    Goal goal;
    goal.id = QStringLiteral("g1");
    goal.kind = GoalKind::Effect;
    goal.text = QStringLiteral("Misshandel utomhus ska minska");
    goal.problem = QStringLiteral("pr1");
    goal.focusArea = QStringLiteral("fa");
    goal.indicator = QStringLiteral("Anmälda misshandelsbrott utomhus");
    goal.baseline.value = 45;
    goal.target.value = 36;
    a.goals << goal;

    Measure measure;
    measure.id = QStringLiteral("m1");
    measure.title = QStringLiteral("Krogtillsyn");
    measure.focusArea = QStringLiteral("fa");
    measure.causes = {QStringLiteral("c1")};
    measure.goals = {QStringLiteral("g1")};
    measure.responsible = {QStringLiteral("k")};
    measure.when = QStringLiteral("varje fredag och lördag");
    a.measures << measure;

    Signature signature;
    signature.name = QStringLiteral("Anna Lind");
    signature.party = QStringLiteral("k");
    a.signatures << signature;
    return a;
}

} // namespace samverka::core::test
