// Statistics: reported crimes upserted by their natural key, population, mapping.

#include "StorageDataFixture.h"

#include "StorageError.h"

namespace samverka::storage::datatest {
namespace {

class StatisticsStoreTest : public StorageDataTest
{};

core::CrimeStatistic crime(const char *type, std::optional<int> count, int year = 2023)
{
    core::CrimeStatistic row;
    row.municipalityCode = q("2280");
    row.municipalityName = q("Härnösand");
    row.year = year;
    row.crimeType = q(type);
    row.count = count;
    return row;
}

TEST_F(StatisticsStoreTest, ACountysDerivedPopulationFillsOnlyAYearWithoutOne)
{
    auto file = makeFile();
    // The user's own population of the county for 2022 is kept; 2023 had none.
    file->importPopulation({{q("22"), 2022, 244000}});
    core::CrimeStatistic county = crime("Misshandel", 1900);
    county.municipalityCode = q("22");
    county.municipalityName = q("Västernorrlands län");
    const StatisticsImportReport report =
        file->importCrimeStatistics({county}, {{q("22"), 2022, 245500}, {q("22"), 2023, 245161}});
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.population, 1);
    QList<core::Population> expected{{q("22"), 2022, 244000}, {q("22"), 2023, 245161}};
    QList<core::Population> stored;
    for (const core::Population &row : file->population())
        if (row.municipalityCode == q("22"))
            stored << row;
    EXPECT_EQ(stored, expected);
}

TEST_F(StatisticsStoreTest, ReimportUpdatesByNaturalKeyWithoutDuplicates)
{
    auto file = makeFile();
    const QList<core::CrimeStatistic> first = {crime("Misshandel", 120), crime("Skadegörelse", 300),
                                               crime("Rån", std::nullopt)};
    StatisticsImportReport report = file->importCrimeStatistics(first);
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.suppressed, 1);

    QList<core::CrimeStatistic> second = {crime("Misshandel", 125), crime("Skadegörelse", 300),
                                          crime("Misshandel", 90, 2022)};
    second[0].preliminary = true;
    report = file->importCrimeStatistics(second);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 1); // Skadegörelse 300 again
    EXPECT_EQ(report.suppressed, 0);

    const QList<core::CrimeStatistic> stored = file->crimeStatistics();
    ASSERT_EQ(stored.size(), 4);
    int misshandel2023 = 0;
    for (const core::CrimeStatistic &row : stored) {
        if (row.crimeType == q("Rån")) {
            EXPECT_FALSE(row.count.has_value()); // suppressed stays missing, never 0
        }
        if (row.crimeType == q("Misshandel") && row.year == 2023) {
            ++misshandel2023;
            EXPECT_EQ(row.count, 125);
            EXPECT_TRUE(row.preliminary);
        }
    }
    EXPECT_EQ(misshandel2023, 1);

    // A later ".." does not wipe a known count: the row is unchanged.
    report = file->importCrimeStatistics({crime("Misshandel", std::nullopt)});
    EXPECT_EQ(report.suppressed, 1);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 1);
    for (const core::CrimeStatistic &row : file->crimeStatistics())
        if (row.crimeType == q("Misshandel") && row.year == 2023) {
            EXPECT_EQ(row.count, 125);
        }
}

TEST_F(StatisticsStoreTest, LargeImportReadsBackInFileOrder)
{
    // Rows go in grouped by municipality, year and period, and the table is keyed by
    // the natural key; neither may show: within a group the file's order comes back.
    auto file = makeFile();
    QList<core::CrimeStatistic> rows = {crime("Rån", 5, 2023), crime("Misshandel", 120, 2023),
                                        crime("Skadegörelse", 300, 2022),
                                        crime("Misshandel", 110, 2022)};
    core::CrimeStatistic other = crime("Bedrägeri", 40, 2022);
    other.municipalityCode = q("2262");
    rows.prepend(other);
    rows.append(crime("Inbrott", std::nullopt, 2023));
    const StatisticsImportReport report = file->importCrimeStatistics(rows);
    EXPECT_EQ(report.imported, 6);

    QStringList order;
    for (const core::CrimeStatistic &row : file->crimeStatistics())
        order << QStringLiteral("%1 %2 %3")
                     .arg(row.municipalityCode)
                     .arg(row.year)
                     .arg(row.crimeType);
    EXPECT_EQ(order, (QStringList{q("2262 2022 Bedrägeri"), q("2280 2022 Skadegörelse"),
                                  q("2280 2022 Misshandel"), q("2280 2023 Rån"),
                                  q("2280 2023 Misshandel"), q("2280 2023 Inbrott")}));
}

TEST_F(StatisticsStoreTest, NewKeysGoAfterTheStoredRowsAndKnownKeysKeepTheirPlace)
{
    auto file = makeFile();
    file->importCrimeStatistics({crime("Rån", 5), crime("Misshandel", 120)});
    // A repeated key inside one import: the later row wins and the first one's place stays.
    const StatisticsImportReport report =
        file->importCrimeStatistics({crime("Inbrott", 7), crime("Misshandel", 121),
                                     crime("Bedrägeri", 40), crime("Inbrott", 8)});
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.updated, 2);

    QStringList order;
    for (const core::CrimeStatistic &row : file->crimeStatistics())
        order << QStringLiteral("%1 %2").arg(row.crimeType).arg(*row.count);
    EXPECT_EQ(order,
              (QStringList{q("Rån 5"), q("Misshandel 121"), q("Inbrott 8"), q("Bedrägeri 40")}));
    // The place is the id column, as version 1 had it (its reading query orders by id).
    auto db = raw();
    Statement ids = db->prepare(q("SELECT group_concat(crime_type || ':' || id, ',') FROM "
                                  "(SELECT crime_type, id FROM crime_statistics ORDER BY id)"));
    ASSERT_TRUE(ids.step());
    EXPECT_EQ(ids.text(0), q("Rån:0,Misshandel:1,Inbrott:2,Bedrägeri:4"));
}

TEST_F(StatisticsStoreTest, AFailedImportLeavesTheTableAsItWas)
{
    // A row the schema refuses (a negative count) rolls the whole import back, the
    // rows before it included.
    auto file = makeFile();
    file->importCrimeStatistics({crime("Rån", 5)});
    QList<core::CrimeStatistic> rows = {crime("Rån", 6), crime("Misshandel", 120)};
    rows.append(crime("Skadegörelse", -1));
    EXPECT_THROW(file->importCrimeStatistics(rows), StorageError);
    const QList<core::CrimeStatistic> stored = file->crimeStatistics();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().crimeType, q("Rån"));
    EXPECT_EQ(stored.first().count, 5);
}

TEST_F(StatisticsStoreTest, DocumentsReadTheOwnAndComparedMunicipalitiesAndSearchReadsNone)
{
    auto file = makeFile();
    QList<core::CrimeStatistic> rows;
    for (const char *code : {"2280", "2281", "2282", "22", "00"}) {
        core::CrimeStatistic row = crime("Misshandel", 10);
        row.municipalityCode = q(code);
        rows << row;
    }
    file->importCrimeStatistics(rows);
    const auto codesOf = [](const core::MunicipalityData &data) {
        QStringList codes;
        for (const core::CrimeStatistic &row : data.crimeStatistics)
            codes << row.municipalityCode;
        return codes;
    };
    EXPECT_EQ(codesOf(file->load({false, StatisticsRows::All})).size(), 5);
    EXPECT_EQ(codesOf(file->load({false, StatisticsRows::Compared})), QStringList{q("2280")});
    EXPECT_TRUE(file->load({false, StatisticsRows::None}).crimeStatistics.isEmpty());

    // A lägesbild that compares with a neighbour and the county brings their rows, and
    // only theirs; the other editions' comparisons count too.
    const QString first =
        file->insertRecord(RecordKind::SituationPicture, {}, {{q("title"), q("Lägesbild 2024")}});
    file->setField(RecordKind::SituationPicture, first, q("comparisons"), QStringList{q("22")});
    const QString second =
        file->insertRecord(RecordKind::SituationPicture, {}, {{q("title"), q("Lägesbild 2026")}});
    file->setField(RecordKind::SituationPicture, second, q("comparisons"),
                   QStringList{q("2282"), q("22")});
    EXPECT_EQ(codesOf(file->load({false, StatisticsRows::Compared})),
              (QStringList{q("22"), q("2280"), q("2282")}));
    // The same codes as the pages ask for them, and every code without reading the rows.
    EXPECT_EQ(file->comparedMunicipalityCodes(), (QStringList{q("22"), q("2280"), q("2282")}));
    core::MunicipalityData compared;
    compared.crimeStatistics = file->crimeStatistics(file->comparedMunicipalityCodes());
    EXPECT_EQ(codesOf(compared), (QStringList{q("22"), q("2280"), q("2282")}));
    EXPECT_EQ(file->statisticsMunicipalityCodes(),
              (QStringList{q("00"), q("22"), q("2280"), q("2281"), q("2282")}));

    // Without a code of its own, the documents take the first code the statistics have:
    // every row is read.
    file->setField(RecordKind::Municipality, QString(), q("code"), QString());
    EXPECT_EQ(codesOf(file->load({false, StatisticsRows::Compared})).size(), 5);
    EXPECT_TRUE(file->comparedMunicipalityCodes().isEmpty());
    EXPECT_EQ(file->crimeStatistics(file->comparedMunicipalityCodes()).size(), 5);
}

TEST_F(StatisticsStoreTest, AFileWithoutStatisticsHasNoCodes)
{
    auto file = makeFile();
    EXPECT_TRUE(file->statisticsMunicipalityCodes().isEmpty());
    EXPECT_FALSE(file->comparedMunicipalityCodes().isEmpty()); // its own code
}

TEST_F(StatisticsStoreTest, PopulationUpsertsByCodeAndYear)
{
    auto file = makeFile();
    EXPECT_EQ(file->importPopulation({{QString(), 2023, 24900}, {q("2281"), 2023, 99000}}), 2);
    const QList<core::Population> rows = file->population();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0), (core::Population{q("2280"), 2023, 24900}));
    EXPECT_EQ(rows.at(1), (core::Population{q("2281"), 2023, 99000}));
}

TEST_F(StatisticsStoreTest, CategoryMappingIsReplacedWhole)
{
    auto file = makeFile();
    file->setCategoryMapping({{q("Misshandel"), q("Brott mot liv och hälsa")},
                              {q("Rån"), q("Stöld, rån och andra tillgreppsbrott")}});
    file->setCategoryMapping({{q("Skadegörelse"), q("Skadegörelse")}});
    const QList<core::CategoryMapping> mapping = file->categoryMapping();
    ASSERT_EQ(mapping.size(), 1);
    EXPECT_EQ(mapping.first().crimeType, q("Skadegörelse"));
}

} // namespace
} // namespace samverka::storage::datatest
