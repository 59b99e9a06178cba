// The import dialog's logic without showing it: a small CSV is parsed, previewed and
// imported in one go; a malformed one is refused with its line number and nothing is
// written; population comes from a file or is typed in per year.

#include "UiTestSupport.h"

#include "dialogs/StatisticsImportDialog.h"
#include "widgets/StatisticsPopulationEditor.h"

#include "statistics/StatisticsImportError.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTableWidget>

using namespace samverka;
using namespace samverka::ui;

using Kind = StatisticsImportDialog::Kind;

namespace {

const QByteArray kNational = "Anmälda brott, Härnösand\n"
                             "Region;Brott;År;Period;Antal;Per 100 000 inv\n"
                             "2280 Härnösand;Misshandel inkl. grov;2024;Januari-december;188;768\n"
                             "2280 Härnösand;Cykelstöld;2024;Januari-december;1 204;4918\n"
                             "2280 Härnösand;Våldtäkt inkl. grov;2024;Januari-december;..;..\n"
                             "\n"
                             "Källa: Brottsförebyggande rådet\n";

} // namespace

TEST(StatisticsImportDialogTest, ParsesPreviewsAndImportsASmallCsv)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsImportDialog dialog(context);

    ASSERT_TRUE(dialog.loadData(Kind::CrimeStatistics, kNational, QStringLiteral("brott.csv")));
    EXPECT_TRUE(dialog.errorText(Kind::CrimeStatistics).isEmpty());
    EXPECT_EQ(dialog.loadedRowCount(Kind::CrimeStatistics), 3);
    const QString summary = dialog.summaryText(Kind::CrimeStatistics);
    EXPECT_TRUE(summary.contains(QStringLiteral("2280"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("UTF-8"))) << summary.toStdString();
    EXPECT_TRUE(context.file()->crimeStatistics().isEmpty()); // a preview writes nothing

    QSignalSpy changed(&context, &AppContext::dataChanged);
    ASSERT_TRUE(dialog.importLoaded(Kind::CrimeStatistics));
    EXPECT_GE(changed.count(), 1);
    const QList<core::CrimeStatistic> rows = context.file()->crimeStatistics();
    ASSERT_EQ(rows.size(), 3);
    int suppressed = 0;
    for (const core::CrimeStatistic &r : rows) {
        EXPECT_EQ(r.municipalityCode, QStringLiteral("2280"));
        if (r.crimeType == QStringLiteral("Cykelstöld")) {
            EXPECT_EQ(r.count, std::optional<int>(1204));
        }
        suppressed += r.count ? 0 : 1;
    }
    EXPECT_EQ(suppressed, 1); // ".." is a missing count, never zero
    EXPECT_EQ(dialog.loadedRowCount(Kind::CrimeStatistics), 0); // not imported twice

    EXPECT_EQ(dialog.summaryText(Kind::CrimeStatistics),
              QStringLiteral("Imported: 3 new rows, 0 updated, 0 unchanged, 1 without a count."));

    // Importing the same file again matches by the natural key and says nothing changed.
    ASSERT_TRUE(dialog.loadData(Kind::CrimeStatistics, kNational, QStringLiteral("brott.csv")));
    ASSERT_TRUE(dialog.importLoaded(Kind::CrimeStatistics));
    EXPECT_EQ(context.file()->crimeStatistics().size(), 3);
    EXPECT_EQ(dialog.summaryText(Kind::CrimeStatistics),
              QStringLiteral("Imported: 0 new rows, 0 updated, 3 unchanged, 1 without a count."));
}

TEST(StatisticsImportDialogTest, AMalformedFileIsRefusedWithItsLineAndNothingIsImported)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsImportDialog dialog(context);

    const QByteArray bad = "municipalityCode;year;period;crimeType;category;count\n"
                           "2280;2024;;Cykelstöld;;12\n"
                           "2280;tjugo;;Klotter;;5\n";
    EXPECT_FALSE(dialog.loadData(Kind::CrimeStatistics, bad, QStringLiteral("bad.csv")));
    const QString error = dialog.errorText(Kind::CrimeStatistics);
    try {
        core::CrimeStatisticsCsvParser().parse(bad);
        ADD_FAILURE() << "the parser accepted a year \"tjugo\"";
    } catch (const core::StatisticsImportError &e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_TRUE(error.contains(e.fullMessage())) << error.toStdString();
    }
    EXPECT_EQ(dialog.loadedRowCount(Kind::CrimeStatistics), 0);
    EXPECT_FALSE(dialog.importLoaded(Kind::CrimeStatistics));
    EXPECT_TRUE(context.file()->crimeStatistics().isEmpty());

    // A file that does not exist says so.
    EXPECT_FALSE(dialog.loadFile(Kind::CrimeStatistics, file.dir() + QStringLiteral("/nej.csv")));
    EXPECT_FALSE(dialog.errorText(Kind::CrimeStatistics).isEmpty());
}

TEST(StatisticsImportDialogTest, PopulationFromAFileAndTypedInPerYear)
{
    test::TempMunicipality file;
    AppContext context;
    file.openInto(context);
    StatisticsImportDialog dialog(context);

    ASSERT_TRUE(dialog.loadData(Kind::Population,
                                "municipalityCode;year;population\n2280;2023;24 539\n"
                                "Härnösand;2024;24481\n",
                                QStringLiteral("bef.csv")));
    EXPECT_EQ(dialog.loadedRowCount(Kind::Population), 2);
    ASSERT_TRUE(dialog.importLoaded(Kind::Population));
    QList<core::Population> population = context.file()->population();
    ASSERT_EQ(population.size(), 2);

    const QByteArray badPopulation = "2280;2024;24481\n2280;2025;många\n";
    EXPECT_FALSE(dialog.loadData(Kind::Population, badPopulation, QStringLiteral("x.csv")));
    try {
        core::PopulationCsvParser().parse(badPopulation);
        ADD_FAILURE() << "the parser accepted a population \"många\"";
    } catch (const core::StatisticsImportError &e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_TRUE(dialog.errorText(Kind::Population).contains(e.fullMessage()));
    }
    EXPECT_EQ(context.file()->population().size(), 2);

    StatisticsPopulationEditor *editor = dialog.populationEditor();
    editor->reload();
    EXPECT_EQ(editor->table()->rowCount(), 3); // 2023, 2024 and the year after
    ASSERT_TRUE(editor->setPopulation(2025, 24400));
    EXPECT_FALSE(editor->setPopulation(2026, 0)); // refused, with a reason
    population = context.file()->population();
    ASSERT_EQ(population.size(), 3);
    bool found = false;
    for (const core::Population &p : population)
        found = found || (p.year == 2025 && p.value == 24400);
    EXPECT_TRUE(found);
}
