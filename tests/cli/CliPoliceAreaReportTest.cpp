// samverka-cli pdf --workspace W.json --document police-area-report (issue #16): the
// report "Samverkan i lokalpolisområdet" over the demo's police area, read back with
// pdftotext: the overview, each municipality's focus areas, late measures and
// follow-ups due, a file that cannot be read named with why, nothing confidential; the
// same as .odt; and the refusals of a wrong command line.

#include "CliRunner.h"
#include "ExchangeEdit.h"
#include "PdfText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

class CliPoliceAreaReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const CliResult demo = runCli({q("demo"), q("--workspace"), m_dir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_workspace = m_dir.filePath(q("workspace.json"));
        ASSERT_TRUE(QFile::exists(m_workspace));
        // One more entry, for a file not on the share any more.
        QFile json(m_workspace);
        ASSERT_TRUE(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        text.replace("\"Timrå.samverka\"", "\"Timrå.samverka\", \"Sollefteå.samverka\"");
        ASSERT_TRUE(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(text);
        json.close();
        ASSERT_GT(samverka::testsupport::makeMeasuresConfidential(
                      m_dir.filePath(q("Timrå.samverka")), q("Bättre belysning")),
                  0);
    }

    QString path(const char *name) const { return m_dir.filePath(q(name)); }

    QTemporaryDir m_dir;
    QString m_workspace;
};

} // namespace

TEST_F(CliPoliceAreaReportTest, TheOverviewThenEachMunicipalityInSwedish)
{
    const QString out = path("Rapport.pdf");
    const CliResult result =
        runCli({q("pdf"), q("--workspace"), m_workspace, q("--document"), q("police-area-report"),
                q("--today"), q("2026-12-06"), q("--output"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(q("Wrote ")))
        << "in the terminal's language: " << result.out.toStdString();
    const QString text = samverka::testsupport::pdfText(out);
    for (const char *expected :
         {"Samverkan i lokalpolisområdet", "Lokalpolisområde Härnösand", "Per 2026-12-06",
          "Översikt", "Härnösand", "Kramfors", "Timrå", "Fokusområden",
          "Trygg och levande stadskärna", "Försenade åtgärder", "Bättre belysning och röjd sikt",
          "Uppföljningar att rapportera", "Rapporteras till", "Styrgrupp", "Sollefteå", "saknas",
          "Sollefteå.samverka"})
        EXPECT_TRUE(text.contains(q(expected))) << expected << "\n" << text.toStdString();
    // Timrå's late measure is confidential: neither counted nor listed.
    EXPECT_EQ(text.count(q("Bättre belysning och röjd sikt")), 2) << text.toStdString();
    EXPECT_TRUE(text.contains(q("Ingen åtgärd är försenad.")));
    // The overview, then a page (at least) of each municipality's, the missing one's too.
    const QStringList pages = samverka::testsupport::pdfPages(out);
    ASSERT_GE(pages.size(), 5);
    EXPECT_TRUE(pages.at(0).contains(q("Översikt")));
    EXPECT_FALSE(pages.at(0).contains(q("Fokusområden")));
    EXPECT_TRUE(pages.at(1).startsWith(q("Härnösand"))) << pages.at(1).toStdString();
    EXPECT_TRUE(pages.constLast().contains(q("Sollefteå"))) << pages.constLast().toStdString();
}

TEST_F(CliPoliceAreaReportTest, AsOdtToo)
{
    const QString out = path("Rapport.odt");
    const CliResult result = runCli({q("pdf"), q("--workspace"), m_workspace, q("--document"),
                                     q("police-area-report"), q("--output"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK") << "a zip package";
}

TEST_F(CliPoliceAreaReportTest, AWrongCommandLineIsRefusedAndWritesNothing)
{
    const QString out = path("r.pdf");
    const QString file = path("Härnösand.samverka");
    const QList<QPair<QStringList, QString>> cases{
        {{q("pdf"), q("--document"), q("police-area-report"), q("--output"), out},
         q("--workspace")},
        {{q("pdf"), file, q("--workspace"), m_workspace, q("--document"), q("police-area-report"),
          q("--output"), out},
         q("not both")},
        {{q("pdf"), q("--workspace"), m_workspace, q("--document"), q("agreement"), q("--output"),
          out},
         q("police-area-report")},
        {{q("pdf"), q("--workspace"), m_workspace, q("--document"), q("police-area-report"),
          q("--agreement"), q("ag-2024"), q("--output"), out},
         q("--agreement")},
        {{q("pdf"), q("--workspace"), m_workspace, q("--document"), q("police-area-report"),
          q("--today"), q("6 dec"), q("--output"), out},
         q("6 dec")},
        {{q("pdf"), q("--workspace"), path("none.json"), q("--document"), q("police-area-report"),
          q("--output"), out},
         q("none.json")},
        {{q("pdf"), file, q("--agreement"), q("ag-2024"), q("--document"), q("agreement"),
          q("--today"), q("2026-12-06"), q("--output"), out},
         q("--today")},
    };
    for (const auto &[args, expected] : cases) {
        const CliResult result = runCli(args);
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.err.contains(expected)) << result.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}
