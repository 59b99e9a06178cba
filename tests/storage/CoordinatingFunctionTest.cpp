// The samordningsfunktion (issue #14): one per municipality, kept on the file's metadata
// row, edited through the generic edit API, and merged from a document that names it.

#include "StorageDataFixture.h"

namespace samverka::storage::datatest {
namespace {

class CoordinatingFunctionTest : public StorageDataTest
{};

TEST_F(CoordinatingFunctionTest, IsEditedReferencesThePeopleAndPartiesAndIsMerged)
{
    auto file = makeFile();
    EXPECT_TRUE(file->municipality().coordinatingFunction.isEmpty());
    const QString id = q("municipality");
    file->setField(RecordKind::Municipality, id, q("coordinatingFunction.holder"),
                   q("Brottsförebyggande samordnare"));
    file->setField(RecordKind::Municipality, id, q("coordinatingFunction.person"), q("pe-anna"));
    file->setField(RecordKind::Municipality, id, q("coordinatingFunction.party"), q("p-kommun"));
    file->setField(RecordKind::Municipality, id, q("coordinatingFunction.since"),
                   QDate(2023, 7, 1));
    core::CoordinatingFunction f = file->municipality().coordinatingFunction;
    EXPECT_EQ(f.holder, q("Brottsförebyggande samordnare"));
    EXPECT_EQ(f.person, q("pe-anna"));
    EXPECT_EQ(f.party, q("p-kommun"));
    EXPECT_EQ(f.since, QDate(2023, 7, 1));
    EXPECT_TRUE(f.isNamed());

    // A person who holds it cannot be removed from under it.
    EXPECT_THROW(file->removeRecord(RecordKind::Person, q("pe-anna")), StorageError);
    EXPECT_EQ(file->municipality().coordinatingFunction, f);
    EXPECT_THROW(file->setField(RecordKind::Municipality, id, q("coordinatingFunction.party"),
                                q("no-such-party")),
                 StorageError);

    // A document without one keeps the file's; one that names it replaces it.
    core::MunicipalityData document = file->loadAll();
    document.municipality.coordinatingFunction = {};
    ImportReport report = file->merge(document);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(file->municipality().coordinatingFunction, f);
    document.municipality.coordinatingFunction.holder = q("Trygghetssamordnare");
    document.municipality.coordinatingFunction.mandate = q("Hela kommunen");
    report = file->merge(document);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(file->municipality().coordinatingFunction,
              document.municipality.coordinatingFunction);
    EXPECT_EQ(file->loadAll().municipality, document.municipality);
}

} // namespace
} // namespace samverka::storage::datatest
