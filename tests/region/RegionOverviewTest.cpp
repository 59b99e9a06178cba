// samverka-cli overview --database (issue #17) gives the same lines as the workspace
// overview over the same files, for the same day: confidential records counted on
// neither side, the last change from the publication record; --police-area and
// --county choose the municipalities.

#include "CliRunner.h"
#include "ExchangeEdit.h"
#include "PdfText.h"
#include "RegionTestDatabase.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using samverka::region::test::RegionTestDatabase;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList sortedLines(const CliResult &result)
{
    QStringList lines = result.lines();
    lines.sort();
    return lines;
}

} // namespace

TEST(RegionOverviewTest, TheDatabaseGivesTheSameLinesAsTheFiles)
{
    RegionTestDatabase db;
    ASSERT_TRUE(db.ok());
    QTemporaryDir dir;
    const QStringList files = RegionTestDatabase::demoWorkspace(dir.path());
    // A late measure made confidential: neither side counts it.
    ASSERT_EQ(samverka::testsupport::makeMeasuresConfidential(dir.filePath(q("Timrå.samverka")),
                                                              q("Bättre belysning")),
              1);
    db.init();
    db.publish(files);
    for (const char *today : {"2026-12-06", "2023-03-01", "2025-01-15"}) {
        SCOPED_TRACE(today);
        const CliResult fromFiles =
            runCli({q("overview"), q("--workspace"), dir.filePath(q("workspace.json")),
                    q("--today"), q(today)});
        const CliResult database =
            runCli({q("overview"), q("--database"), db.conninfo(), q("--today"), q(today)});
        ASSERT_EQ(fromFiles.exitCode, 0) << fromFiles.err.toStdString();
        ASSERT_EQ(database.exitCode, 0) << database.err.toStdString();
        ASSERT_EQ(database.lines().size(), 3);
        EXPECT_EQ(sortedLines(database), sortedLines(fromFiles))
            << "database:\n"
            << database.out.toStdString() << "files:\n"
            << fromFiles.out.toStdString();
    }
    const QStringList timra =
        runCli({q("overview"), q("--database"), db.conninfo(), q("--today"), q("2026-12-06")})
            .lines()
            .filter(q("\tTimrå\t"));
    ASSERT_EQ(timra.size(), 1);
    EXPECT_EQ(timra.first().split(u'\t').value(10), q("0")) << "the confidential late measure";

    // Chosen by local police area and by county.
    const CliResult area = runCli({q("overview"), q("--database"), db.conninfo(),
                                   q("--police-area"), q("Lokalpolisområde Härnösand")});
    EXPECT_EQ(area.lines().size(), 3) << area.err.toStdString();
    const CliResult none = runCli(
        {q("overview"), q("--database"), db.conninfo(), q("--police-area"), q("Södra Lappland")});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.lines().isEmpty()) << none.out.toStdString();
    const CliResult county = runCli({q("overview"), q("--database"), db.conninfo(), q("--county"),
                                     q("Västernorrlands län"), q("--format"), q("json")});
    EXPECT_EQ(county.exitCode, 0) << county.err.toStdString();
    EXPECT_TRUE(county.out.contains(q("\"Kramfors\""))) << county.out.toStdString();

    // The police area's report from the database: the same municipalities and lists.
    const QString report = dir.filePath(q("rapport.pdf"));
    const CliResult pdf =
        runCli({q("pdf"), q("--database"), db.conninfo(), q("--police-area"),
                q("Lokalpolisområde Härnösand"), q("--document"), q("police-area-report"),
                q("--today"), q("2026-12-06"), q("--output"), report});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const QString text = samverka::testsupport::pdfText(report);
    for (const char *expected :
         {"Samverkan i lokalpolisområdet", "Härnösand", "Kramfors", "Timrå", "Fokusområden",
          "Trygg och levande stadskärna", "Uppföljningar att rapportera"})
        EXPECT_TRUE(text.contains(q(expected))) << expected << "\n" << text.toStdString();
    EXPECT_EQ(text.count(q("Bättre belysning och röjd sikt")), 2) << "not Timrå's, confidential";

    // The command line's refusals.
    const CliResult both =
        runCli({q("overview"), dir.filePath(q("Timrå.samverka")), q("--database"), db.conninfo()});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(both.err.contains(q("not both"))) << both.err.toStdString();
    const CliResult filterWithoutDatabase =
        runCli({q("overview"), dir.filePath(q("Timrå.samverka")), q("--county"),
                q("Västernorrlands län")});
    EXPECT_EQ(filterWithoutDatabase.exitCode, 1);
}
