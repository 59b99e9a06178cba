// Merging an exchange document into an existing file (import --into).

#include "StorageDataFixture.h"

#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class MergeTest : public StorageDataTest
{};

QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Refused);
        return error.message();
    }
    ADD_FAILURE() << "not refused";
    return {};
}

TEST_F(MergeTest, SameDocumentAgainChangesNothing)
{
    auto file = makeFile();
    const core::MunicipalityData before = file->loadAll(true);
    const ImportReport report = file->merge(sampleData());
    EXPECT_EQ(report.inserted, 0);
    EXPECT_EQ(report.updated, 0);
    EXPECT_GT(report.unchanged, 10);
    EXPECT_EQ(file->loadAll(true), before);
}

TEST_F(MergeTest, UpdatesKnownInsertsNewKeepsAbsent)
{
    auto file = makeFile();
    core::MunicipalityData doc;
    doc.municipality = sampleData().municipality;
    doc.parties = sampleData().parties;
    core::Agreement a = sampleAgreement();
    a.measures.first().title = q("Krogtillsyn, utökad");
    a.measures.removeLast(); // absent from the document: kept in the file
    core::Measure added;
    added.id = q("m3");
    added.title = q("Grannsamverkan");
    added.causes = {q("ca3")};
    a.measures << added;
    doc.agreements = {a};
    doc.parties << core::Party{q("p-region"), core::PartyKind::Region, q("Region Västernorrland")};

    const ImportReport report = file->merge(doc);
    EXPECT_EQ(report.inserted, 2); // the region, measure m3
    EXPECT_EQ(report.updated, 1);  // measure m1
    const core::Agreement merged = file->agreement(q("a1"));
    ASSERT_EQ(merged.measures.size(), 3);
    EXPECT_EQ(merged.measures.at(0).title, q("Krogtillsyn, utökad"));
    EXPECT_EQ(merged.measures.at(1).id, q("m3"));
    EXPECT_EQ(merged.measures.at(2).id, q("m2"));
    EXPECT_EQ(file->parties().size(), 3);
    EXPECT_EQ(file->people().size(), 2); // absent from the document, kept
}

TEST_F(MergeTest, ArraysWithoutIdsAreReplacedWhole)
{
    auto file = makeFile();
    core::MunicipalityData doc = sampleData();
    core::Agreement &a = doc.agreements.first();
    a.diaryNumbers = {{q("p-polis"), q("B1")}};
    a.part1.coordinators = {{q("p-polis"), q("pe-bo")}};
    a.part1.reporting = {{core::ReportingTarget::Leadership, 12},
                         {core::ReportingTarget::LocalCouncil, 3}};
    a.part1.groups.first().members = {{q("pe-bo"), q("sekreterare")}};
    a.part1.startingPoints = {q("Nationell strategi")};
    const ImportReport report = file->merge(doc);
    EXPECT_EQ(report.updated, 1);
    const core::Agreement merged = file->agreement(q("a1"));
    EXPECT_EQ(merged.diaryNumbers, a.diaryNumbers);
    EXPECT_EQ(merged.part1.coordinators, a.part1.coordinators);
    EXPECT_EQ(merged.part1.reporting, a.part1.reporting);
    EXPECT_EQ(merged.part1.groups, a.part1.groups);
    EXPECT_EQ(merged.part1.startingPoints, a.part1.startingPoints);
}

TEST_F(MergeTest, SignedAgreementWithIdenticalContentIsLeftAlone)
{
    auto file = makeFile();
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    core::MunicipalityData doc = file->loadAll(true);
    // Work under it may still be merged.
    core::Agreement &a = doc.agreements.first();
    a.measures.first().status = core::MeasureStatus::Done;
    core::FollowUp f;
    f.id = q("f2");
    f.date = QDate(2024, 12, 31);
    f.kind = core::FollowUpKind::Effect;
    f.goal = q("go1");
    f.text = q("−18 %");
    a.followUps << f;
    core::ReviewComment c;
    c.text = q("Uppföljning godkänd");
    a.comments << c;
    const ImportReport report = file->merge(doc);
    EXPECT_EQ(report.inserted, 2); // follow-up, comment
    EXPECT_EQ(report.updated, 1);  // the measure's status
    const core::Agreement merged = file->agreement(q("a1"));
    EXPECT_EQ(merged.measures.first().status, core::MeasureStatus::Done);
    EXPECT_EQ(merged.followUps.size(), 2);
    EXPECT_EQ(merged.comments.size(), 2);
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
    // The id-less comment is recognised next time rather than duplicated.
    file->merge(doc);
    EXPECT_EQ(file->agreement(q("a1")).comments.size(), 2);
}

TEST_F(MergeTest, ChangeToSignedContentIsRefusedWithItsPath)
{
    auto file = makeFile();
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    const core::MunicipalityData before = file->loadAll(true);

    core::MunicipalityData doc = before;
    doc.agreements.first().measures[1].title = q("Ändrad");
    doc.agreements.first().followUps.clear(); // absent work would be fine on its own
    doc.parties.first().name = q("Ändrad kommun");
    const QString message = refusal([&] { file->merge(doc); });
    EXPECT_TRUE(message.contains(q("$.agreements[0].measures[1].title"))) << message.toStdString();
    EXPECT_EQ(file->loadAll(true), before); // all or nothing

    doc = before;
    doc.agreements.first().status = core::AgreementStatus::Draft;
    EXPECT_TRUE(refusal([&] { file->merge(doc); }).contains(q("$.agreements[0].status")));

    doc = before;
    doc.agreements.first().part1.coordinators.removeLast();
    EXPECT_TRUE(refusal([&] { file->merge(doc); }).contains(q("$.agreements[0].part1")));
    EXPECT_EQ(file->loadAll(true), before);
}

TEST_F(MergeTest, OtherMunicipalityIsRefused)
{
    auto file = makeFile();
    core::MunicipalityData doc = sampleData();
    doc.municipality.code = q("2281");
    doc.municipality.name = q("Sundsvall");
    doc.parties.first().name = q("Sundsvalls kommun");
    const QString message = refusal([&] { file->merge(doc); });
    EXPECT_TRUE(message.contains(q("2281")));
    EXPECT_EQ(file->parties().first().name, q("Härnösands kommun"));
}

TEST_F(MergeTest, NewAgreementAndPromiseSetAreInserted)
{
    auto file = makeFile();
    core::MunicipalityData doc;
    doc.municipality = sampleData().municipality;
    core::Agreement b;
    b.id = q("a2");
    b.title = q("Tillägg");
    b.parties = {q("p-kommun"), q("p-polis")};
    b.status = core::AgreementStatus::Signed;
    b.signatures = {core::Signature{q("s9"), QString(), q("Anna"), QString(), QString(),
                                    q("Härnösand"), QDate(2024, 3, 1), true}};
    doc.agreements = {b};
    core::CitizenPromiseSet set = sampleData().citizenPromiseSets.first();
    set.promises.first().status = core::MeasureStatus::Done;
    doc.citizenPromiseSets = {set};
    const ImportReport report = file->merge(doc);
    EXPECT_EQ(report.inserted, 1);
    EXPECT_EQ(report.updated, 1); // the promise
    EXPECT_TRUE(file->verifyFingerprint(q("a2")));
    EXPECT_EQ(file->promiseSets().first().promises.first().status, core::MeasureStatus::Done);
}

} // namespace
} // namespace samverka::storage::datatest
