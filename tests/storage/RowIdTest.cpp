// Rows the exchange format keeps without ids (diary numbers, starting points,
// coordinators, group members, ...) and records imported without one (a group, a
// commitment, a signatory) are named by the file's own id of their row, which the loader
// hands on as core::RowId: never by their position, which a colleague's insert or
// removal shifts. The ids stay internal: no export, fingerprint or comparison sees them.

#include "StorageDataFixture.h"

#include "ExchangeWriter.h"
#include "Fingerprint.h"

#include <QJsonDocument>
#include <QSet>

namespace samverka::storage::datatest {
namespace {

class RowIdTest : public StorageDataTest
{};

core::MunicipalityData withoutGroupId()
{
    core::MunicipalityData data = sampleData();
    data.agreements[0].part1.groups[0].id.clear();
    return data;
}

TEST_F(RowIdTest, EveryIdlessRowIsLoadedWithTheIdOfItsRow)
{
    auto file = makeFile();
    const core::Agreement a = file->agreement(q("a1"));
    QStringList ids;
    for (const auto &d : a.diaryNumbers)
        ids << d.rowId.value;
    ids << a.part1.startingPointIds.value;
    for (const auto &c : a.part1.coordinators)
        ids << c.rowId.value;
    for (const auto &r : a.part1.reporting)
        ids << r.rowId.value;
    for (const auto &m : a.part1.groups.first().members)
        ids << m.rowId.value;
    ids << a.part2.commitments.first().rowId.value;
    ASSERT_EQ(ids.size(), 2 + 2 + 2 + 1 + 2 + 1);
    for (const QString &id : ids)
        EXPECT_FALSE(id.isEmpty());
    EXPECT_EQ(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()) << "ids are unique";
    // An imported id stays what it was; one made by the file stays out of the record's id.
    EXPECT_EQ(a.part1.commitments.first().rowId.value, q("c1"));
    EXPECT_TRUE(a.part2.commitments.first().id.isEmpty());

    // Each id reaches its own row.
    file->setField(RecordKind::Coordinator, a.part1.coordinators.at(1).rowId.value, q("person"),
                   q("pe-anna"));
    file->setField(RecordKind::StartingPoint, a.part1.startingPointIds.value.at(1), q("text"),
                   q("Lag (2023:196) om kommuners ansvar"));
    const core::Agreement after = file->agreement(q("a1"));
    EXPECT_EQ(after.part1.coordinators.at(0).person, q("pe-anna"));
    EXPECT_EQ(after.part1.coordinators.at(1).person, q("pe-anna"));
    EXPECT_EQ(after.part1.startingPoints,
              (QStringList{q("ANDT-strategin"), q("Lag (2023:196) om kommuners ansvar")}));
}

TEST_F(RowIdTest, StartingPointsAreInsertedMovedAndRemovedOneByOne)
{
    auto file = makeFile();
    const QStringList ids = file->agreement(q("a1")).part1.startingPointIds.value;
    ASSERT_EQ(ids.size(), 2);
    const QString added =
        file->insertRecord(RecordKind::StartingPoint, q("a1"), {{q("text"), q("Ny")}}, 1);
    EXPECT_EQ(file->agreement(q("a1")).part1.startingPoints,
              (QStringList{q("ANDT-strategin"), q("Ny"), q("Lag (2023:196)")}));
    const RecordMove move = file->moveRecord(RecordKind::StartingPoint, ids.at(1), 0);
    EXPECT_EQ(move.from, 2);
    EXPECT_EQ(move.to, 0);
    EXPECT_EQ(file->agreement(q("a1")).part1.startingPointIds.value,
              (QStringList{ids.at(1), ids.at(0), added}));
    const RecordSnapshot removed = file->removeRecord(RecordKind::StartingPoint, ids.at(0));
    EXPECT_EQ(file->agreement(q("a1")).part1.startingPoints,
              (QStringList{q("Lag (2023:196)"), q("Ny")}));
    file->restoreRecord(removed);
    EXPECT_EQ(file->agreement(q("a1")).part1.startingPoints,
              (QStringList{q("Lag (2023:196)"), q("ANDT-strategin"), q("Ny")}));
}

TEST_F(RowIdTest, APositionIsNoAddress)
{
    auto file = makeFile();
    const core::Agreement before = file->agreement(q("a1"));
    EXPECT_THROW(file->setField(RecordKind::DiaryNumber, q("a1#0"), q("number"), q("x")),
                 StorageError);
    EXPECT_THROW(file->setField(RecordKind::GroupMember, q("g1#0"), q("role"), q("x")),
                 StorageError);
    EXPECT_THROW(file->removeRecord(RecordKind::Coordinator, q("a1#1")), StorageError);
    const core::Agreement after = file->agreement(q("a1"));
    EXPECT_EQ(after, before) << "nothing was written";
    EXPECT_EQ(after.part1.coordinators.size(), 2);
}

TEST_F(RowIdTest, AGroupWithoutIdAndItsMembers)
{
    auto file = makeFile(withoutGroupId());
    const core::Group group = file->agreement(q("a1")).part1.groups.first();
    ASSERT_TRUE(group.id.isEmpty());
    const QString groupId = group.rowId.value;
    ASSERT_FALSE(groupId.isEmpty());

    file->setField(RecordKind::Group, groupId, q("name"), q("Styrgruppen"));
    EXPECT_EQ(file->agreement(q("a1")).part1.groups.first().name, q("Styrgruppen"));

    const QString second = group.members.at(1).rowId.value;
    file->setField(RecordKind::GroupMember, second, q("role"), q("sekreterare"));
    auto members = file->agreement(q("a1")).part1.groups.first().members;
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(members.at(1).role, q("sekreterare"));
    EXPECT_EQ(file->field(RecordKind::GroupMember, second, q("role")).toString(), q("sekreterare"));

    const QString added = file->insertRecord(RecordKind::GroupMember, groupId,
                                             {{q("person"), q("pe-anna")}, {q("role"), q("x")}});
    EXPECT_FALSE(added.isEmpty());
    members = file->agreement(q("a1")).part1.groups.first().members;
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(2).role, q("x"));
    EXPECT_EQ(members.at(2).rowId.value, added);

    const RecordSnapshot removed =
        file->removeRecord(RecordKind::GroupMember, members.at(0).rowId.value);
    EXPECT_EQ(file->agreement(q("a1")).part1.groups.first().members.size(), 2);
    file->restoreRecord(removed);
    members = file->agreement(q("a1")).part1.groups.first().members;
    ASSERT_EQ(members.size(), 3);
    EXPECT_EQ(members.at(0).role, q("ordförande"));

    EXPECT_THROW(file->insertRecord(RecordKind::GroupMember, q("no-such-group"), {}), StorageError);
    // The group keeps its internal id: still no id in what the file gives out.
    EXPECT_TRUE(file->agreement(q("a1")).part1.groups.first().id.isEmpty());
}

TEST_F(RowIdTest, SignatoriesWithoutIdsAreSignedByTheIdOfTheirRow)
{
    core::MunicipalityData data = sampleData();
    core::Signature first;
    first.name = q("Anna Andersson");
    core::Signature second;
    second.name = q("Bo Berg");
    data.agreements[0].signatures = {first, second};
    auto file = makeFile(data);
    const QString bo = file->agreement(q("a1")).signatures.at(1).rowId.value;
    file->sign(q("a1"), QDate(2024, 3, 15), q("Härnösand"), {bo});
    const auto signatures = file->agreement(q("a1")).signatures;
    ASSERT_EQ(signatures.size(), 2);
    EXPECT_FALSE(signatures.at(0).signed_);
    EXPECT_TRUE(signatures.at(1).signed_);
    EXPECT_EQ(signatures.at(1).place, q("Härnösand"));
    EXPECT_TRUE(signatures.at(1).id.isEmpty()); // still internal
}

TEST_F(RowIdTest, ASignatoryThatIsNotThereIsRefused)
{
    core::MunicipalityData data = sampleData();
    core::Signature only;
    only.name = q("Anna Andersson");
    data.agreements[0].signatures = {only};
    auto file = makeFile(data);
    EXPECT_THROW(file->sign(q("a1"), QDate(2024, 3, 15), q("Härnösand"), {q("a1#0")}),
                 StorageError);
    EXPECT_FALSE(file->agreement(q("a1")).isSigned());
}

TEST_F(RowIdTest, TheIdsAreNoPartOfAnExportOrAFingerprint)
{
    auto file = makeFile();
    const core::Agreement loaded = file->agreement(q("a1"));
    ASSERT_FALSE(loaded.part1.startingPointIds.value.isEmpty());
    core::Agreement bare = loaded; // as an exchange document has it: no row ids
    bare.part1.startingPointIds = {};
    for (auto &d : bare.diaryNumbers)
        d.rowId = {};
    for (auto &c : bare.part1.coordinators)
        c.rowId = {};
    for (auto &c : bare.part2.commitments)
        c.rowId = {};
    EXPECT_EQ(core::Fingerprint::frozenContent(loaded), core::Fingerprint::frozenContent(bare));
    EXPECT_EQ(core::ExchangeWriter::agreementToJson(loaded),
              core::ExchangeWriter::agreementToJson(bare));
    const QByteArray json = QJsonDocument(core::ExchangeWriter::agreementToJson(loaded)).toJson();
    for (const QString &id : loaded.part1.startingPointIds.value)
        EXPECT_FALSE(json.contains(id.toUtf8()));
    EXPECT_FALSE(json.contains(loaded.part2.commitments.first().rowId.value.toUtf8()));
}

} // namespace
} // namespace samverka::storage::datatest
