// samverka-cli pdf and stats: outputs, exit codes and all-or-nothing imports.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

class CliPdfStatsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_demo = m_dir.filePath(QStringLiteral("demo.samverka"));
        ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_demo}).exitCode, 0);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
};

int crimeRowCount(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {file, QStringLiteral("SELECT count(*) FROM crime_statistics;")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toInt();
}

} // namespace

TEST_F(CliPdfStatsTest, PdfOfEveryKindIsWrittenInSwedish)
{
    for (const char *kind : {"agreement", "action-plan", "citizen-promises", "follow-up"}) {
        const QString out = path(QStringLiteral("%1.pdf").arg(QLatin1String(kind)));
        const auto result = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--agreement"),
                                    QStringLiteral("ag-2024"), QStringLiteral("--document"),
                                    QString::fromLatin1(kind), QStringLiteral("--output"), out});
        ASSERT_EQ(result.exitCode, 0) << kind << ": " << result.err.toStdString();
        const QString text = pdfText(out);
        EXPECT_TRUE(text.contains(QStringLiteral("Härnösand"))) << kind;
        // The demo's agreement is a draft, but its 2025–2026 promise set is signed.
        const bool draft = QLatin1String(kind) != QLatin1String("citizen-promises");
        EXPECT_EQ(text.contains(QStringLiteral("UTKAST")), draft) << kind;
    }
}

TEST_F(CliPdfStatsTest, PdfRefusesAnUnknownKindAndAgreement)
{
    const QString out = path(QStringLiteral("x.pdf"));
    EXPECT_EQ(runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--agreement"),
                      QStringLiteral("ag-2024"), QStringLiteral("--document"),
                      QStringLiteral("poster"), QStringLiteral("--output"), out})
                  .exitCode,
              1);
    const auto unknown = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--agreement"),
                                 QStringLiteral("nope"), QStringLiteral("--document"),
                                 QStringLiteral("agreement"), QStringLiteral("--output"), out});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nope")));
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliPdfStatsTest, ConfidentialCauseOnlyOnRequest)
{
    const QString plain = path(QStringLiteral("plain.pdf"));
    const QString secret = path(QStringLiteral("secret.pdf"));
    ASSERT_EQ(runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--agreement"),
                      QStringLiteral("ag-2024"), QStringLiteral("--document"),
                      QStringLiteral("agreement"), QStringLiteral("--output"), plain})
                  .exitCode,
              0);
    ASSERT_EQ(runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--agreement"),
                      QStringLiteral("ag-2024"), QStringLiteral("--document"),
                      QStringLiteral("agreement"), QStringLiteral("--output"), secret,
                      QStringLiteral("--include-confidential")})
                  .exitCode,
              0);
    const QString notice = QStringLiteral("sekretess");
    EXPECT_TRUE(
        pdfText(secret).contains(QStringLiteral("Innehåller uppgifter som omfattas av sekretess")));
    EXPECT_FALSE(
        pdfText(plain).contains(QStringLiteral("Innehåller uppgifter som omfattas av sekretess")));
    EXPECT_TRUE(pdfText(plain).contains(notice)); // "Uppgift finns hos … (sekretess)"
}

TEST_F(CliPdfStatsTest, StatsImportCountsAndReimportUpdates)
{
    const QString csv = path(QStringLiteral("bra.csv"));
    writeBytes(csv, QByteArray("Region;Brott;År;Antal\n"
                               "2280 Härnösand;Cykelstöld;2025;1 234\n"
                               "2280 Härnösand;Rån;2025;..\n"
                               "Härnösand;Klotter;2025;87\n"
                               "\n"
                               "Källa: Brottsförebyggande rådet\n"));
    const int before = crimeRowCount(m_demo);
    const auto first = runCli({QStringLiteral("stats"), QStringLiteral("import"), m_demo, csv});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("3 rows imported, 0 updated; 1 suppressed")))
        << first.out.toStdString();
    EXPECT_EQ(crimeRowCount(m_demo), before + 3);
    const auto again = runCli({QStringLiteral("stats"), QStringLiteral("import"), m_demo, csv});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 rows imported, 3 updated; 1 suppressed")))
        << again.out.toStdString();
    EXPECT_EQ(crimeRowCount(m_demo), before + 3);
}

TEST_F(CliPdfStatsTest, MalformedStatsRowNamesTheLineAndImportsNothing)
{
    const QString csv = path(QStringLiteral("bad.csv"));
    writeBytes(csv, QByteArray("Region;Brott;År;Antal\n"
                               "2280 Härnösand;Cykelstöld;2025;12\n"
                               "2280 Härnösand;Rån;tjugo;3\n"
                               "2280 Härnösand;Klotter;2025;87\n"));
    const int before = crimeRowCount(m_demo);
    const auto result = runCli({QStringLiteral("stats"), QStringLiteral("import"), m_demo, csv});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(csv)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("3"))) << result.err.toStdString();
    EXPECT_EQ(crimeRowCount(m_demo), before);
}

TEST_F(CliPdfStatsTest, PopulationImport)
{
    const QString csv = path(QStringLiteral("pop.csv"));
    writeBytes(csv, QByteArray("municipalityCode;year;population\n2280;2025;24 611\n"));
    const auto result =
        runCli({QStringLiteral("stats"), QStringLiteral("population"), m_demo, csv});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {m_demo, QStringLiteral("SELECT * FROM population WHERE year = 2025;")});
    p.waitForFinished();
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("24611")));
}
