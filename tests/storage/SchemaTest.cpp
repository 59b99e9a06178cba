// The schema itself refuses what the exchange format refuses: unknown enum words,
// dangling references; and children go with their parent.

#include "StorageDataFixture.h"

#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class SchemaTest : public StorageDataTest
{};

TEST_F(SchemaTest, UnknownEnumWordIsRefusedByCheck)
{
    makeFile();
    auto db = raw();
    EXPECT_THROW(db->exec(q("UPDATE agreements SET status = 'approved' WHERE id = 'a1'")),
                 StorageError);
    EXPECT_THROW(db->exec(q("UPDATE measures SET status = 'late' WHERE id = 'm1'")), StorageError);
    EXPECT_THROW(db->exec(q("INSERT INTO parties (id, kind, name) VALUES ('x', 'church', 'X')")),
                 StorageError);
    EXPECT_THROW(db->exec(q("UPDATE check_items SET step = 6 WHERE id = 'ck1'")), StorageError);
    EXPECT_THROW(db->exec(q("UPDATE commitments SET part = 3 WHERE id = 'c1'")), StorageError);
    EXPECT_NO_THROW(db->exec(q("UPDATE measures SET status = 'ongoing' WHERE id = 'm1'")));
}

TEST_F(SchemaTest, DanglingReferenceIsRefusedByForeignKey)
{
    makeFile();
    auto db = raw();
    EXPECT_THROW(db->exec(q("INSERT INTO measure_causes (measure_id, cause_id) "
                            "VALUES ('m1', 'no-such-cause')")),
                 StorageError);
    EXPECT_THROW(db->exec(q("INSERT INTO problems (id, agreement_id) VALUES ('p9', 'nope')")),
                 StorageError);
    EXPECT_THROW(db->exec(q("DELETE FROM parties WHERE id = 'p-polis'")), StorageError);
}

TEST_F(SchemaTest, ChildrenCascadeWithTheirParent)
{
    makeFile();
    {
        auto db = raw();
        db->exec(q("DELETE FROM problems WHERE id = 'pr1'"));
    }
    EXPECT_EQ(scalar(q("SELECT count(*) FROM causes WHERE problem_id = 'pr1'")), 0);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM measure_causes WHERE cause_id IN ('ca1','ca2')")), 0);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM focus_area_problems WHERE problem_id = 'pr1'")), 0);
    // A goal's problem reference is cleared, the goal stays.
    EXPECT_EQ(scalar(q("SELECT count(*) FROM goals WHERE id = 'go1' AND problem_id IS NULL")), 1);
}

TEST_F(SchemaTest, CrimeStatisticsHaveOneRowPerNaturalKey)
{
    makeFile();
    auto db = raw();
    db->exec(q("INSERT INTO crime_statistics (municipality_code, year, period, crime_type, count, "
               "id) VALUES ('2280', 2023, '', 'Misshandel', 10, 0)"));
    EXPECT_THROW(db->exec(q("INSERT INTO crime_statistics (municipality_code, year, period, "
                            "crime_type, count, id) VALUES ('2280', 2023, '', "
                            "'Misshandel', 11, 1)")),
                 StorageError);
    // The place in the order rows came in (id, not a key) is always written.
    EXPECT_THROW(db->exec(q("INSERT INTO crime_statistics (municipality_code, year, period, "
                            "crime_type, count) VALUES ('2280', 2023, '', 'Rån', 3)")),
                 StorageError);
    EXPECT_THROW(db->exec(q("INSERT INTO municipality (id, name) VALUES (2, 'Second')")),
                 StorageError);
}

TEST_F(SchemaTest, LoadsBackWhatWasImported)
{
    auto file = makeFile();
    const core::MunicipalityData expected = sampleData();
    const core::MunicipalityData loaded = file->loadAll(true);
    EXPECT_EQ(loaded.municipality, expected.municipality);
    EXPECT_EQ(loaded.parties, expected.parties);
    EXPECT_EQ(loaded.people, expected.people);
    ASSERT_EQ(loaded.agreements.size(), 1);
    EXPECT_EQ(loaded.agreements.first(), expected.agreements.first());
    EXPECT_EQ(loaded.citizenPromiseSets, expected.citizenPromiseSets);
    EXPECT_EQ(loaded.meetings, expected.meetings);
    ASSERT_EQ(loaded.attachments.size(), 1);
    EXPECT_EQ(loaded.attachments.first().data, expected.attachments.first().data);
    EXPECT_FALSE(loaded.attachments.first().sha256.isEmpty());
    ASSERT_EQ(loaded.population.size(), 1);
    EXPECT_EQ(loaded.population.first().municipalityCode, q("2280"));
    EXPECT_FALSE(file->attachments().first().hasData);
    EXPECT_EQ(file->attachmentData(q("at1")), QByteArray("%PDF-1.4 test"));
    EXPECT_THROW(file->agreement(q("nope")), StorageError);
}

} // namespace
} // namespace samverka::storage::datatest
