// Population typed in by hand goes through the generic edit API like every other
// record, addressed by its row id (schema version 8), so that each edit can be undone:
// set a value, insert a year, remove one and restore it. (municipality code, year)
// stays unique and is set on insert only.

#include "FrozenRules.h"
#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class PopulationEditTest : public StorageDataTest
{};

QString idOf(const MunicipalityFile &file, const QString &code, int year)
{
    for (const core::Population &row : file.population())
        if (row.municipalityCode == code && row.year == year)
            return row.rowId.value;
    return {};
}

qint64 valueFor(const MunicipalityFile &file, int year)
{
    for (const core::Population &row : file.population())
        if (row.year == year)
            return row.value;
    return -1;
}

TEST_F(PopulationEditTest, AddressIsTheRowId)
{
    auto file = makeFile();
    // The sample's row without a code was given the file's own code, and an id of its own.
    const QString id = idOf(*file, q("2280"), 2023);
    EXPECT_EQ(id.size(), 36) << id.toStdString();
    EXPECT_EQ(file->field(RecordKind::Population, id, q("value")).toLongLong(), 25000);
    EXPECT_EQ(file->field(RecordKind::Population, id, q("year")).toInt(), 2023);
    try {
        file->field(RecordKind::Population, q("2280:2023"), q("value"));
        ADD_FAILURE() << "version 7's address still finds a row";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NotFoundRecord);
    }
}

TEST_F(PopulationEditTest, SetValueIsAuditedAndChecked)
{
    auto file = makeFile();
    const QString id = idOf(*file, q("2280"), 2023);
    file->setField(RecordKind::Population, id, q("value"), 25100);
    EXPECT_EQ(valueFor(*file, 2023), 25100);
    const AuditEntry entry = file->auditLog(1).first();
    EXPECT_EQ(entry.entity, q("population"));
    EXPECT_EQ(entry.recordId, id);
    EXPECT_EQ(entry.field, q("value"));
    EXPECT_EQ(entry.oldValue, q("25000"));
    EXPECT_EQ(entry.newValue, q("25100"));

    const auto refused = [&](const char *field, const QVariant &value) {
        try {
            file->setField(RecordKind::Population, id, q(field), value);
            return false;
        } catch (const StorageError &e) {
            return e.kind() == StorageError::Kind::Invalid && !e.message().isEmpty();
        }
    };
    EXPECT_TRUE(refused("value", -5));
    EXPECT_TRUE(refused("value", q("många")));
    // The key is unique and set once: a year typed for another year would be a new row.
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
    EXPECT_EQ(idOf(*file, q("2280"), 2024), id); // the file's own code when none is given
    EXPECT_EQ(valueFor(*file, 2024), 24800);
    EXPECT_EQ(file->population().size(), 2);
    EXPECT_EQ(file->auditLog(1).first().recordId, id);

    // The same year twice, a year without a value, a field population does not have.
    try {
        file->insertRecord(RecordKind::Population, QString(), {{q("year"), 2024}, {q("value"), 1}});
        ADD_FAILURE() << "a year was added twice";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Invalid);
        EXPECT_TRUE(e.message().contains(q("2280"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(q("2024"))) << e.message().toStdString();
    }
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
    EXPECT_EQ(idOf(*file, q("2281"), 2024), other);
    EXPECT_NE(other, id);
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
    EXPECT_THROW(file->moveRecord(RecordKind::Population, idOf(*file, q("2280"), 2023), 0),
                 StorageError);
    EXPECT_FALSE(FrozenRules::isFrozenField(RecordKind::Population, q("value")));
}

} // namespace
} // namespace samverka::storage::datatest
