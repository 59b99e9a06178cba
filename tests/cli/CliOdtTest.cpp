// samverka-cli pdf --format odt (issue #15): the demo's documents as OpenDocument text,
// read back with libzip; --format decides, else an output ending in .odt; an unknown
// format and an output that cannot be written are refused with exit 1, leaving nothing.

#include "CliRunner.h"

#include "../documents/OdtFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

using samverka::test::OdtFile;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliOdtTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_demo = path(QStringLiteral("demo.samverka"));
        ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_demo}).exitCode, 0);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult pdf(const QStringList &more)
    {
        return runCli(QStringList{QStringLiteral("pdf"), m_demo} + more);
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace

TEST_F(CliOdtTest, FormatOdtWritesTheAgreementWithHeadingsInSwedish)
{
    const QString out = path(QStringLiteral("agreement.doc"));
    const CliResult result =
        pdf({QStringLiteral("--agreement"), QStringLiteral("ag-2021"), QStringLiteral("--document"),
             QStringLiteral("agreement"), QStringLiteral("--format"), QStringLiteral("odt"),
             QStringLiteral("--output"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.lines(), QStringList{QStringLiteral("Wrote %1.").arg(out)});
    const OdtFile odt(out);
    ASSERT_TRUE(odt.isValid());
    EXPECT_EQ(odt.entries().first().name, QStringLiteral("mimetype"));
    EXPECT_TRUE(odt.headings().contains(qMakePair(1, s("Del 1: Strategisk överenskommelse"))))
        << odt.content().left(2000).toStdString();
    // Signed: the note on the first page, in Swedish.
    EXPECT_EQ(odt.blocks().first(),
              s("Detta är en redigerbar kopia. Originalet är den undertecknade PDF-filen."));
}

TEST_F(CliOdtTest, OutputEndingInOdtGivesOdtAndFormatPdfWins)
{
    const QString odtOut = path(QStringLiteral("plan.odt"));
    const CliResult inferred =
        pdf({QStringLiteral("--agreement"), QStringLiteral("ag-2024"), QStringLiteral("--document"),
             QStringLiteral("action-plan"), QStringLiteral("--output"), odtOut});
    ASSERT_EQ(inferred.exitCode, 0) << inferred.err.toStdString();
    const OdtFile odt(odtOut);
    ASSERT_TRUE(odt.isValid());
    EXPECT_FALSE(odt.tables().isEmpty());

    const QString pdfOut = path(QStringLiteral("plan-as-pdf.odt"));
    const CliResult explicitPdf =
        pdf({QStringLiteral("--agreement"), QStringLiteral("ag-2024"), QStringLiteral("--document"),
             QStringLiteral("action-plan"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--output"), pdfOut});
    ASSERT_EQ(explicitPdf.exitCode, 0) << explicitPdf.err.toStdString();
    QFile file(pdfOut);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}

TEST_F(CliOdtTest, LawDocumentsAsOdt)
{
    for (const QString &kind : {QStringLiteral("lagesbild"), QStringLiteral("atgardsplan")}) {
        const QString out = path(kind + QStringLiteral(".odt"));
        const CliResult result =
            pdf({QStringLiteral("--document"), kind, QStringLiteral("--output"), out});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_FALSE(OdtFile(out).headings().isEmpty()) << kind.toStdString();
    }
}

TEST_F(CliOdtTest, UnknownFormatAndUnwritableOutputAreRefused)
{
    const QString out = path(QStringLiteral("x.odt"));
    const CliResult bad =
        pdf({QStringLiteral("--agreement"), QStringLiteral("ag-2024"), QStringLiteral("--document"),
             QStringLiteral("agreement"), QStringLiteral("--format"), QStringLiteral("docx"),
             QStringLiteral("--output"), out});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("docx"))) << bad.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    const QString unwritable = path(QStringLiteral("no/such/folder/x.odt"));
    const CliResult failed =
        pdf({QStringLiteral("--agreement"), QStringLiteral("ag-2024"), QStringLiteral("--document"),
             QStringLiteral("agreement"), QStringLiteral("--output"), unwritable});
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains(unwritable)) << failed.err.toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.odt")}, QDir::Files).size(), 0);
}
