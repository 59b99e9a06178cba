// Signing, the fingerprint and revision.

#include "StorageDataFixture.h"

#include "Fingerprint.h"
#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class LifecycleTest : public StorageDataTest
{};

TEST_F(LifecycleTest, StatusMovesBetweenUnsignedStatusesOnly)
{
    auto file = makeFile();
    file->setAgreementStatus(q("a1"), core::AgreementStatus::InReview);
    file->setAgreementStatus(q("a1"), core::AgreementStatus::ReadyForSigning);
    EXPECT_EQ(file->agreement(q("a1")).status, core::AgreementStatus::ReadyForSigning);
    EXPECT_EQ(file->auditLog(1).first().newValue, q("ready_for_signing"));
    try {
        file->setAgreementStatus(q("a1"), core::AgreementStatus::Signed);
        FAIL() << "signed without signing";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Refused);
    }
}

TEST_F(LifecycleTest, SigningMarksSignatoriesStoresFingerprintAndLocks)
{
    auto file = makeFile();
    const QString fingerprint = file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    const core::Agreement a = file->agreement(q("a1"));
    EXPECT_EQ(a.status, core::AgreementStatus::Signed);
    EXPECT_EQ(a.fingerprint, fingerprint);
    EXPECT_EQ(fingerprint, core::Fingerprint::compute(a));
    EXPECT_EQ(fingerprint.size(), 64);
    for (const core::Signature &s : a.signatures) {
        EXPECT_TRUE(s.signed_);
        EXPECT_EQ(s.place, q("Härnösand"));
        EXPECT_EQ(s.date, QDate(2024, 1, 15));
    }
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
}

TEST_F(LifecycleTest, SigningListedSignatoriesOnly)
{
    auto file = makeFile();
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"), {q("s1")});
    const core::Agreement a = file->agreement(q("a1"));
    EXPECT_TRUE(a.signatures.at(0).signed_);
    EXPECT_FALSE(a.signatures.at(1).signed_);
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
}

TEST_F(LifecycleTest, SigningIsRefusedWithoutSignatoriesOrWhenSigned)
{
    core::MunicipalityData data = sampleData();
    data.agreements.first().signatures.clear();
    auto file = makeFile(data);
    try {
        file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
        FAIL() << "signed without signatories";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Refused);
    }
    EXPECT_EQ(file->agreement(q("a1")).status, core::AgreementStatus::Draft);
    file->insertRecord(RecordKind::Signature, q("a1"), {{q("name"), q("Anna")}});
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    try {
        file->sign(q("a1"), QDate(2024, 2, 1), q("Sundsvall"));
        FAIL() << "signed twice";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Refused);
    }
    EXPECT_EQ(file->agreement(q("a1")).signatures.first().place, q("Härnösand"));
}

TEST_F(LifecycleTest, TamperingWithSignedContentBreaksTheFingerprint)
{
    auto file = makeFile();
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
    raw()->exec(q("UPDATE measures SET title = 'Ändrad i smyg' WHERE id = 'm1'"));
    EXPECT_FALSE(file->verifyFingerprint(q("a1")));
}

TEST_F(LifecycleTest, ImportedSignedAgreementGetsOrKeepsItsFingerprint)
{
    core::MunicipalityData data = sampleData();
    data.agreements.first().status = core::AgreementStatus::Signed;
    auto file = makeFile(data);
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
    EXPECT_EQ(file->agreement(q("a1")).fingerprint,
              core::Fingerprint::compute(data.agreements.first()));

    // A document's own fingerprint is kept as it is, so a mismatch stays visible.
    data.agreements.first().fingerprint = q("00ff");
    auto second = MunicipalityFile::createFrom(m_dir.filePath(q("second.samverka")), data);
    EXPECT_EQ(second->agreement(q("a1")).fingerprint, q("00ff"));
    EXPECT_FALSE(second->verifyFingerprint(q("a1")));
}

TEST_F(LifecycleTest, ReviseCopiesWithNewIdsAndRemappedLinks)
{
    auto file = makeFile();
    file->sign(q("a1"), QDate(2024, 1, 15), q("Härnösand"));
    EXPECT_THROW(file->revise(q("no-such")), StorageError);
    const QString id = file->revise(q("a1"));
    const core::Agreement old = file->agreement(q("a1"));
    const core::Agreement draft = file->agreement(id);
    EXPECT_NE(id, q("a1"));
    EXPECT_EQ(draft.replaces, q("a1"));
    EXPECT_EQ(draft.status, core::AgreementStatus::Draft);
    EXPECT_TRUE(draft.fingerprint.isEmpty());
    EXPECT_EQ(draft.title, old.title);
    EXPECT_TRUE(draft.followUps.isEmpty());
    EXPECT_TRUE(draft.comments.isEmpty());
    ASSERT_EQ(draft.problems.size(), 2);
    ASSERT_EQ(draft.measures.size(), 2);
    ASSERT_EQ(draft.signatures.size(), 2);
    EXPECT_NE(draft.problems.first().id, q("pr1"));
    const QString newCause1 = draft.problems.first().causes.at(0).id;
    const QString newCause2 = draft.problems.first().causes.at(1).id;
    EXPECT_NE(newCause1, q("ca1"));
    EXPECT_EQ(draft.measures.first().causes, (QStringList{newCause1, newCause2}));
    EXPECT_EQ(draft.measures.first().goals, QStringList{draft.goals.first().id});
    EXPECT_EQ(draft.measures.first().focusArea, draft.focusAreas.first().id);
    EXPECT_EQ(draft.goals.at(1).parent, draft.goals.first().id);
    EXPECT_EQ(draft.goals.first().problem, draft.problems.first().id);
    EXPECT_EQ(draft.focusAreas.first().problems, QStringList{draft.problems.first().id});
    for (const core::Signature &s : draft.signatures) {
        EXPECT_FALSE(s.signed_);
        EXPECT_TRUE(s.place.isEmpty());
        EXPECT_FALSE(s.date.isValid());
    }
    EXPECT_EQ(draft.part1.groups.first().members, old.part1.groups.first().members);
    EXPECT_EQ(draft.part1.coordinators, old.part1.coordinators);
    // The draft is editable; the original stays signed and sound.
    file->setField(RecordKind::Measure, draft.measures.first().id, q("title"), q("Ny"));
    EXPECT_TRUE(file->verifyFingerprint(q("a1")));
    EXPECT_EQ(file->agreements().size(), 2);
}

} // namespace
} // namespace samverka::storage::datatest
