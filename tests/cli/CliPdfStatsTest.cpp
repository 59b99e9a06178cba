// samverka-cli pdf and stats: outputs, exit codes and all-or-nothing imports.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
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

TEST_F(CliPdfStatsTest, LagesbildOfTheLatestOrANamedEdition)
{
    const QString plain = path(QStringLiteral("lb.pdf"));
    const auto latest = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                QStringLiteral("lagesbild"), QStringLiteral("--output"), plain});
    ASSERT_EQ(latest.exitCode, 0) << latest.err.toStdString();
    const QString text = pdfText(plain);
    EXPECT_TRUE(text.contains(QStringLiteral("Lägesbild 2024")));
    for (const char *chapter :
         {"1. Kartläggning av brottsligheten", "2. Annan information", "3. Analys"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(chapter))) << chapter;
    EXPECT_FALSE(text.contains(QStringLiteral("UTKAST"))); // the demo's edition is adopted
    EXPECT_FALSE(text.contains(QStringLiteral("Polisens lägesbild")));

    // By title, case aside, and with the confidential section marked.
    const QString secret = path(QStringLiteral("lb-secret.pdf"));
    ASSERT_EQ(runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                      QStringLiteral("lagesbild"), QStringLiteral("--id"),
                      QStringLiteral("lägesbild 2024"), QStringLiteral("--output"), secret,
                      QStringLiteral("--include-confidential")})
                  .exitCode,
              0);
    const QString secretText = pdfText(secret);
    EXPECT_TRUE(secretText.contains(QStringLiteral("Polisens lägesbild")));
    EXPECT_TRUE(
        secretText.contains(QStringLiteral("Innehåller uppgifter som omfattas av sekretess")));
}

TEST_F(CliPdfStatsTest, LagesbildRefusesAnUnknownEditionAndAnAgreement)
{
    const QString out = path(QStringLiteral("x.pdf"));
    const auto unknown = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                 QStringLiteral("lagesbild"), QStringLiteral("--id"),
                                 QStringLiteral("lb-1999"), QStringLiteral("--output"), out});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("lb-1999"))) << unknown.err.toStdString();
    const auto withAgreement = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                       QStringLiteral("lagesbild"), QStringLiteral("--agreement"),
                                       QStringLiteral("ag-2024"), QStringLiteral("--output"), out});
    EXPECT_EQ(withAgreement.exitCode, 1);
    EXPECT_TRUE(withAgreement.err.contains(QStringLiteral("--id")));
    EXPECT_FALSE(QFile::exists(out));
}

QList<QSizeF> pageSizes(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                        QStringLiteral("-l"), QStringLiteral("1000"), pdf});
    p.waitForFinished(60000);
    static const QRegularExpression line(
        QStringLiteral(R"(Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts)"));
    QList<QSizeF> sizes;
    for (auto it = line.globalMatch(QString::fromUtf8(p.readAllStandardOutput())); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sizes.append({m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    return sizes;
}

TEST_F(CliPdfStatsTest, AtgardsplanOfTheLatestOrANamedPlanOnLandscapePages)
{
    const QString latest = path(QStringLiteral("ap.pdf"));
    const auto result = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                QStringLiteral("atgardsplan"), QStringLiteral("--output"), latest});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(latest)) << result.out.toStdString();
    const QString text = pdfText(latest);
    EXPECT_TRUE(text.contains(QStringLiteral("Åtgärdsplan 2025–2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("KS 2025/118")));
    EXPECT_TRUE(text.contains(QStringLiteral("Gemensam krogtillsyn")));
    EXPECT_FALSE(text.contains(QStringLiteral("UTKAST"))); // the demo's plan is decided
    const QList<QSizeF> sizes = pageSizes(latest);
    ASSERT_FALSE(sizes.isEmpty());
    for (const QSizeF &size : sizes) {
        EXPECT_NEAR(size.width(), 841.89, 1.0);
        EXPECT_NEAR(size.height(), 595.28, 1.0);
    }

    // By id, and by title with the case aside.
    for (const QString &id : {QStringLiteral("ap-2025"), QStringLiteral("ÅTGÄRDSPLAN 2025–2026")}) {
        const QString out = path(QStringLiteral("named.pdf"));
        QFile::remove(out);
        const auto named = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                   QStringLiteral("atgardsplan"), QStringLiteral("--id"), id,
                                   QStringLiteral("--output"), out});
        ASSERT_EQ(named.exitCode, 0) << id.toStdString() << ": " << named.err.toStdString();
        EXPECT_TRUE(pdfText(out).contains(QStringLiteral("Åtgärdsplan 2025–2026")))
            << id.toStdString();
    }
}

TEST_F(CliPdfStatsTest, AtgardsplanRefusesAnUnknownPlanAnAgreementAndAFileWithoutOne)
{
    const QString out = path(QStringLiteral("x.pdf"));
    const auto unknown = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                 QStringLiteral("atgardsplan"), QStringLiteral("--id"),
                                 QStringLiteral("ap-1999"), QStringLiteral("--output"), out});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(
        unknown.err.contains(QStringLiteral("no measure plan has the id or title “ap-1999”")))
        << unknown.err.toStdString();
    const auto withAgreement = runCli({QStringLiteral("pdf"), m_demo, QStringLiteral("--document"),
                                       QStringLiteral("atgardsplan"), QStringLiteral("--agreement"),
                                       QStringLiteral("ag-2024"), QStringLiteral("--output"), out});
    EXPECT_EQ(withAgreement.exitCode, 1);
    EXPECT_TRUE(withAgreement.err.contains(QStringLiteral("--agreement does not apply")))
        << withAgreement.err.toStdString();
    EXPECT_TRUE(withAgreement.err.contains(QStringLiteral("--id")));

    // A file with no plan at all.
    const QString bare = path(QStringLiteral("bare.samverka"));
    const auto imported =
        runCli({QStringLiteral("import"),
                QStringLiteral(SAMVERKA_TEST_DATA_DIR "/exchange/idless_comments_promises.json"),
                QStringLiteral("--output"), bare});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto none = runCli({QStringLiteral("pdf"), bare, QStringLiteral("--document"),
                              QStringLiteral("atgardsplan"), QStringLiteral("--output"), out});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("the file has no measure plan")))
        << none.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
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
    EXPECT_TRUE(
        first.out.contains(QStringLiteral("3 rows imported, 0 updated, 0 unchanged; 1 suppressed")))
        << first.out.toStdString();
    EXPECT_EQ(crimeRowCount(m_demo), before + 3);
    const auto again = runCli({QStringLiteral("stats"), QStringLiteral("import"), m_demo, csv});
    ASSERT_EQ(again.exitCode, 0);
    // The same rows again change nothing, and are reported so.
    EXPECT_TRUE(
        again.out.contains(QStringLiteral("0 rows imported, 0 updated, 3 unchanged; 1 suppressed")))
        << again.out.toStdString();
    EXPECT_EQ(crimeRowCount(m_demo), before + 3);
}

QString crimeTable(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {file, QStringLiteral("SELECT id, municipality_code, municipality_name, year, period, "
                                  "crime_type, category, ifnull(count, '..'), preliminary FROM "
                                  "crime_statistics ORDER BY id;")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST_F(CliPdfStatsTest, StatsImportAndImportIntoFollowOneRule)
{
    // The same rows as a CSV (stats import) and as an exchange document (import --into)
    // into two copies of the demo: the same counts and the same table.
    struct Row {
        int year;
        const char *type;
        const char *category;
        const char *count; // ".." = missing
    };
    const Row rows[] = {
        {2020, "Misshandel inkl. grov", "Brott mot liv och hälsa", ".."},  // 178 kept: unchanged
        {2021, "Misshandel inkl. grov", "Brott mot liv och hälsa", "165"}, // identical: unchanged
        {2024, "Olaga hot", "Brott mot frihet och frid", ".."},            // 145, preliminary, kept
        {2022, "Rån", "Stöld, rån och andra tillgreppsbrott", "3"},        // missing → 3: updated
        {2022, "Misshandel inkl. grov", "Brott mot liv och hälsa", "190"}, // 182 → 190: updated
        {2025, "Klotter", "", "87"},                                       // new
        {2025, "Bedrägeri", "", ".."},                                     // new, missing
    };
    QByteArray csv("municipalityCode;municipalityName;year;period;crimeType;category;count;"
                   "preliminary\n");
    QStringList items;
    for (const Row &row : rows) {
        const QString type = QString::fromUtf8(row.type);
        const QString category = QString::fromUtf8(row.category);
        const QString count = QString::fromLatin1(row.count);
        csv += QStringLiteral("2280;Härnösand;%1;;%2;%3;%4;false\n")
                   .arg(row.year)
                   .arg(type, category, count)
                   .toUtf8();
        items << QStringLiteral(R"({"municipalityCode":"2280","municipalityName":"Härnösand",)"
                                R"("year":%1,"period":"","crimeType":"%2","category":"%3",)"
                                R"("count":%4,"preliminary":false})")
                     .arg(row.year)
                     .arg(type, category,
                          count == QLatin1String("..") ? QStringLiteral("null") : count);
    }
    const QString csvPath = path(QStringLiteral("rows.csv"));
    writeBytes(csvPath, csv);
    const QString json = path(QStringLiteral("rows.json"));
    writeBytes(json, QStringLiteral(R"({"format":"samverka-exchange","version":1,)"
                                    R"("municipality":{"name":"Härnösand","code":"2280"},)"
                                    R"("crimeStatistics":[%1]})")
                         .arg(items.join(QLatin1Char(',')))
                         .toUtf8());
    const QString merged = path(QStringLiteral("merged.samverka"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), merged}).exitCode, 0);
    ASSERT_EQ(crimeTable(merged), crimeTable(m_demo));

    const auto imported =
        runCli({QStringLiteral("stats"), QStringLiteral("import"), m_demo, csvPath});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto into = runCli({QStringLiteral("import"), json, QStringLiteral("--into"), merged});
    ASSERT_EQ(into.exitCode, 0) << into.err.toStdString();
    const QString counts = QStringLiteral("2 rows imported, 2 updated, 3 unchanged; 3 suppressed");
    EXPECT_TRUE(imported.out.contains(counts)) << imported.out.toStdString();
    EXPECT_TRUE(into.out.contains(QStringLiteral("Crime statistics: ") + counts))
        << into.out.toStdString();

    const QString table = crimeTable(m_demo);
    EXPECT_EQ(crimeTable(merged), table);
    EXPECT_TRUE(table.contains(QStringLiteral(
        "|2280|Härnösand|2020||Misshandel inkl. grov|Brott mot liv och hälsa|178|0")))
        << table.toStdString();
    EXPECT_TRUE(table.contains(
        QStringLiteral("|2280|Härnösand|2024||Olaga hot|Brott mot frihet och frid|145|1")))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("|2280|Härnösand|2025||Bedrägeri||..|0")))
        << table.toStdString();
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
