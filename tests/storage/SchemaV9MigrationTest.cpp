// The step from version 8 to 9 (issue #16): the records an agreement's revision copies
// remember where they came from (origin_id). A version-8 file opens and is migrated
// without any origin id made up; the demo's signed agreement keeps its fingerprint;
// Revidera sets the origin ids; they survive an exchange round trip and a merge, and
// they are no part of a fingerprint.

#include "InfraTestSupport.h"
#include "StorageDataFixture.h"

#include "ExchangeWriter.h"
#include "Fingerprint.h"

namespace samverka::storage::datatest {
namespace {

using samverka::storage::testing::pragma;

const QString demoSigned = QStringLiteral("ag-2021");

core::MunicipalityData demo()
{
    return readDocument(QString::fromUtf8(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
}

/// Every origin id of an agreement, record by record ("problem <id> <origin>" …).
QStringList originsOf(const core::Agreement &a)
{
    QStringList out;
    for (const core::Problem &p : a.problems) {
        out << QStringLiteral("problem %1").arg(p.originId);
        for (const core::Cause &c : p.causes)
            out << QStringLiteral("cause %1").arg(c.originId);
    }
    for (const core::FocusArea &f : a.focusAreas)
        out << QStringLiteral("focusArea %1").arg(f.originId);
    for (const core::Goal &g : a.goals)
        out << QStringLiteral("goal %1").arg(g.originId);
    for (const core::Measure &m : a.measures)
        out << QStringLiteral("measure %1").arg(m.originId);
    return out;
}

/// The records' own ids, in the same order and form as originsOf.
QStringList idsOf(const core::Agreement &a)
{
    QStringList out;
    for (const core::Problem &p : a.problems) {
        out << QStringLiteral("problem %1").arg(p.id);
        for (const core::Cause &c : p.causes)
            out << QStringLiteral("cause %1").arg(c.id);
    }
    for (const core::FocusArea &f : a.focusAreas)
        out << QStringLiteral("focusArea %1").arg(f.id);
    for (const core::Goal &g : a.goals)
        out << QStringLiteral("goal %1").arg(g.id);
    for (const core::Measure &m : a.measures)
        out << QStringLiteral("measure %1").arg(m.id);
    return out;
}

class SchemaV9MigrationTest : public StorageDataTest
{
protected:
    /// Makes the file as version 8 wrote it: the same tables without origin_id (nor
    /// version 10's logo).
    void downgradeToVersion8()
    {
        auto db = raw();
        db->exec(QStringLiteral("ALTER TABLE municipality DROP COLUMN logo_attachment_id"));
        for (const char *table : {"problems", "causes", "focus_areas", "goals", "measures"})
            db->exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN origin_id")
                         .arg(QString::fromLatin1(table)));
        db->exec(QStringLiteral("PRAGMA user_version = 8"));
    }

    std::unique_ptr<MunicipalityFile> reopen()
    {
        MunicipalityFile::OpenOptions options;
        options.backupDir = m_backups.path();
        options.backupOnOpen = false;
        return MunicipalityFile::open(m_path, options);
    }

    QTemporaryDir m_backups;
};

TEST_F(SchemaV9MigrationTest, TheDemosSignedAgreementKeepsItsFingerprint)
{
    QString fingerprint;
    {
        auto file = makeFile(demo());
        fingerprint = file->loadAll().findAgreement(demoSigned)->fingerprint;
        ASSERT_FALSE(fingerprint.isEmpty());
    }
    downgradeToVersion8();
    {
        auto db = raw();
        ASSERT_EQ(pragma(*db, QStringLiteral("user_version")), 8);
    }

    auto file = reopen();
    EXPECT_TRUE(file->wasMigrated());
    EXPECT_EQ(file->schemaVersion(), fileformat::schemaVersion); // 9, and the steps after it
    const core::MunicipalityData data = file->loadAll();
    const core::Agreement *signedOne = data.findAgreement(demoSigned);
    ASSERT_NE(signedOne, nullptr);
    EXPECT_EQ(signedOne->fingerprint, fingerprint);
    EXPECT_EQ(core::Fingerprint::compute(*signedOne), fingerprint);
    EXPECT_TRUE(file->verifyFingerprint(demoSigned));
    // Never backfilled: no record of a version-8 file knows where it came from.
    for (const core::Agreement &a : data.agreements)
        for (const QString &origin : originsOf(a))
            EXPECT_TRUE(origin.endsWith(QLatin1Char(' '))) << origin.toStdString();
    EXPECT_EQ(scalar(q("SELECT count(*) FROM measures WHERE origin_id IS NOT NULL")), 0);
}

TEST_F(SchemaV9MigrationTest, RevideraSetsOriginIdsThatNoFingerprintSees)
{
    auto file = makeFile(demo());
    const QString draftId = file->revise(demoSigned);
    const core::MunicipalityData data = file->loadAll();
    const core::Agreement &old = *data.findAgreement(demoSigned);
    const core::Agreement &draft = *data.findAgreement(draftId);
    ASSERT_FALSE(draft.problems.isEmpty());
    // Each copy names the record it was copied from, and no other copy does.
    QStringList expected = idsOf(old);
    EXPECT_EQ(originsOf(draft), expected);
    EXPECT_NE(idsOf(draft), expected);
    // Stored only where known: the old agreement's rows stay NULL, not ''.
    EXPECT_EQ(scalar(q("SELECT count(*) FROM problems WHERE origin_id = ''")), 0);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM problems WHERE origin_id IS NOT NULL")),
              old.problems.size());

    // The draft says what the old one said: without its origin ids the fingerprints agree
    // once the ids are the same, and the origin ids alone change nothing.
    core::Agreement withoutOrigins = draft;
    for (core::Problem &p : withoutOrigins.problems) {
        p.originId.clear();
        for (core::Cause &c : p.causes)
            c.originId.clear();
    }
    for (core::FocusArea &f : withoutOrigins.focusAreas)
        f.originId.clear();
    for (core::Goal &g : withoutOrigins.goals)
        g.originId.clear();
    for (core::Measure &m : withoutOrigins.measures)
        m.originId.clear();
    EXPECT_EQ(core::Fingerprint::frozenContent(draft),
              core::Fingerprint::frozenContent(withoutOrigins));
    EXPECT_FALSE(core::Fingerprint::frozenContent(draft).contains("originId"));

    // The origin id is the program's: the edit API does not set it.
    EXPECT_THROW(file->setField(RecordKind::Measure, draft.measures.first().id, q("originId"),
                                QStringLiteral("x")),
                 StorageError);
}

TEST_F(SchemaV9MigrationTest, OriginIdsSurviveAnExchangeRoundTripAndAMerge)
{
    auto file = makeFile(demo());
    const QString draftId = file->revise(demoSigned);
    const core::MunicipalityData data = file->loadAll();
    const QStringList origins = originsOf(*data.findAgreement(draftId));

    // Written where present only.
    const QByteArray exported = core::ExchangeWriter::write(data, {});
    EXPECT_EQ(exported.count("\"originId\""), origins.size());

    // Read back into a new file.
    const core::MunicipalityData read = core::ExchangeReader::read(exported).data;
    EXPECT_EQ(originsOf(*read.findAgreement(draftId)), origins);
    auto copy = MunicipalityFile::createFrom(m_dir.filePath(q("copy.samverka")), read);
    EXPECT_EQ(originsOf(*copy->loadAll().findAgreement(draftId)), origins);

    // Merged into a file that has the old agreement only.
    core::MunicipalityData onlyOld = demo();
    auto other = MunicipalityFile::createFrom(m_dir.filePath(q("other.samverka")), onlyOld);
    const ImportReport report = other->merge(read);
    EXPECT_GT(report.inserted, 0);
    EXPECT_EQ(originsOf(*other->loadAll().findAgreement(draftId)), origins);
    // And merging the same again changes nothing.
    EXPECT_EQ(other->merge(read).updated, 0);
}

} // namespace
} // namespace samverka::storage::datatest
