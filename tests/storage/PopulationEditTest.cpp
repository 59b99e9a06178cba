// Population typed in by hand goes through the generic edit API like every other
// record, addressed by its natural key (municipality code and year), so that each
// edit can be undone: set a value, insert a year, remove one and restore it.

#include "FrozenRules.h"
#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class PopulationEditTest : public StorageDataTest
{};

qint64 valueFor(const MunicipalityFile &file, int year)
{
    for (const core::Population &row : file.population())
        if (row.year == year)
            return row.value;
    return -1;
}

TEST_F(PopulationEditTest, AddressIsCodeAndYear)
{
    EXPECT_EQ(populationId(q("2280"), 2023), q("2280:2023"));
    auto file = makeFile();
    // The sample's row without a code was given the file's own code.
    EXPECT_EQ(file->field(RecordKind::Population, q("2280:2023"), q("value")).toLongLong(), 25000);
    EXPECT_EQ(file->field(RecordKind::Population, q("2280:2023"), q("year")).toInt(), 2023);
    try {
        file->field(RecordKind::Population, q("2280:1999"), q("value"));
        ADD_FAILURE() << "a year without population was found";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NotFoundRecord);
    }
}

TEST_F(PopulationEditTest, SetValueIsAuditedAndChecked)
{
    auto file = makeFile();
    file->setField(RecordKind::Population, q("2280:2023"), q("value"), 25100);
    EXPECT_EQ(valueFor(*file, 2023), 25100);
    const AuditEntry entry = file->auditLog(1).first();
    EXPECT_EQ(entry.entity, q("population"));
    EXPECT_EQ(entry.recordId, q("2280:2023"));
    EXPECT_EQ(entry.field, q("value"));
    EXPECT_EQ(entry.oldValue, q("25000"));
    EXPECT_EQ(entry.newValue, q("25100"));

    const auto refused = [&](const char *field, const QVariant &value) {
        try {
            file->setField(RecordKind::Population, q("2280:2023"), q(field), value);
            return false;
        } catch (const StorageError &e) {
            return e.kind() == StorageError::Kind::Invalid && !e.message().isEmpty();
        }
    };
    EXPECT_TRUE(refused("value", -5));
    EXPECT_TRUE(refused("value", q("många")));
    // The key is the address: changing it would strand every undo command.
    EXPECT_TRUE(refused("year", 2024));
    EXPECT_TRUE(refused("municipalityCode", q("2281")));
    EXPECT_EQ(valueFor(*file, 2023), 25100);
}

TEST_F(PopulationEditTest, InsertRemoveRestore)
{
    auto file = makeFile();
    QStringList changedIds;
    QObject::connect(file.get(), &MunicipalityFile::changed, file.get(), [&](const Change &change) {
        if (change.kind == RecordKind::Population)
            changedIds << change.id;
    });
    const QString id = file->insertRecord(RecordKind::Population, QString(),
                                          {{q("year"), 2024}, {q("value"), 24800}});
    EXPECT_EQ(id, q("2280:2024")); // the file's own code when none is given
    EXPECT_EQ(valueFor(*file, 2024), 24800);
    EXPECT_EQ(file->population().size(), 2);
    EXPECT_EQ(file->auditLog(1).first().recordId, id);

    // The same year twice, a year without a value, a field population does not have.
    EXPECT_THROW(
        file->insertRecord(RecordKind::Population, QString(), {{q("year"), 2024}, {q("value"), 1}}),
        StorageError);
    EXPECT_THROW(file->insertRecord(RecordKind::Population, QString(), {{q("year"), 2025}}),
                 StorageError);
    EXPECT_THROW(file->insertRecord(RecordKind::Population, QString(),
                                    {{q("year"), 2025}, {q("value"), 1}, {q("title"), q("x")}}),
                 StorageError);
    EXPECT_EQ(file->population().size(), 2);

    const RecordSnapshot snapshot = file->removeRecord(RecordKind::Population, id);
    EXPECT_EQ(snapshot.id, id);
    EXPECT_EQ(valueFor(*file, 2024), -1);
    EXPECT_EQ(file->auditLog(1).first().newValue, QString()); // a removal
    file->restoreRecord(snapshot);
    EXPECT_EQ(valueFor(*file, 2024), 24800);
    EXPECT_EQ(changedIds, QStringList({id, id, id}));

    // Another municipality's row (a police area covering several) has its own address.
    const QString other = file->insertRecord(
        RecordKind::Population, QString(),
        {{q("municipalityCode"), q("2281")}, {q("year"), 2024}, {q("value"), 98000}});
    EXPECT_EQ(other, q("2281:2024"));
    file->removeRecord(RecordKind::Population, other);
    EXPECT_EQ(valueFor(*file, 2024), 24800);

    // Everything is on disk: a second open sees it.
    file.reset();
    auto reopened = MunicipalityFile::open(m_path);
    EXPECT_EQ(valueFor(*reopened, 2024), 24800);
    EXPECT_EQ(reopened->population().size(), 2);
}

TEST_F(PopulationEditTest, PopulationIsNeverFrozenNorOrdered)
{
    auto file = makeFile();
    EXPECT_THROW(file->moveRecord(RecordKind::Population, q("2280:2023"), 0), StorageError);
    EXPECT_FALSE(FrozenRules::isFrozenField(RecordKind::Population, q("value")));
}

} // namespace
} // namespace samverka::storage::datatest
