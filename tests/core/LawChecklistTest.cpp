// What the law asks of the municipality (issue #14), with a fixed clock: a lägesbild that
// is missing, only drafted, outdated or current, and a samordningsfunktion named or not.

#include "LawChecklist.h"
#include "PlanChecklist.h"

#include <gtest/gtest.h>

using namespace samverka::core;

namespace {

SituationPicture edition(const char *id, SituationStatus status, QDate decidedOn,
                         QDate nextUpdate = {})
{
    SituationPicture p;
    p.id = QString::fromLatin1(id);
    p.title = QStringLiteral("Lägesbild ") + p.id;
    p.status = status;
    p.decidedOn = decidedOn;
    p.nextUpdate = nextUpdate;
    return p;
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        EXPECT_TRUE(f.agreementId.isEmpty()) << "the municipality's, no agreement's";
        out << f.code;
    }
    return out;
}

/// The lägesbild's and the samordningsfunktion's findings (the plan's are tested below).
QList<Finding> lawCheck(const Municipality &m, const QList<SituationPicture> &editions,
                        const Clock &clock)
{
    QList<Finding> out;
    for (const Finding &f : LawChecklist::check({m, editions, {}, {}}, clock))
        if (!f.code.startsWith(QStringLiteral("law-measure-plan")))
            out << f;
    return out;
}

Municipality named()
{
    Municipality m;
    m.name = QStringLiteral("Härnösand");
    m.coordinatingFunction.holder = QStringLiteral("Brottsförebyggande samordnare");
    return m;
}

} // namespace

TEST(LawChecklistTest, MissingNotAdoptedOutdatedAndCurrent)
{
    const FixedClock clock(QDate(2026, 3, 1));
    const Municipality m = named();
    EXPECT_EQ(codes(lawCheck(m, {}, clock)),
              QStringList{QStringLiteral("law-situation-picture-missing")});

    const QList<SituationPicture> drafts{edition("a", SituationStatus::Draft, {}),
                                         edition("b", SituationStatus::Draft, {})};
    QList<Finding> found = lawCheck(m, drafts, clock);
    ASSERT_EQ(codes(found), QStringList{QStringLiteral("law-situation-picture-not-adopted")});
    EXPECT_EQ(found.first().recordId, QStringLiteral("b")) << "the latest draft";

    // Decided 2024-03-01: due two years on; the day it falls due is still in time.
    const QList<SituationPicture> adopted{
        edition("c", SituationStatus::Adopted, QDate(2024, 3, 1))};
    EXPECT_TRUE(lawCheck(m, adopted, clock).isEmpty());
    EXPECT_EQ(LawChecklist::dueDate(adopted.first()), QDate(2026, 3, 1));
    found = lawCheck(m, adopted, FixedClock(QDate(2026, 3, 2)));
    ASSERT_EQ(codes(found), QStringList{QStringLiteral("law-situation-picture-outdated")});
    EXPECT_EQ(found.first().recordId, QStringLiteral("c"));
    EXPECT_TRUE(found.first().message.contains(QStringLiteral("2026-03-01")));

    // The user's own next update wins over the default of two years.
    const QList<SituationPicture> early{
        edition("d", SituationStatus::Adopted, QDate(2025, 6, 1), QDate(2026, 1, 31))};
    EXPECT_EQ(codes(lawCheck(m, early, clock)),
              QStringList{QStringLiteral("law-situation-picture-outdated")});

    // The edition in force is the one decided last, whatever the list's order; a newer
    // draft does not replace it.
    const QList<SituationPicture> several{
        edition("new", SituationStatus::Adopted, QDate(2025, 9, 1)),
        edition("old", SituationStatus::Adopted, QDate(2022, 9, 1)),
        edition("draft", SituationStatus::Draft, {})};
    ASSERT_NE(LawChecklist::current(several), nullptr);
    EXPECT_EQ(LawChecklist::current(several)->id, QStringLiteral("new"));
    const QList<LawChecklist::Requirement> requirements =
        LawChecklist::requirements({m, several, {}, {}}, clock);
    ASSERT_EQ(requirements.size(), 5);
    EXPECT_TRUE(requirements.at(0).met);
    EXPECT_EQ(requirements.at(0).recordId, QStringLiteral("new"));
    EXPECT_TRUE(requirements.at(0).state.contains(QStringLiteral("2027-09-01")));
}

TEST(LawChecklistTest, TheCoordinatingFunctionIsNamedByAHolderOrAPerson)
{
    const FixedClock clock(QDate(2026, 3, 1));
    const QList<SituationPicture> current{
        edition("c", SituationStatus::Adopted, QDate(2025, 3, 1))};
    Municipality m;
    EXPECT_EQ(codes(lawCheck(m, current, clock)),
              QStringList{QStringLiteral("law-coordinating-function-missing")});
    m.coordinatingFunction.mandate = QStringLiteral("Hela kommunen");
    EXPECT_EQ(codes(lawCheck(m, current, clock)).size(), 1) << "a mandate names no one";
    m.coordinatingFunction.person = QStringLiteral("pe-anna");
    EXPECT_TRUE(lawCheck(m, current, clock).isEmpty());
    m.coordinatingFunction.person.clear();
    m.coordinatingFunction.holder = QStringLiteral("Trygghetssamordnare");
    m.coordinatingFunction.since = QDate(2023, 7, 1);
    const QList<LawChecklist::Requirement> r =
        LawChecklist::requirements({m, current, {}, {}}, clock);
    ASSERT_EQ(r.size(), 5);
    EXPECT_EQ(r.at(2).subject, LawChecklist::Subject::CoordinatingFunction);
    EXPECT_TRUE(r.at(2).met);
    EXPECT_TRUE(r.at(2).state.contains(QStringLiteral("Trygghetssamordnare")));
    EXPECT_TRUE(r.at(2).state.contains(QStringLiteral("2023-07-01")));
}

namespace {

MeasurePlan plan(const char *id, PlanStatus status, QDate decidedOn, QDate validTo,
                 const char *basis)
{
    MeasurePlan p;
    p.id = QString::fromLatin1(id);
    p.title = QStringLiteral("Åtgärdsplan ") + p.id;
    p.status = status;
    p.decidedOn = decidedOn;
    p.validTo = validTo;
    p.situationPicture = QString::fromLatin1(basis);
    return p;
}

QStringList planCodes(const QList<MeasurePlan> &plans, const QList<SituationPicture> &editions,
                      const QHash<QString, int> &causes, const Clock &clock)
{
    QStringList out;
    for (const Finding &f : LawChecklist::check({named(), editions, plans, causes}, clock)) {
        EXPECT_TRUE(f.agreementId.isEmpty()) << "the municipality's, no agreement's";
        if (f.code.startsWith(QStringLiteral("law-measure-plan")))
            out << f.code;
    }
    return out;
}

} // namespace

TEST(LawChecklistTest, ThePlanMissingNotDecidedExpiredAndNotBasedOnTheCurrentSituationPicture)
{
    const FixedClock clock(QDate(2026, 3, 1));
    const QList<SituationPicture> editions{
        edition("lb-old", SituationStatus::Adopted, QDate(2023, 2, 1)),
        edition("lb-new", SituationStatus::Adopted, QDate(2025, 2, 1))};
    const auto only = [](const char *code) { return QStringList{QString::fromLatin1(code)}; };
    EXPECT_EQ(planCodes({}, editions, {}, clock), only("law-measure-plan-missing"));
    EXPECT_EQ(planCodes({plan("a", PlanStatus::Draft, {}, {}, "lb-new")}, editions, {}, clock),
              only("law-measure-plan-not-decided"));

    // Valid until the last day of February: on 1 March it has expired.
    MeasurePlan decided =
        plan("b", PlanStatus::Decided, QDate(2025, 3, 1), QDate(2026, 2, 28), "lb-new");
    decided.followUpDates << PlanFollowUpDate{QStringLiteral("f"), QDate(2026, 9, 1), {}};
    EXPECT_EQ(planCodes({decided}, editions, {}, clock), only("law-measure-plan-expired"));
    EXPECT_TRUE(planCodes({decided}, editions, {}, FixedClock(QDate(2026, 2, 28))).isEmpty())
        << "the last day of its validity is still in time";

    // Based on the edition before the one in force.
    decided.validTo = QDate(2027, 12, 31);
    decided.situationPicture = QStringLiteral("lb-old");
    const QList<Finding> found = LawChecklist::check({named(), editions, {decided}, {}}, clock);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().code, QStringLiteral("law-measure-plan-not-current"));
    EXPECT_EQ(found.first().recordId, QStringLiteral("b"));
    EXPECT_TRUE(found.first().message.contains(QStringLiteral("Lägesbild lb-new")));
    decided.situationPicture = QStringLiteral("lb-new");
    EXPECT_TRUE(planCodes({decided}, editions, {}, clock).isEmpty());

    // The plan in force is the one decided last; a newer draft does not replace it.
    const QList<MeasurePlan> several{
        plan("new", PlanStatus::Decided, QDate(2025, 6, 1), {}, "lb-new"),
        plan("old", PlanStatus::Decided, QDate(2023, 6, 1), {}, "lb-old"),
        plan("draft", PlanStatus::Draft, {}, {}, "lb-new")};
    ASSERT_NE(PlanChecklist::current(several), nullptr);
    EXPECT_EQ(PlanChecklist::current(several)->id, QStringLiteral("new"));
}

TEST(LawChecklistTest, ThePlansRowsWithoutACauseAndNeverRated)
{
    const QList<SituationPicture> editions{
        edition("lb", SituationStatus::Adopted, QDate(2025, 2, 1))};
    MeasurePlan p = plan("ap", PlanStatus::Decided, QDate(2025, 3, 1), QDate(2027, 12, 31), "lb");
    PlanRow adopted;
    adopted.id = QStringLiteral("r1");
    adopted.measure = QStringLiteral("m-krog");
    PlanRow own;
    own.id = QStringLiteral("r2");
    own.title = QStringLiteral("Trygghetsvandringar");
    own.problems = QStringList{QStringLiteral("lb-p1")};
    p.rows = {adopted, own};
    const FixedClock before(QDate(2025, 8, 1));
    // A decided plan without follow-up dates is not followed up.
    EXPECT_EQ(planCodes({p}, editions, {{QStringLiteral("m-krog"), 2}}, before),
              QStringList{QStringLiteral("law-measure-plan-no-follow-up-dates")});
    p.followUpDates << PlanFollowUpDate{QStringLiteral("f"), QDate(2025, 9, 15), {}};
    EXPECT_TRUE(planCodes({p}, editions, {{QStringLiteral("m-krog"), 2}}, before).isEmpty());

    // The adopted measure is aimed at no cause; the own row at a problem of the lägesbild.
    EXPECT_EQ(planCodes({p}, editions, {{QStringLiteral("m-krog"), 0}}, before),
              QStringList{QStringLiteral("law-measure-plan-rows-without-cause")});
    EXPECT_FALSE(PlanChecklist::hasCause(adopted, {}))
        << "a measure gone from the file is aimed at nothing";
    EXPECT_TRUE(PlanChecklist::hasCause(own, {}));

    // The follow-up date has passed: both rows are due a rating; one rated leaves one.
    const FixedClock after(QDate(2025, 9, 16));
    QList<Finding> found =
        LawChecklist::check({named(), editions, {p}, {{QStringLiteral("m-krog"), 2}}}, after);
    ASSERT_EQ(codes(found), QStringList{QStringLiteral("law-measure-plan-rows-not-rated")});
    EXPECT_TRUE(found.first().message.contains(QStringLiteral("2 of 2")));
    p.rows[1].ratings << PlanRating{QStringLiteral("b"), QDate(2025, 9, 15), RatingColour::Red, {}};
    found = LawChecklist::check({named(), editions, {p}, {{QStringLiteral("m-krog"), 2}}}, after);
    ASSERT_EQ(codes(found), QStringList{QStringLiteral("law-measure-plan-rows-not-rated")});
    EXPECT_TRUE(found.first().message.contains(QStringLiteral("1 of 2")));
    p.rows[0].ratings << PlanRating{
        QStringLiteral("c"), QDate(2025, 9, 15), RatingColour::Green, {}};
    EXPECT_TRUE(planCodes({p}, editions, {{QStringLiteral("m-krog"), 2}}, after).isEmpty());
}
