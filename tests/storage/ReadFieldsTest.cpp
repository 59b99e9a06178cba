// A form's fields come from one read of the record (MunicipalityFile::fields, issue #13),
// and give exactly what reading each field on its own gives, for every field of every
// kind of record in the sample file, lists included; a misspelt field is named.

#include "StorageDataFixture.h"

#include "FieldRegistry.h"
#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class ReadFieldsTest : public StorageDataTest
{};

TEST_F(ReadFieldsTest, OneReadGivesWhatEachFieldGivesOnItsOwn)
{
    auto file = makeFile();
    const QList<QPair<RecordKind, QString>> records{
        {RecordKind::Municipality, {}},     {RecordKind::Agreement, q("a1")},
        {RecordKind::Problem, q("pr1")},    {RecordKind::Cause, q("ca1")},
        {RecordKind::FocusArea, q("fa1")},  {RecordKind::Goal, q("go1")},
        {RecordKind::Measure, q("m1")},     {RecordKind::Party, q("p-kommun")},
        {RecordKind::Person, q("pe-anna")}, {RecordKind::Commitment, q("c1")}};
    int compared = 0;
    for (const auto &[kind, id] : records) {
        SCOPED_TRACE(recordKindName(kind).toStdString());
        const QStringList names = FieldRegistry::kind(kind).fieldNames();
        const QVariantList values = file->fields(kind, id, names);
        ASSERT_EQ(values.size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            EXPECT_EQ(values.at(i), file->field(kind, id, names.at(i)))
                << names.at(i).toStdString();
            ++compared;
        }
    }
    EXPECT_GT(compared, 80);
    // Some of them are not empty, or the comparison proves little.
    const QVariantList measure =
        file->fields(RecordKind::Measure, q("m1"), {q("title"), q("causes"), q("status")});
    EXPECT_FALSE(measure.at(0).toString().isEmpty());
    EXPECT_FALSE(measure.at(1).toStringList().isEmpty());
    EXPECT_EQ(measure.at(2).toString(), q("planned"));
}

TEST_F(ReadFieldsTest, AMisspeltFieldOrAMissingRecordIsNamed)
{
    auto file = makeFile();
    try {
        file->fields(RecordKind::Measure, q("m1"), {q("title"), q("titel")});
        ADD_FAILURE() << "a misspelt field was read";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(q("titel"))) << error.message().toStdString();
    }
    try {
        file->fields(RecordKind::Measure, q("no-such"), {q("title")});
        ADD_FAILURE() << "a missing record was read";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::NotFoundRecord);
    }
}

} // namespace
} // namespace samverka::storage::datatest
