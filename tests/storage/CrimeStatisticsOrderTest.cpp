// Reported crimes come back in the order they came (within a municipality, year and
// period), although the table is keyed by municipality, year, period and crime type:
// through an exchange document (create and merge) as through a CSV import.

#include "StorageDataFixture.h"

#include "ExchangeReader.h"
#include "ExchangeWriter.h"

namespace samverka::storage::datatest {
namespace {

class CrimeStatisticsOrderTest : public StorageDataTest
{};

core::CrimeStatistic crime(const char *type, int count, int year = 2023)
{
    return core::CrimeStatistic{q("2280"), q("Härnösand"), year,  QString(),
                                q(type),   QString(),      count, false};
}

QStringList typesOf(const QList<core::CrimeStatistic> &rows)
{
    QStringList types;
    for (const core::CrimeStatistic &row : rows)
        types << QStringLiteral("%1 %2 %3").arg(row.year).arg(row.crimeType).arg(*row.count);
    return types;
}

core::MunicipalityData withStatistics(QList<core::CrimeStatistic> rows)
{
    core::MunicipalityData data = sampleData();
    data.crimeStatistics = std::move(rows);
    return data;
}

TEST_F(CrimeStatisticsOrderTest, ADocumentsOrderSurvivesCreateAndAnExportRoundTrip)
{
    // Not in the order of the key: "Olaga hot" after "Ofredande" would be the key's order.
    auto file = makeFile(withStatistics({crime("Olaga hot", 3), crime("Ofredande", 2),
                                         crime("Misshandel", 1), crime("Rån", 9, 2022)}));
    const QStringList expected = {q("2022 Rån 9"), q("2023 Olaga hot 3"), q("2023 Ofredande 2"),
                                  q("2023 Misshandel 1")};
    EXPECT_EQ(typesOf(file->crimeStatistics()), expected);

    const core::ExchangeWriter::Options options{true, QDateTime(), true};
    const QByteArray exported = core::ExchangeWriter::write(file->loadAll(true), options);
    auto second = MunicipalityFile::createFrom(m_dir.filePath(q("second.samverka")),
                                               core::ExchangeReader::read(exported).data);
    EXPECT_EQ(typesOf(second->crimeStatistics()), expected);
}

TEST_F(CrimeStatisticsOrderTest, AMergeAddsNewKeysLastAndLeavesKnownRowsUntouched)
{
    const QList<core::CrimeStatistic> first = {crime("Olaga hot", 3), crime("Ofredande", 2)};
    auto file = makeFile(withStatistics(first));
    {
        // A marker that any rewrite of a row would replace.
        auto db = raw();
        db->exec(q("UPDATE crime_statistics SET updated_at = '2000-01-01T00:00:00Z'"));
    }
    file->merge(withStatistics(first));
    EXPECT_EQ(scalar(q("SELECT count(*) FROM crime_statistics WHERE updated_at <> "
                       "'2000-01-01T00:00:00Z'")),
              0)
        << "merging the same rows again rewrote them";

    // A new key goes after the stored ones whatever its place in the document; a changed
    // known key keeps its place.
    file->merge(withStatistics({crime("Misshandel", 1), crime("Ofredande", 4)}));
    EXPECT_EQ(typesOf(file->crimeStatistics()),
              (QStringList{q("2023 Olaga hot 3"), q("2023 Ofredande 4"), q("2023 Misshandel 1")}));
    // The place is kept in id, as in version 1 (whose reading query orders by it).
    EXPECT_EQ(scalar(q("SELECT id FROM crime_statistics WHERE crime_type = 'Ofredande'")), 1);
    EXPECT_EQ(scalar(q("SELECT id FROM crime_statistics WHERE crime_type = 'Misshandel'")), 2);
    EXPECT_EQ(scalar(q("SELECT count(*) FROM crime_statistics WHERE updated_at <> "
                       "'2000-01-01T00:00:00Z'")),
              2)
        << "the new row and the changed one";
}

} // namespace
} // namespace samverka::storage::datatest
