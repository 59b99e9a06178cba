#include "AgreementFacts.h"
#include "AgreementSamples.h"

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {
Agreement signedAgreement()
{
    Agreement a = completeAgreement();
    a.status = AgreementStatus::Signed;
    a.signatures[0].signed_ = true;
    a.signatures[0].date = QDate(2023, 12, 15);
    return a;
}

FollowUp reportTo(ReportingTarget target, QDate date)
{
    FollowUp f;
    f.id = date.toString(Qt::ISODate);
    f.date = date;
    f.text = QStringLiteral("Rapport");
    f.reportedTo = target;
    return f;
}
} // namespace

TEST(AgreementFacts, InForceFollowsSigningAndPeriod)
{
    const Agreement a = signedAgreement();
    EXPECT_FALSE(AgreementFacts::isInForce(a, FixedClock(QDate(2023, 12, 31))));
    EXPECT_TRUE(AgreementFacts::isInForce(a, FixedClock(QDate(2024, 1, 1))));
    EXPECT_TRUE(AgreementFacts::isInForce(a, FixedClock(QDate(2027, 12, 31))));
    EXPECT_FALSE(AgreementFacts::isInForce(a, FixedClock(QDate(2028, 1, 1))));

    Agreement continues = a;
    continues.continuesUntilFurtherNotice = true;
    EXPECT_TRUE(AgreementFacts::isInForce(continues, FixedClock(QDate(2030, 1, 1))));

    Agreement draft = a;
    draft.status = AgreementStatus::ReadyForSigning;
    EXPECT_FALSE(AgreementFacts::isInForce(draft, FixedClock(QDate(2024, 6, 1))));

    Agreement fromSigning = a;
    fromSigning.validFrom = {};
    fromSigning.validFromSigning = true;
    EXPECT_EQ(AgreementFacts::effectiveStart(fromSigning), QDate(2023, 12, 15));
    EXPECT_TRUE(AgreementFacts::isInForce(fromSigning, FixedClock(QDate(2023, 12, 15))));
    EXPECT_FALSE(AgreementFacts::isInForce(fromSigning, FixedClock(QDate(2023, 12, 14))));
}

TEST(AgreementFacts, ARevisionInForceSupersedesUntilFurtherNotice)
{
    Agreement old = signedAgreement();
    old.id = QStringLiteral("old");
    old.validFrom = QDate(2020, 1, 1);
    old.validTo = QDate(2023, 12, 31);
    old.continuesUntilFurtherNotice = true;
    Agreement revision = signedAgreement();
    revision.id = QStringLiteral("new");
    revision.replaces = QStringLiteral("old");
    revision.validFrom = QDate(2024, 6, 1);
    const QList<Agreement> all{old, revision};
    EXPECT_TRUE(AgreementFacts::isInForce(old, all, FixedClock(QDate(2024, 5, 31))));
    EXPECT_FALSE(AgreementFacts::isInForce(old, all, FixedClock(QDate(2024, 6, 1))));
    EXPECT_TRUE(AgreementFacts::isInForce(revision, all, FixedClock(QDate(2024, 6, 1))));
}

TEST(AgreementFacts, LateMeasures)
{
    Agreement a = signedAgreement();
    a.measures[0].end = QDate(2024, 3, 31);
    Measure done = a.measures[0];
    done.id = QStringLiteral("m2");
    done.status = MeasureStatus::Done;
    Measure noEnd = a.measures[0];
    noEnd.id = QStringLiteral("m3");
    noEnd.end = {};
    a.measures << done << noEnd;
    EXPECT_TRUE(AgreementFacts::lateMeasures(a, FixedClock(QDate(2024, 3, 31))).isEmpty());
    const QList<Measure> late = AgreementFacts::lateMeasures(a, FixedClock(QDate(2024, 4, 1)));
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(late.at(0).id, QStringLiteral("m1"));
    a.measures[0].status = MeasureStatus::Ongoing;
    EXPECT_TRUE(AgreementFacts::isLate(a.measures[0], FixedClock(QDate(2024, 4, 1))));
    a.measures[0].status = MeasureStatus::Cancelled;
    EXPECT_FALSE(AgreementFacts::isLate(a.measures[0], FixedClock(QDate(2024, 4, 1))));
}

TEST(AgreementFacts, DueFollowUpsFromTheReportingPlan)
{
    Agreement a = signedAgreement();
    a.part1.reporting = {ReportingRule{ReportingTarget::SteeringGroup, 6},
                         ReportingRule{ReportingTarget::Leadership, 12}};
    // the first half-year report came three weeks late, but within the grace month
    a.followUps << reportTo(ReportingTarget::SteeringGroup, QDate(2024, 7, 20));
    // reported to the wrong body: does not count for the leadership
    a.followUps << reportTo(ReportingTarget::LocalCouncil, QDate(2024, 12, 20));

    const QList<DueFollowUp> due = AgreementFacts::dueFollowUps(a, FixedClock(QDate(2025, 3, 1)));
    ASSERT_EQ(due.size(), 5);
    EXPECT_EQ(due[0],
              (DueFollowUp{ReportingTarget::SteeringGroup, 6, QDate(2024, 7, 1), false, true}));
    EXPECT_EQ(due[1],
              (DueFollowUp{ReportingTarget::SteeringGroup, 6, QDate(2025, 1, 1), true, false}));
    EXPECT_EQ(due[2],
              (DueFollowUp{ReportingTarget::Leadership, 12, QDate(2025, 1, 1), true, false}));
    // the next upcoming one is included, not overdue
    EXPECT_EQ(due[3],
              (DueFollowUp{ReportingTarget::SteeringGroup, 6, QDate(2025, 7, 1), false, false}));
}

TEST(AgreementFacts, DueFollowUpsStopAtTheEndOfThePeriod)
{
    Agreement a = signedAgreement();
    a.part1.reporting = {ReportingRule{ReportingTarget::Leadership, 12}};
    const QList<DueFollowUp> due = AgreementFacts::dueFollowUps(a, FixedClock(QDate(2031, 1, 1)));
    ASSERT_EQ(due.size(), 3); // 2025, 2026, 2027; 2028-01-01 is after validTo 2027-12-31
    EXPECT_EQ(due.last().dueDate, QDate(2027, 1, 1));
    for (const DueFollowUp &d : due)
        EXPECT_TRUE(d.overdue);
}

TEST(AgreementFacts, MethodProgress)
{
    Agreement a = signedAgreement();
    a.measures[0].end = QDate(2024, 3, 31);
    a.checkItems << CheckItem{QStringLiteral("ci1"), 1,
                              QStringLiteral("First leadership meeting held"), true}
                 << CheckItem{QStringLiteral("ci2"), 4, QStringLiteral("Minutes kept"), false};
    const QList<StepProgress> steps =
        AgreementFacts::methodProgress(a, FixedClock(QDate(2024, 8, 1)), 0);
    ASSERT_EQ(steps.size(), 5);
    EXPECT_EQ(steps[0].state, StepState::Done);
    EXPECT_EQ(steps[1].state, StepState::Done);
    EXPECT_EQ(steps[1].problemsByPolice, 1);
    EXPECT_EQ(steps[1].problemsByMunicipality, 1);
    EXPECT_EQ(steps[2].state, StepState::Done);
    // step 4: nothing started, one measure late, no minutes, an unticked item
    EXPECT_EQ(steps[3].measuresLate, 1);
    EXPECT_EQ(steps[3].missing.size(), 3);
    EXPECT_TRUE(steps[3].missing.contains(QStringLiteral("Minutes kept")));
    EXPECT_EQ(steps[3].state, StepState::NotStarted);
    // step 5: the report due 2024-07-01 is missing
    EXPECT_EQ(steps[4].followUpsDue, 1);
    EXPECT_EQ(steps[4].followUpsSatisfied, 0);
    EXPECT_EQ(steps[4].state, StepState::InProgress);
    ASSERT_EQ(steps[4].missing.size(), 1);
    EXPECT_TRUE(steps[4].missing[0].contains(QStringLiteral("2024-07-01")));

    // minutes and an ongoing measure: step 4 is under way; the report done: step 5 is done
    a.measures[0].status = MeasureStatus::Ongoing;
    a.followUps << reportTo(ReportingTarget::SteeringGroup, QDate(2024, 6, 20));
    const QList<StepProgress> later =
        AgreementFacts::methodProgress(a, FixedClock(QDate(2024, 8, 1)), 2);
    EXPECT_EQ(later[3].state, StepState::InProgress);
    EXPECT_EQ(later[3].measuresOngoing, 1);
    EXPECT_EQ(later[3].meetings, 2);
    EXPECT_EQ(later[4].state, StepState::Done);
    EXPECT_EQ(later[4].followUpsSatisfied, 1);
}

TEST(AgreementFacts, MethodProgressUsesGivenFindingsAndShowsMissingParties)
{
    Agreement a;
    a.id = QStringLiteral("empty");
    const QList<Finding> none;
    const QList<StepProgress> steps =
        AgreementFacts::methodProgress(a, FixedClock(QDate(2024, 1, 1)), 0, &none);
    EXPECT_EQ(steps[0].state, StepState::NotStarted);
    EXPECT_TRUE(steps[0].missing.isEmpty()); // findings were given: none
    EXPECT_EQ(steps[1].state, StepState::NotStarted);
    EXPECT_EQ(steps[1].missing.size(), 2);
    EXPECT_EQ(steps[2].state, StepState::NotStarted);
    EXPECT_EQ(steps[4].state, StepState::NotStarted);

    const QList<StepProgress> computed =
        AgreementFacts::methodProgress(a, FixedClock(QDate(2024, 1, 1)));
    // period, groups, coordinators, follow-up plan, purpose
    EXPECT_EQ(computed[0].missing.size(), 5);
}

TEST(AgreementFacts, AJointProblemCountsForBothParties)
{
    Agreement a = completeAgreement();
    for (Problem &p : a.problems)
        p.contributedBy = Contributor::Joint;
    const QList<StepProgress> steps =
        AgreementFacts::methodProgress(a, FixedClock(QDate(2024, 8, 1)), 0);
    EXPECT_EQ(steps[1].problemsJoint, 2);
    EXPECT_TRUE(steps[1].missing.isEmpty())
        << steps[1].missing.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(steps[1].state, StepState::Done);

    // one party's own problem and no joint one: the other party is still missing
    a.problems[0].contributedBy = Contributor::Police;
    a.problems[1].contributedBy = Contributor::Other;
    const QList<StepProgress> onlyPolice =
        AgreementFacts::methodProgress(a, FixedClock(QDate(2024, 8, 1)), 0);
    ASSERT_EQ(onlyPolice[1].missing.size(), 1);
    EXPECT_TRUE(onlyPolice[1].missing[0].contains(QStringLiteral("municipality")));
}

TEST(AgreementFacts, ReportsDueOnlyUnderAnAgreementInForceAndStep5CountsTheSame)
{
    // A draft's reporting plan binds no one: nothing is due, in the overview's list and
    // in step 5 alike (the overview once said "nothing to follow up" next to step 5
    // listing three overdue reports of a draft).
    const FixedClock clock(QDate(2025, 8, 1));
    Agreement draft = completeAgreement();
    EXPECT_TRUE(AgreementFacts::reportsDue(draft, {draft}, clock).isEmpty());
    const QList<StepProgress> draftSteps = AgreementFacts::methodProgress(draft, {draft}, clock);
    EXPECT_EQ(draftSteps[4].followUpsDue, 0);
    EXPECT_TRUE(draftSteps[4].missing.isEmpty());

    // Signed: every passed due date not reported is late in both.
    const Agreement a = signedAgreement();
    const QList<DueFollowUp> due = AgreementFacts::reportsDue(a, {a}, clock);
    EXPECT_EQ(due, AgreementFacts::dueFollowUps(a, clock));
    int late = 0;
    for (const DueFollowUp &d : due)
        late += d.overdue ? 1 : 0;
    EXPECT_EQ(late, 3); // 2024-07-01, 2025-01-01, 2025-07-01
    const QList<StepProgress> steps = AgreementFacts::methodProgress(a, {a}, clock);
    EXPECT_EQ(steps[4].followUpsDue, late);
    EXPECT_EQ(steps[4].missing.size(), late);

    // Superseded by a revision in force: its plan no longer makes reports due.
    Agreement revision = signedAgreement();
    revision.id = QStringLiteral("b");
    revision.replaces = a.id;
    revision.validFrom = QDate(2025, 1, 1);
    const QList<Agreement> all{a, revision};
    EXPECT_TRUE(AgreementFacts::reportsDue(a, all, clock).isEmpty());
    EXPECT_TRUE(AgreementFacts::methodProgress(a, all, clock)[4].missing.isEmpty());
}
