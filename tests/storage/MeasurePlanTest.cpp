// The åtgärdsplaner (issue #14): edited through the generic edit API like every record,
// locked when decided but for the decision, the follow-up dates and the ratings, linked to
// an agreement's measures and the lägesbild's problems without holding them, and kept
// beside the agreements so that no signed agreement's fingerprint moves.

#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class MeasurePlanTest : public StorageDataTest
{
protected:
    /// tests/data/exchange/full.json: a decided plan (an adopted row, an own row, a
    /// confidential own row) and a draft.
    static core::MunicipalityData fullDocument()
    {
        return readDocument(q(SAMVERKA_SOURCE_DIR "/tests/data/exchange/full.json"));
    }

    static const core::MeasurePlan *plan(const QList<core::MeasurePlan> &all, const QString &id)
    {
        for (const core::MeasurePlan &p : all)
            if (p.id == id)
                return &p;
        return nullptr;
    }

    static bool frozen(const std::function<void()> &write)
    {
        try {
            write();
            return false;
        } catch (const StorageError &e) {
            return e.kind() == StorageError::Kind::Frozen && !e.message().isEmpty();
        }
    }
};

TEST_F(MeasurePlanTest, APlanItsRowsAndRatingsAreEditedAndReadBack)
{
    auto file = makeFile(fullDocument());
    const QString id = file->insertRecord(RecordKind::MeasurePlan, {},
                                          {{q("title"), q("Åtgärdsplan 2026")},
                                           {q("validFrom"), QDate(2026, 1, 1)},
                                           {q("situationPicture"), q("lb-2023")}});
    file->setField(RecordKind::MeasurePlan, id, q("validTo"), QDate(2027, 12, 31));
    const QString adopted =
        file->insertRecord(RecordKind::PlanRow, id, {{q("measure"), q("m-ljus")}});
    const QString own = file->insertRecord(
        RecordKind::PlanRow, id,
        {{q("title"), q("Föräldravandringar")}, {q("problems"), QStringList{q("lb-2023-p2")}}});
    file->setField(RecordKind::PlanRow, own, q("operativeGoals"), q("Tio vandringar per termin"));
    file->setField(RecordKind::PlanRow, own, q("responsible"), QStringList{q("p-kommun")});
    file->setField(RecordKind::PlanRow, own, q("budgetSek"), 12000.0);
    const QString date =
        file->insertRecord(RecordKind::PlanFollowUpDate, id, {{q("date"), QDate(2026, 6, 15)}});
    file->insertRecord(RecordKind::PlanRating, own,
                       {{q("date"), QDate(2026, 6, 15)}, {q("colour"), q("yellow")}});
    const QString later = file->insertRecord(
        RecordKind::PlanRating, own,
        {{q("date"), QDate(2026, 12, 1)}, {q("colour"), q("red")}, {q("comment"), q("Inställt")}});

    const QList<core::MeasurePlan> plans = file->measurePlans();
    const core::MeasurePlan *p = plan(plans, id);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->title, q("Åtgärdsplan 2026"));
    EXPECT_EQ(p->validTo, QDate(2027, 12, 31));
    EXPECT_EQ(p->situationPicture, q("lb-2023"));
    ASSERT_EQ(p->followUpDates.size(), 1);
    EXPECT_EQ(p->followUpDates.first().id, date);
    ASSERT_EQ(p->rows.size(), 2);
    EXPECT_EQ(p->rows.at(0).measure, q("m-ljus"));
    EXPECT_TRUE(p->rows.at(0).isAdopted());
    const core::PlanRow &row = p->rows.at(1);
    EXPECT_FALSE(row.isAdopted());
    EXPECT_EQ(row.problems, QStringList{q("lb-2023-p2")});
    EXPECT_EQ(row.operativeGoals, q("Tio vandringar per termin"));
    EXPECT_EQ(row.budgetSek, 12000.0);
    ASSERT_EQ(row.ratings.size(), 2);
    ASSERT_NE(row.latestRating(), nullptr);
    EXPECT_EQ(row.latestRating()->id, later);
    EXPECT_EQ(row.latestRating()->colour, core::RatingColour::Red);
    EXPECT_EQ(file->loadAll().measurePlans, file->measurePlans());

    const auto invalid = [&](RecordKind kind, const QString &record, const char *field,
                             const QVariant &value) {
        try {
            file->setField(kind, record, q(field), value);
            return false;
        } catch (const StorageError &e) {
            return e.kind() == StorageError::Kind::Invalid && !e.message().isEmpty();
        }
    };
    const QList<core::MeasurePlan> before = file->measurePlans();
    EXPECT_TRUE(invalid(RecordKind::PlanRating, later, "colour", q("blue")));
    EXPECT_TRUE(invalid(RecordKind::PlanRating, later, "date", QDate()));
    EXPECT_TRUE(invalid(RecordKind::PlanRow, own, "measure", q("no-such-measure")));
    EXPECT_TRUE(invalid(RecordKind::PlanRow, own, "problems", QStringList{q("no-such")}));
    EXPECT_TRUE(invalid(RecordKind::MeasurePlan, id, "status", q("adopted")));
    EXPECT_TRUE(invalid(RecordKind::PlanRow, own, "budgetSek", -1.0));
    EXPECT_EQ(file->measurePlans(), before) << "a refused value leaves the plan as it was";
}

TEST_F(MeasurePlanTest, ADecidedPlanIsLockedButItsDecisionAndFollowUpAreNot)
{
    auto file = makeFile(fullDocument()); // ap-2024 is decided, ap-2026 a draft
    const QList<core::MeasurePlan> before = file->measurePlans();
    const core::MeasurePlan *decided = plan(before, q("ap-2024"));
    ASSERT_NE(decided, nullptr);
    ASSERT_EQ(decided->status, core::PlanStatus::Decided);
    const QString row = decided->rows.at(1).id;
    EXPECT_TRUE(frozen(
        [&] { file->setField(RecordKind::MeasurePlan, q("ap-2024"), q("title"), q("Ändrad")); }));
    EXPECT_TRUE(frozen([&] { file->setField(RecordKind::PlanRow, row, q("when"), q("Aldrig")); }));
    EXPECT_TRUE(frozen([&] {
        file->insertRecord(RecordKind::PlanRow, q("ap-2024"), {{q("title"), q("Ny")}});
    }));
    EXPECT_TRUE(frozen([&] { file->removeRecord(RecordKind::PlanRow, row); }));
    EXPECT_TRUE(frozen([&] { file->moveRecord(RecordKind::PlanRow, row, 0); }));
    EXPECT_EQ(file->measurePlans(), before) << "nothing of what was decided changed";

    // What follows the decision stays open: its diary number, a follow-up date, a rating,
    // an own measure's execution status.
    file->setField(RecordKind::MeasurePlan, q("ap-2024"), q("diaryNumber"), q("KS 2024/18"));
    file->setField(RecordKind::PlanRow, row, q("status"), q("done"));
    file->insertRecord(RecordKind::PlanFollowUpDate, q("ap-2024"),
                       {{q("date"), QDate(2025, 9, 1)}});
    file->insertRecord(RecordKind::PlanRating, row,
                       {{q("date"), QDate(2025, 3, 15)}, {q("colour"), q("green")}});
    const QList<core::MeasurePlan> plans = file->measurePlans();
    const core::MeasurePlan *after = plan(plans, q("ap-2024"));
    EXPECT_EQ(after->diaryNumber, q("KS 2024/18"));
    EXPECT_EQ(after->followUpDates.size(), 3);
    EXPECT_EQ(after->rows.at(1).latestRating()->colour, core::RatingColour::Green);
    EXPECT_EQ(after->rows.at(1).status, core::MeasureStatus::Done);
    // Back to draft, it opens again.
    file->setField(RecordKind::MeasurePlan, q("ap-2024"), q("status"), q("draft"));
    file->setField(RecordKind::PlanRow, row, q("when"), q("Varje höst"));
    EXPECT_EQ(plan(file->measurePlans(), q("ap-2024"))->rows.at(1).when, q("Varje höst"));
}

TEST_F(MeasurePlanTest, LinksAreClearedByRemovalAndRestoredByUndo)
{
    auto file = makeFile(fullDocument());
    const auto decided = [&] { return *plan(file->measurePlans(), q("ap-2024")); };
    const core::MeasurePlan before = decided();
    ASSERT_EQ(before.rows.at(0).measure, q("m-krog"));
    ASSERT_EQ(before.rows.at(1).problems, (QStringList{q("lb-2023-p1"), q("lb-2023-p2")}));

    // The agreement's measure goes (a-2024 is in review): the row stays, without it.
    const RecordSnapshot measure = file->removeRecord(RecordKind::Measure, q("m-krog"));
    EXPECT_TRUE(decided().rows.at(0).measure.isEmpty());
    EXPECT_EQ(decided().rows.at(0).ratings, before.rows.at(0).ratings) << "its history stays";
    file->restoreRecord(measure);
    EXPECT_EQ(decided(), before);

    // The lägesbild goes: the plan forgets its basis and the problems aimed at.
    const RecordSnapshot edition = file->removeRecord(RecordKind::SituationPicture, q("lb-2023"));
    EXPECT_TRUE(decided().situationPicture.isEmpty());
    EXPECT_TRUE(decided().rows.at(1).problems.isEmpty());
    file->restoreRecord(edition);
    EXPECT_EQ(decided(), before);

    // The plan itself goes whole, and comes back whole.
    const QList<core::MeasurePlan> all = file->measurePlans();
    const RecordSnapshot whole = file->removeRecord(RecordKind::MeasurePlan, q("ap-2024"));
    EXPECT_EQ(scalar(q("SELECT count(*) FROM measure_plan_ratings")), 0);
    file->restoreRecord(whole);
    EXPECT_EQ(file->measurePlans(), all);
}

TEST_F(MeasurePlanTest, AMergeUpdatesAPlanAndKeepsTheSignedAgreementsFingerprint)
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

    // A plan arrives, own rows only (the demo has none of full.json's measures), then a
    // rating is added in a second document.
    core::MeasurePlan incoming;
    incoming.id = q("ap-merge");
    incoming.title = q("Åtgärdsplan från kollegan");
    core::PlanRow row;
    row.id = q("ap-merge-r1");
    row.title = q("Belysning i gångtunneln");
    incoming.rows << row;
    demo.measurePlans = {incoming};
    ImportReport report = file->merge(demo);
    EXPECT_EQ(report.inserted, 2);
    demo.measurePlans[0].rows[0].ratings << core::PlanRating{
        q("ap-merge-b1"), QDate(2025, 5, 1), core::RatingColour::Yellow, q("Halvvägs")};
    report = file->merge(demo);
    EXPECT_EQ(report.inserted, 1);
    const QList<core::MeasurePlan> plans = file->measurePlans();
    const core::MeasurePlan *merged = plan(plans, q("ap-merge"));
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(merged->rows.first().ratings.size(), 1);

    for (const core::Agreement &a : file->loadAll().agreements)
        if (a.id == signedId) {
            EXPECT_EQ(a.fingerprint, fingerprint);
        }
    EXPECT_TRUE(file->verifyFingerprint(signedId));
}

} // namespace
} // namespace samverka::storage::datatest
