// The signed lock: every kind of frozen content refuses change after signing; the
// work under a signed agreement goes on.

#include "StorageDataFixture.h"

#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class SignedLockTest : public StorageDataTest
{
protected:
    std::unique_ptr<MunicipalityFile> signedFile()
    {
        auto file = makeFile();
        file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
        return file;
    }
};

void expectFrozen(const std::function<void()> &action, const char *what)
{
    try {
        action();
        ADD_FAILURE() << what << ": accepted under a signed agreement";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Frozen) << what;
        EXPECT_FALSE(error.message().isEmpty());
    }
}

TEST_F(SignedLockTest, EveryFrozenFieldIsRefused)
{
    auto file = signedFile();
    const core::Agreement before = file->agreement(q("a1"));
    const struct {
        RecordKind kind;
        QString id;
        const char *field;
        QVariant value;
    } edits[] = {
        {RecordKind::Agreement, q("a1"), "title", q("Ny titel")},
        {RecordKind::Agreement, q("a1"), "validTo", QDate(2030, 1, 1)},
        {RecordKind::Agreement, q("a1"), "part1.introduction", q("x")},
        {RecordKind::StartingPoint, before.part1.startingPointIds.value.at(0), "text", q("x")},
        {RecordKind::Agreement, q("a1"), "part2.text", q("x")},
        {RecordKind::Agreement, q("a1"), "parties", QStringList{q("p-kommun")}},
        {RecordKind::Agreement, q("a1"), "status", q("draft")},
        {RecordKind::DiaryNumber, before.diaryNumbers.at(0).rowId.value, "number", q("x")},
        {RecordKind::Commitment, q("c1"), "text", q("x")},
        {RecordKind::Group, q("g1"), "name", q("x")},
        {RecordKind::GroupMember, before.part1.groups.at(0).members.at(0).rowId.value, "role",
         q("x")},
        {RecordKind::Coordinator, before.part1.coordinators.at(0).rowId.value, "person",
         q("pe-bo")},
        {RecordKind::ReportingRule, before.part1.reporting.at(0).rowId.value, "everyMonths", 12},
        {RecordKind::Problem, q("pr1"), "title", q("x")},
        {RecordKind::Cause, q("ca1"), "text", q("x")},
        {RecordKind::FocusArea, q("fa1"), "background", q("x")},
        {RecordKind::Goal, q("go1"), "target.value", 10.0},
        {RecordKind::Measure, q("m1"), "title", q("x")},
        {RecordKind::Measure, q("m1"), "causes", QStringList{q("ca2")}},
        {RecordKind::Measure, q("m1"), "budgetSek", 1.0},
        {RecordKind::Signature, q("s1"), "name", q("x")},
    };
    for (const auto &edit : edits)
        expectFrozen([&] { file->setField(edit.kind, edit.id, q(edit.field), edit.value); },
                     edit.field);
    EXPECT_EQ(file->agreement(q("a1")), before);
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
}

TEST_F(SignedLockTest, InsertRemoveAndMoveOfFrozenKindsAreRefused)
{
    auto file = signedFile();
    expectFrozen([&] { file->insertRecord(RecordKind::Problem, q("a1"), {}); }, "insert problem");
    expectFrozen([&] { file->insertRecord(RecordKind::Cause, q("pr1"), {}); }, "insert cause");
    expectFrozen([&] { file->insertRecord(RecordKind::Measure, q("a1"), {}); }, "insert measure");
    expectFrozen([&] { file->insertRecord(RecordKind::Signature, q("a1"), {}); },
                 "insert signature");
    expectFrozen([&] { file->insertRecord(RecordKind::GroupMember, q("g1"), {}); },
                 "insert member");
    expectFrozen([&] { file->insertRecord(RecordKind::StartingPoint, q("a1"), {}); },
                 "insert starting point");
    const QString startingPoint = file->agreement(q("a1")).part1.startingPointIds.value.at(1);
    expectFrozen([&] { file->removeRecord(RecordKind::StartingPoint, startingPoint); },
                 "remove starting point");
    expectFrozen([&] { file->moveRecord(RecordKind::StartingPoint, startingPoint, 0); },
                 "move starting point");
    expectFrozen([&] { file->removeRecord(RecordKind::Goal, q("go2")); }, "remove goal");
    expectFrozen([&] { file->removeRecord(RecordKind::Cause, q("ca3")); }, "remove cause");
    expectFrozen([&] { file->removeRecord(RecordKind::Agreement, q("a1")); }, "remove agreement");
    expectFrozen([&] { file->moveRecord(RecordKind::Measure, q("m2"), 0); }, "move measure");
    expectFrozen([&] { file->moveRecord(RecordKind::FocusArea, q("fa1"), 0); }, "move focus area");
    expectFrozen([&] { file->setAgreementStatus(q("a1"), core::AgreementStatus::Draft); },
                 "status");
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
}

TEST_F(SignedLockTest, RestoringFrozenContentIntoASignedAgreementIsRefused)
{
    auto file = makeFile();
    const RecordSnapshot snapshot = file->removeRecord(RecordKind::Goal, q("go2"));
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    expectFrozen([&] { file->restoreRecord(snapshot); }, "restore goal");
}

TEST_F(SignedLockTest, WorkUnderASignedAgreementGoesOn)
{
    auto file = signedFile();
    file->setField(RecordKind::Measure, q("m1"), q("status"), q("ongoing"));
    const QString followUp = file->insertRecord(
        RecordKind::FollowUp, q("a1"),
        {{q("date"), QDate(2024, 12, 1)}, {q("kind"), q("process")}, {q("measure"), q("m1")}});
    file->setField(RecordKind::FollowUp, followUp, q("text"), q("Enligt plan"));
    file->setField(RecordKind::FollowUp, q("f1"), q("count"), 11);
    const QString comment =
        file->insertRecord(RecordKind::Comment, q("a1"), {{q("text"), q("Bra jobbat")}});
    file->insertRecord(RecordKind::CommentReply, comment, {{q("text"), q("Tack")}});
    file->setField(RecordKind::Comment, q("cm1"), q("resolved"), true);
    file->setField(RecordKind::CheckItem, q("ck1"), q("done"), false);
    file->insertRecord(RecordKind::Meeting, QString(),
                       {{q("agreement"), q("a1")}, {q("date"), QDate(2024, 5, 1)}});
    file->insertRecord(
        RecordKind::Attachment, QString(),
        {{q("agreement"), q("a1")}, {q("name"), q("scan.pdf")}, {q("data"), QByteArray("bytes")}});
    file->setField(RecordKind::Promise, q("pm1"), q("status"), q("done"));
    file->removeRecord(RecordKind::FollowUp, followUp);

    const core::Agreement a = file->agreement(q("a1"));
    EXPECT_EQ(a.measures.first().status, core::MeasureStatus::Ongoing);
    EXPECT_EQ(a.comments.size(), 2);
    EXPECT_TRUE(a.comments.first().resolved);
    // None of it touches the frozen content.
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
}

} // namespace
} // namespace samverka::storage::datatest
