// What the law asks of the municipality (issue #14), with a fixed clock: a lägesbild that
// is missing, only drafted, outdated or current, and a samordningsfunktion named or not.

#include "LawChecklist.h"

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
    EXPECT_EQ(codes(LawChecklist::check(m, {}, clock)),
              QStringList{QStringLiteral("law-situation-picture-missing")});

    const QList<SituationPicture> drafts{edition("a", SituationStatus::Draft, {}),
                                         edition("b", SituationStatus::Draft, {})};
    QList<Finding> found = LawChecklist::check(m, drafts, clock);
    ASSERT_EQ(codes(found), QStringList{QStringLiteral("law-situation-picture-not-adopted")});
    EXPECT_EQ(found.first().recordId, QStringLiteral("b")) << "the latest draft";

    // Decided 2024-03-01: due two years on; the day it falls due is still in time.
    const QList<SituationPicture> adopted{
        edition("c", SituationStatus::Adopted, QDate(2024, 3, 1))};
    EXPECT_TRUE(LawChecklist::check(m, adopted, clock).isEmpty());
    EXPECT_EQ(LawChecklist::dueDate(adopted.first()), QDate(2026, 3, 1));
    found = LawChecklist::check(m, adopted, FixedClock(QDate(2026, 3, 2)));
    ASSERT_EQ(codes(found), QStringList{QStringLiteral("law-situation-picture-outdated")});
    EXPECT_EQ(found.first().recordId, QStringLiteral("c"));
    EXPECT_TRUE(found.first().message.contains(QStringLiteral("2026-03-01")));

    // The user's own next update wins over the default of two years.
    const QList<SituationPicture> early{
        edition("d", SituationStatus::Adopted, QDate(2025, 6, 1), QDate(2026, 1, 31))};
    EXPECT_EQ(codes(LawChecklist::check(m, early, clock)),
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
        LawChecklist::requirements(m, several, clock);
    ASSERT_EQ(requirements.size(), 2);
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
    EXPECT_EQ(codes(LawChecklist::check(m, current, clock)),
              QStringList{QStringLiteral("law-coordinating-function-missing")});
    m.coordinatingFunction.mandate = QStringLiteral("Hela kommunen");
    EXPECT_EQ(codes(LawChecklist::check(m, current, clock)).size(), 1) << "a mandate names no one";
    m.coordinatingFunction.person = QStringLiteral("pe-anna");
    EXPECT_TRUE(LawChecklist::check(m, current, clock).isEmpty());
    m.coordinatingFunction.person.clear();
    m.coordinatingFunction.holder = QStringLiteral("Trygghetssamordnare");
    m.coordinatingFunction.since = QDate(2023, 7, 1);
    const QList<LawChecklist::Requirement> r = LawChecklist::requirements(m, current, clock);
    ASSERT_EQ(r.size(), 2);
    EXPECT_TRUE(r.at(1).met);
    EXPECT_TRUE(r.at(1).state.contains(QStringLiteral("Trygghetssamordnare")));
    EXPECT_TRUE(r.at(1).state.contains(QStringLiteral("2023-07-01")));
}
