// Records imported without an id of their own (a group, a commitment) are edited by
// their position, "<parent id>#<index>", and so are the rows under them: a member of
// such a group is "<agreement>#<group index>#<member index>". Inserting under a
// parent addressed so works too. Their ids stay internal, so the export is unchanged.

#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class PositionAddressTest : public StorageDataTest
{};

core::MunicipalityData withoutGroupId()
{
    core::MunicipalityData data = sampleData();
    data.agreements[0].part1.groups[0].id.clear();
    return data;
}

TEST_F(PositionAddressTest, AGroupWithoutIdAndItsMembers)
{
    auto file = makeFile(withoutGroupId());
    ASSERT_TRUE(file->agreement(q("a1")).part1.groups.first().id.isEmpty());

    file->setField(RecordKind::Group, q("a1#0"), q("name"), q("Styrgruppen"));
    EXPECT_EQ(file->agreement(q("a1")).part1.groups.first().name, q("Styrgruppen"));

    file->setField(RecordKind::GroupMember, q("a1#0#1"), q("role"), q("sekreterare"));
    auto members = file->agreement(q("a1")).part1.groups.first().members;
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(members.at(1).role, q("sekreterare"));
    EXPECT_EQ(file->field(RecordKind::GroupMember, q("a1#0#1"), q("role")).toString(),
              q("sekreterare"));

    const QString added = file->insertRecord(RecordKind::GroupMember, q("a1#0"),
                                             {{q("person"), q("pe-anna")}, {q("role"), q("x")}});
    EXPECT_FALSE(added.isEmpty());
    members = file->agreement(q("a1")).part1.groups.first().members;
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(2).role, q("x"));

    const RecordSnapshot removed = file->removeRecord(RecordKind::GroupMember, q("a1#0#0"));
    EXPECT_EQ(file->agreement(q("a1")).part1.groups.first().members.size(), 2);
    file->restoreRecord(removed);
    members = file->agreement(q("a1")).part1.groups.first().members;
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(0).role, q("ordförande"));

    // A position that is not there is refused by name, nothing is written.
    EXPECT_THROW(file->setField(RecordKind::GroupMember, q("a1#5#0"), q("role"), q("y")),
                 StorageError);
    EXPECT_THROW(file->insertRecord(RecordKind::GroupMember, q("a1#5"), {}), StorageError);

    // The group keeps its internal id: still no id in what the file gives out.
    EXPECT_TRUE(file->agreement(q("a1")).part1.groups.first().id.isEmpty());
}

TEST_F(PositionAddressTest, ACommitmentWithoutIdCountsAfterPartOne)
{
    auto file = makeFile();
    // Part 1's commitment c1 comes first, part 2's (imported without id) second.
    ASSERT_TRUE(file->agreement(q("a1")).part2.commitments.first().id.isEmpty());
    file->setField(RecordKind::Commitment, q("a1#1"), q("text"), q("Synlig polis"));
    EXPECT_EQ(file->agreement(q("a1")).part2.commitments.first().text, q("Synlig polis"));
    EXPECT_EQ(file->agreement(q("a1")).part1.commitments.first().text, q("Utse samordnare"));
}

TEST_F(PositionAddressTest, SignatoriesWithoutIdsAreSignedByPosition)
{
    core::MunicipalityData data = sampleData();
    core::Signature first;
    first.name = q("Anna Andersson");
    core::Signature second;
    second.name = q("Bo Berg");
    data.agreements[0].signatures = {first, second};
    auto file = makeFile(data);
    file->sign(q("a1"), QDate(2024, 3, 15), q("Härnösand"), {q("a1#1")});
    const auto signatures = file->agreement(q("a1")).signatures;
    ASSERT_EQ(signatures.size(), 2);
    EXPECT_FALSE(signatures.at(0).signed_);
    EXPECT_TRUE(signatures.at(1).signed_);
    EXPECT_EQ(signatures.at(1).place, q("Härnösand"));
    EXPECT_TRUE(signatures.at(1).id.isEmpty()); // still internal
}

TEST_F(PositionAddressTest, ASignatoryPositionThatIsNotThereIsRefused)
{
    core::MunicipalityData data = sampleData();
    core::Signature only;
    only.name = q("Anna Andersson");
    data.agreements[0].signatures = {only};
    auto file = makeFile(data);
    EXPECT_THROW(file->sign(q("a1"), QDate(2024, 3, 15), q("Härnösand"), {q("a1#3")}),
                 StorageError);
    EXPECT_FALSE(file->agreement(q("a1")).isSigned());
}

} // namespace
} // namespace samverka::storage::datatest
