// The lägesbild's editions (issue #14): edited through the generic edit API like every
// record, copied into a new edition, removed and restored whole, and kept beside the
// agreements so that no signed agreement's fingerprint moves.

#include "ExchangeReader.h"
#include "StorageDataFixture.h"

#include <QFile>

namespace samverka::storage::datatest {
namespace {

class SituationPictureTest : public StorageDataTest
{
protected:
    /// tests/data/exchange/full.json: two editions, one adopted with sections and problems.
    static core::MunicipalityData fullDocument()
    {
        return readDocument(q(SAMVERKA_SOURCE_DIR "/tests/data/exchange/full.json"));
    }

    static const core::SituationPicture *edition(const QList<core::SituationPicture> &all,
                                                 const QString &id)
    {
        for (const core::SituationPicture &p : all)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};

TEST_F(SituationPictureTest, EveryFieldIsEditedAndReadBack)
{
    auto file = makeFile();
    const QString id = file->insertRecord(
        RecordKind::SituationPicture, {},
        {{q("title"), q("Lägesbild 2024")}, {q("date"), QDate(2024, 3, 1)}, {q("fromYear"), 2019}});
    file->setField(RecordKind::SituationPicture, id, q("toYear"), 2023);
    file->setField(RecordKind::SituationPicture, id, q("analysis"), q("Skadegörelse ökar."));
    const QString section = file->insertRecord(RecordKind::SituationSection, id,
                                               {{q("title"), q("Räddningstjänsten")}});
    file->setField(RecordKind::SituationSection, section, q("confidential"), true);
    file->setField(RecordKind::SituationSection, section, q("text"), q("Bränder i containrar."));
    const QString problem = file->insertRecord(RecordKind::SituationProblem, id,
                                               {{q("title"), q("Skadegörelse i centrum")}});
    file->setField(RecordKind::SituationProblem, problem, q("criteria"),
                   QStringList{q("increasing"), q("signal_crime")});
    file->setField(RecordKind::SituationProblem, problem, q("sources"),
                   QStringList{q("crime_statistics")});
    // Adopted last: what was decided is locked, the decision's own fields stay open.
    file->setField(RecordKind::SituationPicture, id, q("status"), q("adopted"));
    file->setField(RecordKind::SituationPicture, id, q("decidedBy"), q("Kommunstyrelsen"));
    file->setField(RecordKind::SituationPicture, id, q("decidedOn"), QDate(2024, 4, 9));
    file->setField(RecordKind::SituationPicture, id, q("nextUpdate"), QDate(2026, 4, 9));

    const QList<core::SituationPicture> all = file->situationPictures();
    ASSERT_EQ(all.size(), 1);
    const core::SituationPicture &p = all.first();
    EXPECT_EQ(p.title, q("Lägesbild 2024"));
    EXPECT_EQ(p.fromYear, 2019);
    EXPECT_EQ(p.toYear, 2023);
    EXPECT_EQ(p.status, core::SituationStatus::Adopted);
    EXPECT_EQ(p.decidedBy, q("Kommunstyrelsen"));
    EXPECT_EQ(p.decidedOn, QDate(2024, 4, 9));
    EXPECT_EQ(p.nextUpdate, QDate(2026, 4, 9));
    EXPECT_EQ(p.analysis, q("Skadegörelse ökar."));
    ASSERT_EQ(p.sections.size(), 1);
    EXPECT_TRUE(p.sections.first().confidential);
    EXPECT_EQ(p.sections.first().text, q("Bränder i containrar."));
    ASSERT_EQ(p.problems.size(), 1);
    EXPECT_EQ(p.problems.first().criteria,
              (QList<core::SelectionCriterion>{core::SelectionCriterion::Increasing,
                                               core::SelectionCriterion::SignalCrime}));
    EXPECT_EQ(p.problems.first().sources,
              QList<core::ProblemSource>{core::ProblemSource::CrimeStatistics});
    // And the whole file's load has it too (export, documents).
    EXPECT_EQ(file->loadAll().situationPictures, all);

    const auto refused = [&](RecordKind kind, const QString &record, const char *field,
                             const QVariant &value) {
        try {
            file->setField(kind, record, q(field), value);
            return false;
        } catch (const StorageError &e) {
            return e.kind() == StorageError::Kind::Invalid && !e.message().isEmpty();
        }
    };
    EXPECT_TRUE(refused(RecordKind::SituationPicture, id, "status", q("decided")));
    EXPECT_EQ(file->situationPictures(), all) << "a refused value leaves the record as it was";
    file->setField(RecordKind::SituationPicture, id, q("status"), q("draft"));
    EXPECT_TRUE(refused(RecordKind::SituationPicture, id, "fromYear", 3000));
    EXPECT_TRUE(
        refused(RecordKind::SituationProblem, problem, "criteria", QStringList{q("loudest")}));
}

TEST_F(SituationPictureTest, AnAdoptedEditionIsLockedButItsDecisionIsNot)
{
    auto file = makeFile(fullDocument()); // lb-2023 is adopted, lb-2025 a draft
    const QList<core::SituationPicture> before = file->situationPictures();
    const core::SituationPicture *adopted = edition(before, q("lb-2023"));
    ASSERT_NE(adopted, nullptr);
    ASSERT_EQ(adopted->status, core::SituationStatus::Adopted);
    const QString section = adopted->sections.first().id;
    const QString problem = adopted->problems.first().id;
    const auto frozen = [](const std::function<void()> &write) {
        try {
            write();
            return false;
        } catch (const StorageError &e) {
            return e.kind() == StorageError::Kind::Frozen && !e.message().isEmpty();
        }
    };
    EXPECT_TRUE(frozen([&] {
        file->setField(RecordKind::SituationPicture, q("lb-2023"), q("analysis"), q("Ändrad."));
    }));
    EXPECT_TRUE(frozen(
        [&] { file->setField(RecordKind::SituationSection, section, q("text"), q("Ändrad.")); }));
    EXPECT_TRUE(frozen([&] {
        file->insertRecord(RecordKind::SituationProblem, q("lb-2023"), {{q("title"), q("Ny")}});
    }));
    EXPECT_TRUE(frozen([&] { file->removeRecord(RecordKind::SituationProblem, problem); }));
    EXPECT_EQ(file->situationPictures(), before) << "nothing of what was decided changed";

    // The decision's fields stay open; the edition itself may still be removed.
    file->setField(RecordKind::SituationPicture, q("lb-2023"), q("diaryNumber"), q("KS 2023/77"));
    EXPECT_EQ(edition(file->situationPictures(), q("lb-2023"))->diaryNumber, q("KS 2023/77"));
    // Back to draft, it opens again; the draft beside it never closed.
    file->setField(RecordKind::SituationPicture, q("lb-2023"), q("status"), q("draft"));
    file->setField(RecordKind::SituationSection, section, q("text"), q("Ändrad."));
    file->setField(RecordKind::SituationPicture, q("lb-2025"), q("analysis"), q("Utkast."));
    EXPECT_EQ(edition(file->situationPictures(), q("lb-2023"))->sections.first().text,
              q("Ändrad."));
}

TEST_F(SituationPictureTest, ANewEditionIsACopyOfTheOneBeforeAsADraft)
{
    auto file = makeFile(fullDocument());
    const QList<core::SituationPicture> before = file->situationPictures();
    const core::SituationPicture *old = edition(before, q("lb-2023"));
    ASSERT_NE(old, nullptr);

    const QString id =
        file->newSituationEdition(q("lb-2023"), q("Lägesbild 2025"), QDate(2025, 3, 1));
    const QList<core::SituationPicture> after = file->situationPictures();
    ASSERT_EQ(after.size(), before.size() + 1);
    EXPECT_EQ(after.last().id, id) << "placed after every edition";
    const core::SituationPicture &copy = after.last();
    EXPECT_EQ(copy.title, q("Lägesbild 2025"));
    EXPECT_EQ(copy.date, QDate(2025, 3, 1));
    EXPECT_EQ(copy.status, core::SituationStatus::Draft);
    EXPECT_TRUE(copy.decidedBy.isEmpty());
    EXPECT_FALSE(copy.decidedOn.isValid());
    EXPECT_TRUE(copy.decisionParagraph.isEmpty());
    EXPECT_TRUE(copy.diaryNumber.isEmpty());
    // The old edition's kept numbers stay with it: a draft shows the file as it is.
    EXPECT_FALSE(old->mappingSnapshot.isEmpty());
    EXPECT_TRUE(copy.mappingSnapshot.isEmpty());
    EXPECT_EQ(copy.nextUpdate, QDate(2027, 3, 1));
    EXPECT_EQ(copy.fromYear, 2020) << "2018–2022 moved on by the two years between the dates";
    EXPECT_EQ(copy.toYear, 2024);
    EXPECT_EQ(copy.madeBy, old->madeBy);
    EXPECT_EQ(copy.analysis, old->analysis);
    EXPECT_EQ(copy.crimeCommentary, old->crimeCommentary);
    ASSERT_EQ(copy.sections.size(), old->sections.size());
    ASSERT_EQ(copy.problems.size(), old->problems.size());
    for (int i = 0; i < copy.sections.size(); ++i) {
        EXPECT_NE(copy.sections.at(i).id, old->sections.at(i).id);
        core::SituationSection same = copy.sections.at(i);
        same.id = old->sections.at(i).id;
        EXPECT_EQ(same, old->sections.at(i));
    }
    for (int i = 0; i < copy.problems.size(); ++i) {
        EXPECT_NE(copy.problems.at(i).id, old->problems.at(i).id);
        core::SituationProblem same = copy.problems.at(i);
        same.id = old->problems.at(i).id;
        EXPECT_EQ(same, old->problems.at(i));
    }
    EXPECT_EQ(*edition(after, q("lb-2023")), *old) << "the edition copied is untouched";

    // Undone as an insert: the whole edition goes, and comes back with its ids.
    const RecordSnapshot snapshot = file->removeRecord(RecordKind::SituationPicture, id);
    EXPECT_EQ(file->situationPictures(), before);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM situation_sections WHERE situation_picture_id = '") +
                     id + q("'")),
              0);
    file->restoreRecord(snapshot);
    EXPECT_EQ(file->situationPictures(), after);

    try {
        file->newSituationEdition(q("no-such-edition"), q("x"), QDate(2025, 1, 1));
        ADD_FAILURE() << "copied an edition that does not exist";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NotFoundRecord);
    }
}

TEST_F(SituationPictureTest, AMergeUpdatesAnEditionAndKeepsTheSignedAgreementsFingerprint)
{
    core::MunicipalityData demo = readDocument(q(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    auto file = makeFile(demo);
    QString signedId, fingerprint;
    for (const core::Agreement &a : file->loadAll().agreements)
        if (a.isSigned()) {
            signedId = a.id;
            fingerprint = a.fingerprint;
        }
    ASSERT_FALSE(signedId.isEmpty());
    ASSERT_TRUE(file->verifyFingerprint(signedId));

    // A lägesbild arrives with a colleague's document, then changes in a second one.
    const core::MunicipalityData full = fullDocument();
    demo.situationPictures = full.situationPictures;
    ImportReport report = file->merge(demo);
    EXPECT_EQ(report.inserted, 2 + 2 + 2); // editions, sections, problems
    demo.situationPictures[0].sections[0].text = q("Anlagda bränder: 17 under 2023.");
    demo.situationPictures[0].problems.removeLast();
    report = file->merge(demo);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.inserted, 0);
    const QList<core::SituationPicture> stored = file->situationPictures();
    const core::SituationPicture *merged = edition(stored, q("lb-2023"));
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(merged->sections.first().text, q("Anlagda bränder: 17 under 2023."));
    EXPECT_EQ(merged->problems.size(), 2) << "a record absent from the document is kept";

    for (const core::Agreement &a : file->loadAll().agreements) {
        if (a.id == signedId) {
            EXPECT_EQ(a.fingerprint, fingerprint);
        }
    }
    EXPECT_TRUE(file->verifyFingerprint(signedId));
}

TEST_F(SituationPictureTest, AProblemTakenOverKeepsItsLinkBackThroughRemovalAndUndo)
{
    // full.json's problem pr-1 was taken over from the adopted edition's lb-2023-p1.
    auto file = makeFile(fullDocument());
    auto problemOf = [&] {
        for (const core::Agreement &a : file->loadAll().agreements)
            for (const core::Problem &p : a.problems)
                if (p.id == q("pr-1"))
                    return p;
        return core::Problem{};
    };
    EXPECT_EQ(problemOf().situationProblem, q("lb-2023-p1"));

    // Removing the edition clears the link and nothing else; undo brings it back.
    const RecordSnapshot snapshot = file->removeRecord(RecordKind::SituationPicture, q("lb-2023"));
    EXPECT_TRUE(problemOf().situationProblem.isEmpty());
    EXPECT_EQ(problemOf().title, q("Misshandel utomhus på torget"));
    file->restoreRecord(snapshot);
    EXPECT_EQ(problemOf().situationProblem, q("lb-2023-p1"));

    // A link to a problem the file does not have is refused, by name.
    EXPECT_THROW(
        file->setField(RecordKind::Problem, q("pr-1"), q("situationProblem"), q("no-such-problem")),
        StorageError);
}

} // namespace
} // namespace samverka::storage::datatest
