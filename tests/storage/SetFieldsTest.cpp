// Several fields of one record in one transaction: all of them, or none when one is
// refused; one change notification.

#include "StorageDataFixture.h"

#include "StorageError.h"

#include <QSignalSpy>

namespace samverka::storage::datatest {
namespace {

class SetFieldsTest : public StorageDataTest
{};

TEST_F(SetFieldsTest, AllFieldsAreWrittenTogether)
{
    auto file = makeFile();
    QSignalSpy changed(file.get(), &MunicipalityFile::changed);
    file->setFields(RecordKind::Goal, q("go1"),
                    {{q("baseline.value"), 412.0}, {q("baseline.date"), QDate(2024, 12, 31)}});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(file->field(RecordKind::Goal, q("go1"), q("baseline.value")).toDouble(), 412.0);
    EXPECT_EQ(file->field(RecordKind::Goal, q("go1"), q("baseline.date")).toDate(),
              QDate(2024, 12, 31));
}

TEST_F(SetFieldsTest, ARefusedFieldLeavesNoneWritten)
{
    auto file = makeFile();
    const QVariant before = file->field(RecordKind::Goal, q("go1"), q("baseline.value"));
    QSignalSpy changed(file.get(), &MunicipalityFile::changed);
    EXPECT_THROW(file->setFields(RecordKind::Goal, q("go1"),
                                 {{q("baseline.value"), 999.0}, {q("no-such-field"), 1}}),
                 StorageError);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(file->field(RecordKind::Goal, q("go1"), q("baseline.value")), before);
    // The file is still writable afterwards: the transaction was rolled back, not left open.
    file->setFields(RecordKind::Goal, q("go1"), {{q("baseline.value"), 7.0}});
    EXPECT_EQ(file->field(RecordKind::Goal, q("go1"), q("baseline.value")).toDouble(), 7.0);
}

} // namespace
} // namespace samverka::storage::datatest
