// Agreement heads (issue #13): the light read that feeds the sidebar, lists and combo
// boxes gives every agreement in the order of the whole read, with its own fields, its
// focus areas' ids and titles and its review comments' resolved flags, and nothing else.

#include "StorageDataFixture.h"

#include "AgreementFacts.h"
#include "Clock.h"

namespace samverka::storage::datatest {
namespace {

class AgreementHeadsTest : public StorageDataTest
{};

TEST_F(AgreementHeadsTest, HeadsHaveTheWholeReadsOwnFieldsFocusAreasAndCommentsOnly)
{
    core::MunicipalityData data = sampleData();
    core::Agreement second;
    second.id = q("a0");
    second.title = q("Överenskommelse 2020–2023");
    second.validFrom = QDate(2020, 1, 1); // first in display order
    data.agreements.append(second);
    core::ReviewComment open;
    open.section = q("part2");
    open.author = q("Polisen");
    open.text = q("Se över målen");
    core::ReviewComment done = open;
    done.resolved = true;
    data.agreements.first().comments = {open, done};
    auto file = makeFile(data);

    const QList<core::Agreement> whole = file->agreements();
    const QList<core::Agreement> heads = file->agreementHeads();
    ASSERT_EQ(heads.size(), whole.size());
    ASSERT_EQ(heads.size(), 2);
    for (qsizetype i = 0; i < heads.size(); ++i) {
        const core::Agreement &h = heads[i];
        const core::Agreement &w = whole[i];
        EXPECT_EQ(h.id, w.id);
        EXPECT_EQ(h.title, w.title);
        EXPECT_EQ(h.status, w.status);
        EXPECT_EQ(h.validFrom, w.validFrom);
        EXPECT_EQ(h.validTo, w.validTo);
        EXPECT_EQ(h.replaces, w.replaces);
        EXPECT_EQ(h.fingerprint, w.fingerprint);
        EXPECT_EQ(h.part1.purpose, w.part1.purpose);
        ASSERT_EQ(h.focusAreas.size(), w.focusAreas.size());
        for (qsizetype f = 0; f < h.focusAreas.size(); ++f) {
            EXPECT_EQ(h.focusAreas[f].id, w.focusAreas[f].id);
            EXPECT_EQ(h.focusAreas[f].title, w.focusAreas[f].title);
        }
        ASSERT_EQ(h.comments.size(), w.comments.size());
        for (qsizetype c = 0; c < h.comments.size(); ++c)
            EXPECT_EQ(h.comments[c].resolved, w.comments[c].resolved);
        EXPECT_TRUE(h.measures.isEmpty());
        EXPECT_TRUE(h.followUps.isEmpty());
        EXPECT_TRUE(h.problems.isEmpty());
        EXPECT_TRUE(h.goals.isEmpty());
    }
    EXPECT_EQ(heads.first().id, q("a0"));
    EXPECT_FALSE(whole.last().measures.isEmpty()); // the sample's agreement has content
    EXPECT_FALSE(heads.last().focusAreas.isEmpty());
    EXPECT_FALSE(heads.last().comments.isEmpty());
}

TEST_F(AgreementHeadsTest, HeadsTellWhatIsInForceAndWithMeasuresWhatIsLate)
{
    core::MunicipalityData data = sampleData();
    core::Agreement &a = data.agreements.first();
    a.validFromSigning = true; // in force from its signing: the signatures' dates decide
    a.validFrom = QDate();
    core::Signature signature;
    signature.name = q("Anna Andersson");
    signature.date = QDate(2025, 3, 1);
    signature.signed_ = true;
    a.signatures = {signature};
    ASSERT_FALSE(a.measures.isEmpty());
    a.measures.first().end = QDate(2025, 6, 30);
    a.measures.first().status = core::MeasureStatus::Ongoing;
    a.status = core::AgreementStatus::Signed;
    auto file = makeFile(data);

    const core::FixedClock clock(QDateTime(QDate(2025, 9, 1), QTime(12, 0)));
    const QList<core::Agreement> whole = file->agreements();
    const QList<core::Agreement> heads = file->agreementHeads(true);
    ASSERT_EQ(heads.size(), 1);
    EXPECT_EQ(core::AgreementFacts::effectiveStart(heads.first()), QDate(2025, 3, 1));
    EXPECT_EQ(core::AgreementFacts::isInForce(heads.first(), heads, clock),
              core::AgreementFacts::isInForce(whole.first(), whole, clock));
    EXPECT_TRUE(core::AgreementFacts::isInForce(heads.first(), heads, clock));
    ASSERT_EQ(heads.first().measures.size(), whole.first().measures.size());
    const QList<core::Measure> lateHeads = core::AgreementFacts::lateMeasures(heads.first(), clock);
    const QList<core::Measure> lateWhole = core::AgreementFacts::lateMeasures(whole.first(), clock);
    ASSERT_EQ(lateHeads.size(), 1);
    ASSERT_EQ(lateHeads.size(), lateWhole.size());
    EXPECT_EQ(lateHeads.first().id, lateWhole.first().id);
    EXPECT_EQ(lateHeads.first().title, lateWhole.first().title);
    EXPECT_TRUE(file->agreementHeads().first().measures.isEmpty()); // only when asked
}

TEST_F(AgreementHeadsTest, TheFileCountsAndPicksTheLateMeasuresAsTheCoreRuleDoes)
{
    core::MunicipalityData data = sampleData();
    core::Agreement &a = data.agreements.first();
    ASSERT_FALSE(a.measures.isEmpty());
    const core::Measure model = a.measures.first();
    a.measures.clear();
    // Every status against ends before, on and after the day, and none: 5 × 4 measures.
    const QDate today(2025, 9, 1);
    const QList<QDate> ends{QDate(2024, 1, 15), today.addDays(-1), today, QDate()};
    int n = 0;
    for (const core::MeasureStatus status : core::allValues<core::MeasureStatus>())
        for (const QDate &end : ends) {
            core::Measure m = model;
            m.id = QStringLiteral("m%1").arg(n++);
            m.title = QStringLiteral("Åtgärd %1").arg(n);
            m.end = end;
            m.status = status;
            m.causes.clear();
            m.goals.clear();
            a.measures << m;
        }
    auto file = makeFile(data);

    QStringList expected; // what the core says, late the longest first
    QList<core::Measure> whole = file->agreement(a.id).measures;
    std::stable_sort(whole.begin(), whole.end(),
                     [](const core::Measure &x, const core::Measure &y) { return x.end < y.end; });
    for (const core::Measure &m : whole)
        if (core::AgreementFacts::isLate(m, today))
            expected << m.id;
    ASSERT_EQ(expected.size(), 2 * core::AgreementFacts::lateStatuses().size());

    const LateMeasures all = file->lateMeasures(today, 100);
    EXPECT_EQ(all.total, expected.size());
    QStringList got;
    for (const LateMeasure &late : all.oldest) {
        got << late.measure.id;
        EXPECT_EQ(late.agreementId, a.id);
        EXPECT_TRUE(late.measure.title.startsWith(QStringLiteral("Åtgärd")));
    }
    EXPECT_EQ(got, expected);

    const LateMeasures two = file->lateMeasures(today, 2);
    EXPECT_EQ(two.total, expected.size()); // the count is of all, the rows are the limit
    ASSERT_EQ(two.oldest.size(), 2);
    EXPECT_EQ(two.oldest.first().measure.end, QDate(2024, 1, 15));
}

} // namespace
} // namespace samverka::storage::datatest
