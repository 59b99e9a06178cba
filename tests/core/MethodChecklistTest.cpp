#include "MethodChecklist.h"
#include "AgreementSamples.h"

#include <gtest/gtest.h>

#include <functional>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {

QStringList codes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

// The single finding that a broken agreement produces.
Finding onlyFinding(const std::function<void(Agreement &)> &breakIt)
{
    Agreement a = completeAgreement();
    breakIt(a);
    const QList<Finding> findings = MethodChecklist::check(a);
    EXPECT_EQ(findings.size(), 1) << codes(findings).join(QLatin1Char(' ')).toStdString();
    return findings.isEmpty() ? Finding{} : findings.first();
}

} // namespace

TEST(MethodChecklist, CompleteAgreementHasNoFindings)
{
    EXPECT_TRUE(MethodChecklist::check(completeAgreement()).isEmpty())
        << codes(MethodChecklist::check(completeAgreement())).join(QLatin1Char(' ')).toStdString();
}

TEST(MethodChecklist, Step1Findings)
{
    Finding f = onlyFinding([](Agreement &a) { a.validTo = {}; });
    EXPECT_EQ(f.code, QStringLiteral("agreement-no-period"));
    EXPECT_EQ(f.step, 1);
    EXPECT_TRUE(f.recordId.isEmpty());
    EXPECT_EQ(f.agreementId, QStringLiteral("a"));
    EXPECT_TRUE(f.message.contains(QStringLiteral("end date")));

    // "until further notice" is an end of the period as the seeds word it
    EXPECT_TRUE(onlyFinding([](Agreement &a) {
                    a.validTo = {};
                    a.continuesUntilFurtherNotice = true;
                    a.part1.groups.clear();
                }).code == QStringLiteral("agreement-no-groups"));
    EXPECT_EQ(onlyFinding([](Agreement &a) { a.part1.coordinators.clear(); }).code,
              QStringLiteral("agreement-no-coordinators"));
    EXPECT_EQ(onlyFinding([](Agreement &a) {
                  a.part1.followUpPlan.clear();
                  a.part1.reporting.clear();
              }).code,
              QStringLiteral("agreement-no-follow-up-plan"));
    // either the text or the reporting rules make a follow-up plan
    Agreement textOnly = completeAgreement();
    textOnly.part1.reporting.clear();
    EXPECT_TRUE(MethodChecklist::check(textOnly).isEmpty());
}

TEST(MethodChecklist, SignatoriesAndPrioritisation)
{
    const Finding f = onlyFinding([](Agreement &a) { a.signatures.clear(); });
    EXPECT_EQ(f.code, QStringLiteral("agreement-no-signatories"));
    EXPECT_EQ(f.step, 3);

    Agreement a = completeAgreement();
    a.problems[0].prioritized = false;
    EXPECT_EQ(codes(MethodChecklist::check(a)),
              QStringList{QStringLiteral("no-prioritized-problems")});
}

TEST(MethodChecklist, ProblemFindings)
{
    Finding f = onlyFinding([](Agreement &a) {
        a.problems[0].causes.clear();
        a.measures[0].causes = {QStringLiteral("elsewhere")};
    });
    EXPECT_EQ(f.code, QStringLiteral("problem-no-causes"));
    EXPECT_EQ(f.recordId, QStringLiteral("pr1"));
    EXPECT_EQ(f.message,
              QStringLiteral("Prioritised problem “Misshandel på torget” has no cause analysis."));

    f = onlyFinding([](Agreement &a) { a.goals[0].kind = GoalKind::Process; });
    EXPECT_EQ(f.code, QStringLiteral("problem-no-effect-goal"));
    EXPECT_EQ(f.recordId, QStringLiteral("pr1"));

    // an unprioritised problem needs neither
    Agreement a = completeAgreement();
    a.problems[1].causes.clear();
    EXPECT_TRUE(MethodChecklist::check(a).isEmpty());
}

TEST(MethodChecklist, GoalNotMeasurableSaysWhatIsMissing)
{
    Finding f = onlyFinding([](Agreement &a) {
        a.goals[0].indicator.clear();
        a.goals[0].target.value.reset();
    });
    EXPECT_EQ(f.code, QStringLiteral("goal-not-measurable"));
    EXPECT_EQ(f.recordId, QStringLiteral("g1"));
    EXPECT_EQ(f.step, 3);
    EXPECT_TRUE(f.message.contains(QStringLiteral("indicator, target"))) << f.message.toStdString();
    EXPECT_FALSE(f.message.contains(QStringLiteral("baseline")));
}

TEST(MethodChecklist, MeasureFindings)
{
    Finding f = onlyFinding([](Agreement &a) { a.measures[0].causes.clear(); });
    EXPECT_EQ(f.code, QStringLiteral("measure-no-cause"));
    EXPECT_EQ(f.recordId, QStringLiteral("m1"));
    EXPECT_EQ(f.message, QStringLiteral("Measure “Krogtillsyn” is not linked to any cause."));
    EXPECT_EQ(onlyFinding([](Agreement &a) { a.measures[0].goals.clear(); }).code,
              QStringLiteral("measure-no-goal"));
    EXPECT_EQ(onlyFinding([](Agreement &a) { a.measures[0].responsible.clear(); }).code,
              QStringLiteral("measure-no-responsible"));
    EXPECT_EQ(onlyFinding([](Agreement &a) { a.measures[0].when.clear(); }).code,
              QStringLiteral("measure-no-time"));

    // the Ansvarig cell as written, or a date, is enough
    Agreement a = completeAgreement();
    a.measures[0].responsible.clear();
    a.measures[0].responsibleText = QStringLiteral("Kommunen i samverkan med polisen");
    a.measures[0].when.clear();
    a.measures[0].end = QDate(2024, 12, 31);
    EXPECT_TRUE(MethodChecklist::check(a).isEmpty());
}

TEST(MethodChecklist, FocusAreaWithoutProblems)
{
    const Finding f = onlyFinding([](Agreement &a) { a.focusAreas[0].problems.clear(); });
    EXPECT_EQ(f.code, QStringLiteral("focus-area-no-problems"));
    EXPECT_EQ(f.recordId, QStringLiteral("fa"));
}

TEST(MethodChecklist, UntitledRecordsAreNamedByPosition)
{
    const Finding f = onlyFinding([](Agreement &a) {
        a.measures[0].title.clear();
        a.measures[0].goals.clear();
    });
    EXPECT_EQ(f.message, QStringLiteral("Measure 1 is not linked to any goal."));
}
