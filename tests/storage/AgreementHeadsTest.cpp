// Agreement heads (issue #13): the light read that feeds the sidebar, lists and combo
// boxes gives every agreement in the order of the whole read, with its own fields, its
// focus areas' ids and titles and its review comments' resolved flags, and nothing else.

#include "StorageDataFixture.h"

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

} // namespace
} // namespace samverka::storage::datatest
