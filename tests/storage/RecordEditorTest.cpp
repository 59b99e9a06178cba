// Generic edits: one field at a time with an audit row each, validation of words
// and references, remove + restore round trips and display order.

#include "StorageDataFixture.h"

#include "FieldRegistry.h"
#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class RecordEditorTest : public StorageDataTest
{};

StorageError::Kind kindOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StorageError &error) {
        return error.kind();
    }
    ADD_FAILURE() << "no StorageError";
    return StorageError::Kind::Io;
}

TEST_F(RecordEditorTest, SetFieldWritesAndAuditsOldAndNew)
{
    auto file = makeFile();
    file->setField(RecordKind::Measure, q("m1"), q("title"), q("Krogtillsyn (AAS)"));
    EXPECT_EQ(file->agreement(q("a1")).measures.first().title, q("Krogtillsyn (AAS)"));
    const AuditEntry entry = file->auditLog(1).first();
    EXPECT_EQ(entry.user, q("Testare"));
    EXPECT_EQ(entry.entity, q("measure"));
    EXPECT_EQ(entry.recordId, q("m1"));
    EXPECT_EQ(entry.field, q("title"));
    EXPECT_EQ(entry.oldValue, q("Krogtillsyn"));
    EXPECT_EQ(entry.newValue, q("Krogtillsyn (AAS)"));
    EXPECT_EQ(entry.at, m_clock.now());
}

TEST_F(RecordEditorTest, SetsEveryValueType)
{
    auto file = makeFile();
    file->setField(RecordKind::Measure, q("m1"), q("budgetSek"), 75000.5);
    file->setField(RecordKind::Measure, q("m1"), q("plannedCount"), 12);
    file->setField(RecordKind::Measure, q("m1"), q("start"), QDate(2024, 2, 1));
    file->setField(RecordKind::Measure, q("m1"), q("confidential"), true);
    file->setField(RecordKind::Measure, q("m1"), q("type"), q("situational"));
    file->setField(RecordKind::Measure, q("m1"), q("causes"), QStringList{q("ca2")});
    file->setField(RecordKind::Agreement, q("a1"), q("part1.purpose"), q("Nytt syfte"));
    file->setField(RecordKind::Agreement, q("a1"), q("validTo"), QDate());
    file->setField(RecordKind::Problem, q("pr1"), q("sources"), QStringList{q("local_survey")});
    file->setField(RecordKind::Goal, q("go1"), q("baseline.value"), QVariant());
    const core::Agreement a = file->agreement(q("a1"));
    const core::Measure &m = a.measures.first();
    EXPECT_EQ(m.budgetSek, 75000.5);
    EXPECT_EQ(m.plannedCount, 12);
    EXPECT_EQ(m.start, QDate(2024, 2, 1));
    EXPECT_TRUE(m.confidential);
    EXPECT_EQ(m.type, core::MeasureType::Situational);
    EXPECT_EQ(m.causes, QStringList{q("ca2")});
    EXPECT_EQ(a.part1.purpose, q("Nytt syfte"));
    EXPECT_FALSE(a.validTo.isValid());
    EXPECT_EQ(a.problems.first().sources, QList{core::ProblemSource::LocalSurvey});
    EXPECT_FALSE(a.goals.first().baseline.value.has_value());
    EXPECT_EQ(file->field(RecordKind::Measure, q("m1"), q("causes")).toStringList(),
              QStringList{q("ca2")});
    EXPECT_EQ(file->auditLog(1).first().newValue, q(""));
}

TEST_F(RecordEditorTest, AmountsAndCountsAreHeldExactlyAndOutOfRangeIsRefused)
{
    auto file = makeFile();
    file->setField(RecordKind::Measure, q("m1"), q("budgetSek"), qint64(5'000'000'000));
    file->setField(RecordKind::Measure, q("m1"), q("plannedCount"), qint64(1'000'000'000));
    core::Measure m = file->agreement(q("a1")).measures.first();
    EXPECT_EQ(m.budgetSek, 5'000'000'000.0);
    EXPECT_EQ(m.plannedCount, 1'000'000'000);
    EXPECT_EQ(file->field(RecordKind::Measure, q("m1"), q("plannedCount")).toLongLong(),
              1'000'000'000);
    // Out of range: refused, never wrapped or clamped, and the stored values stay.
    for (const auto &[field, value] : {std::pair{q("budgetSek"), QVariant(-500)},
                                       {q("budgetSek"), QVariant(1e13)},
                                       {q("plannedCount"), QVariant(qint64(3'000'000'000))},
                                       {q("plannedCount"), QVariant(-1)},
                                       {q("hours"), QVariant(-2.5)},
                                       {q("budgetSek"), QVariant(q("nan"))}}) {
        EXPECT_EQ(kindOf([&] { file->setField(RecordKind::Measure, q("m1"), field, value); }),
                  StorageError::Kind::Invalid)
            << field.toStdString() << " " << value.toString().toStdString();
    }
    EXPECT_EQ(kindOf([&] {
                  file->setField(RecordKind::FollowUp, q("f1"), q("count"), qint64(4'294'967'300));
              }),
              StorageError::Kind::Invalid);
    m = file->agreement(q("a1")).measures.first();
    EXPECT_EQ(m.budgetSek, 5'000'000'000.0);
    EXPECT_EQ(m.plannedCount, 1'000'000'000);
}

TEST_F(RecordEditorTest, UnknownWordsFieldsAndReferencesAreInvalid)
{
    auto file = makeFile();
    try {
        file->setField(RecordKind::Measure, q("m1"), q("status"), q("late"));
        FAIL() << "accepted an unknown word";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        EXPECT_TRUE(error.message().contains(q("status")));
    }
    EXPECT_EQ(kindOf([&] { file->setField(RecordKind::Measure, q("m1"), q("colour"), 1); }),
              StorageError::Kind::Invalid);
    EXPECT_EQ(kindOf([&] {
                  file->setField(RecordKind::Measure, q("m1"), q("causes"),
                                 QStringList{q("no-such-cause")});
              }),
              StorageError::Kind::Invalid);
    EXPECT_EQ(
        kindOf([&] { file->setField(RecordKind::Goal, q("go2"), q("problem"), q("no-such")); }),
        StorageError::Kind::Invalid);
    EXPECT_EQ(kindOf([&] { file->setField(RecordKind::Measure, q("nope"), q("title"), q("x")); }),
              StorageError::Kind::NotFoundRecord);
    EXPECT_EQ(kindOf([&] { file->setField(RecordKind::FollowUp, q("f1"), q("date"), QDate()); }),
              StorageError::Kind::Invalid);
    EXPECT_EQ(
        kindOf([&] { file->setField(RecordKind::Agreement, q("a1"), q("status"), q("signed")); }),
        StorageError::Kind::Refused);
    // Nothing of the refused edits reached the file.
    EXPECT_EQ(file->agreement(q("a1")).measures.first().status, core::MeasureStatus::Planned);
}

TEST_F(RecordEditorTest, RecordsWithoutIdAreAddressedByTheIdOfTheirRow)
{
    auto file = makeFile();
    const core::Agreement before = file->agreement(q("a1"));
    file->setField(RecordKind::DiaryNumber, before.diaryNumbers.at(1).rowId.value, q("number"),
                   q("A999/2024"));
    file->setField(RecordKind::GroupMember, before.part1.groups.first().members.first().rowId.value,
                   q("role"), q("sammankallande"));
    const core::Agreement a = file->agreement(q("a1"));
    EXPECT_EQ(a.diaryNumbers.at(1).number, q("A999/2024"));
    EXPECT_EQ(a.part1.groups.first().members.first().role, q("sammankallande"));
    file->setField(RecordKind::Commitment, before.part2.commitments.first().rowId.value, q("text"),
                   q("Polisen patrullerar"));
    EXPECT_EQ(file->agreement(q("a1")).part2.commitments.first().text, q("Polisen patrullerar"));
    EXPECT_TRUE(file->agreement(q("a1")).part2.commitments.first().id.isEmpty());
}

TEST_F(RecordEditorTest, InsertPlacesAtIndexAndAudits)
{
    auto file = makeFile();
    const QString id = file->insertRecord(RecordKind::Measure, q("a1"),
                                          {{q("title"), q("Trygghetsvandring")},
                                           {q("causes"), QStringList{q("ca2")}},
                                           {q("status"), q("ongoing")}},
                                          1);
    const core::Agreement a = file->agreement(q("a1"));
    ASSERT_EQ(a.measures.size(), 3);
    EXPECT_EQ(a.measures.at(1).id, id);
    EXPECT_EQ(a.measures.at(1).causes, QStringList{q("ca2")});
    EXPECT_EQ(a.measures.at(1).status, core::MeasureStatus::Ongoing);
    const AuditEntry entry = file->auditLog(1).first();
    EXPECT_EQ(entry.recordId, id);
    EXPECT_TRUE(entry.field.isEmpty());
    EXPECT_TRUE(entry.newValue.contains(q("Trygghetsvandring")));

    const QString commitment = file->insertRecord(
        RecordKind::Commitment, q("a1"), {{q("part"), 2}, {q("text"), q("Kommunen bidrar")}});
    EXPECT_EQ(file->agreement(q("a1")).part2.commitments.last().id, commitment);
    EXPECT_THROW(file->insertRecord(RecordKind::Cause, q("no-such-problem"), {}), StorageError);
    EXPECT_THROW(file->insertRecord(RecordKind::Measure, q("a1"), {{q("id"), q("m1")}}),
                 StorageError);
}

TEST_F(RecordEditorTest, RemoveAndRestoreRoundTripIncludingLinkRows)
{
    auto file = makeFile();
    const core::MunicipalityData before = file->loadAll(true);
    const RecordSnapshot snapshot = file->removeRecord(RecordKind::Cause, q("ca1"));
    EXPECT_EQ(file->agreement(q("a1")).measures.first().causes, QStringList{q("ca2")});
    EXPECT_EQ(file->auditLog(1).first().entity, q("cause"));
    file->restoreRecord(snapshot);
    EXPECT_EQ(file->loadAll(true), before);

    // A whole problem: its causes, the measures' links to them, the focus area's link,
    // and the goal's reference, which was cleared, all come back.
    const RecordSnapshot problem = file->removeRecord(RecordKind::Problem, q("pr1"));
    EXPECT_EQ(file->agreement(q("a1")).goals.first().problem, QString());
    file->restoreRecord(problem);
    EXPECT_EQ(file->loadAll(true), before);

    const RecordSnapshot measure = file->removeRecord(RecordKind::Measure, q("m1"));
    EXPECT_TRUE(file->promiseSets().first().promises.first().measures.isEmpty());
    EXPECT_TRUE(file->agreement(q("a1")).followUps.first().measure.isEmpty());
    file->restoreRecord(measure);
    EXPECT_EQ(file->loadAll(true), before);
    EXPECT_THROW(file->restoreRecord(measure), StorageError);
}

TEST_F(RecordEditorTest, RemovingSomethingStillReferredToIsRefused)
{
    auto file = makeFile();
    try {
        file->removeRecord(RecordKind::Party, q("p-polis"));
        FAIL() << "removed a party still named in an agreement";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Invalid);
        EXPECT_TRUE(error.message().contains(q("agreement")));
    }
    EXPECT_EQ(file->parties().size(), 2);
}

TEST_F(RecordEditorTest, MoveChangesDisplayOrder)
{
    auto file = makeFile();
    file->moveRecord(RecordKind::Measure, q("m2"), 0);
    EXPECT_EQ(file->agreement(q("a1")).measures.first().id, q("m2"));
    file->moveRecord(RecordKind::Cause, q("ca1"), 5);
    const auto causes = file->agreement(q("a1")).problems.first().causes;
    EXPECT_EQ(causes.last().id, q("ca1"));
    file->moveRecord(RecordKind::Party, q("p-polis"), 0);
    EXPECT_EQ(file->parties().first().id, q("p-polis"));
    EXPECT_EQ(file->auditLog(1).first().field, q("position"));
}

TEST_F(RecordEditorTest, EveryRecordKindIsRegistered)
{
    for (int k = int(RecordKind::Municipality); k <= int(lastRecordKind); ++k) {
        const KindSpec &spec = FieldRegistry::kind(RecordKind(k));
        EXPECT_EQ(spec.kind, RecordKind(k)) << k;
        EXPECT_FALSE(spec.fields.isEmpty()) << k;
        EXPECT_EQ(FieldRegistry::kindForTable(spec.table), &spec) << k;
    }
}

} // namespace
} // namespace samverka::storage::datatest
