// samverka-cli export-table (issue #15): the demo's agreement as .xlsx and .csv in Swedish,
// with a focus-area title Excel cannot take as it is, a confidential measure with hostile
// text (absent unless asked for, then marked and guarded in CSV), an agreement with no
// plan at all, and the refusals: unknown agreement, table or format, an output that cannot
// be written.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const hostileTitle = "=Hemlig; \"spaning\"\nvid torget";

QString unzipEntry(const QString &zip, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The demo with a 30-character focus-area title holding '/' and '?', a confidential
// measure with a hostile title and hours of 12.5, and an empty agreement.
QByteArray testDocument()
{
    QFile file(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray agreements = doc.value(QStringLiteral("agreements")).toArray();
    for (int i = 0; i < agreements.size(); ++i) {
        QJsonObject a = agreements[i].toObject();
        if (a.value(QStringLiteral("id")).toString() != QLatin1String("ag-2024"))
            continue;
        QJsonArray areas = a.value(QStringLiteral("focusAreas")).toArray();
        QJsonObject area = areas[0].toObject();
        area.insert(QStringLiteral("title"), s("Trygghet/centrum? Kvällar 2025"));
        areas[0] = area;
        a.insert(QStringLiteral("focusAreas"), areas);
        QJsonArray measures = a.value(QStringLiteral("measures")).toArray();
        QJsonObject m = measures[0].toObject();
        m.insert(QStringLiteral("title"), s(hostileTitle));
        m.insert(QStringLiteral("confidential"), true);
        m.insert(QStringLiteral("hours"), 12.5);
        measures[0] = m;
        a.insert(QStringLiteral("measures"), measures);
        agreements[i] = a;
    }
    agreements.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("ag-tom")},
                    {QStringLiteral("title"), s("Tom överenskommelse")},
                    {QStringLiteral("parties"),
                     QJsonArray{QStringLiteral("party-kommun"), QStringLiteral("party-polis")}}});
    doc.insert(QStringLiteral("agreements"), agreements);
    return QJsonDocument(doc).toJson();
}

class CliExportTableTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        const QString json = path(QStringLiteral("test.json"));
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QByteArray bytes = testDocument();
        ASSERT_FALSE(bytes.isEmpty());
        f.write(bytes);
        f.close();
        m_file = path(QStringLiteral("test.samverka"));
        const auto result =
            runCli({QStringLiteral("import"), json, QStringLiteral("--output"), m_file});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult exportTable(const QString &agreement, const QString &table, const QString &format,
                          const QString &output, bool confidential = false)
    {
        QStringList args{
            QStringLiteral("export-table"), m_file, QStringLiteral("--agreement"), agreement,
            QStringLiteral("--table"),      table,  QStringLiteral("--format"),    format,
            QStringLiteral("--output"),     output};
        if (confidential)
            args << QStringLiteral("--include-confidential");
        return runCli(args);
    }

    QTemporaryDir m_dir;
    QString m_file;
};

} // namespace

TEST_F(CliExportTableTest, ActionPlanWorkbookHasASwedishSheetPerFocusArea)
{
    const QString out = path(QStringLiteral("plan.xlsx"));
    const auto result = exportTable(QStringLiteral("ag-2024"), QStringLiteral("action-plan"),
                                    QStringLiteral("xlsx"), out);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote %1 (").arg(out)))
        << result.out.toStdString();
    const QString workbook = unzipEntry(out, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(
        workbook.contains(s("<sheet name=\"Trygghet-centrum- Kvällar 2025\" sheetId=\"1\"")))
        << workbook.toStdString();
    EXPECT_TRUE(
        workbook.contains(s("<sheet name=\"Förebyggande arbete barn och…\" sheetId=\"2\"")));
    EXPECT_TRUE(workbook.contains(s("<sheet name=\"Trafiksäkerhet\" sheetId=\"3\"")));
    const QString strings = unzipEntry(out, QStringLiteral("xl/sharedStrings.xml"));
    for (const char *header : {"Mål", "Aktivitet", "När", "Ansvarig"})
        EXPECT_TRUE(strings.contains(s("<t>%1</t>").replace(QLatin1String("%1"), s(header))))
            << header;
    EXPECT_FALSE(strings.contains(s("Hemlig")));
    const QString sheet = unzipEntry(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains(QLatin1String("state=\"frozen\"")));
    EXPECT_TRUE(sheet.contains(QLatin1String("<autoFilter ref=\"A1:D")));
}

TEST_F(CliExportTableTest, MeasuresWorkbookHasDatesNumbersAndConfidentialOnlyOnRequest)
{
    const QString out = path(QStringLiteral("atgarder.xlsx"));
    ASSERT_EQ(exportTable(QStringLiteral("ag-2024"), QStringLiteral("measures"),
                          QStringLiteral("xlsx"), out)
                  .exitCode,
              0);
    EXPECT_TRUE(unzipEntry(out, QStringLiteral("xl/workbook.xml"))
                    .contains(s("<sheet name=\"Alla åtgärder\"")));
    QString strings = unzipEntry(out, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.contains(s("<t>Status</t>")));
    EXPECT_TRUE(strings.contains(s("<t>Slut</t>")));
    EXPECT_FALSE(strings.contains(s("Hemlig")));
    EXPECT_FALSE(strings.contains(s("<t>Sekretess</t>")));
    const QString sheet = unzipEntry(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    // m24-02 starts 2024-03-01 (column E), its budget 45 000 (column O) is a number cell.
    const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2024, 3, 1));
    EXPECT_TRUE(sheet.contains(
        QRegularExpression(QStringLiteral("<c r=\"E\\d+\" s=\"\\d+\"><v>%1</v></c>").arg(serial))));
    EXPECT_TRUE(sheet.contains(
        QRegularExpression(QStringLiteral("<c r=\"O\\d+\" s=\"\\d+\"><v>45000</v></c>"))));

    const QString secret = path(QStringLiteral("alla.xlsx"));
    ASSERT_EQ(exportTable(QStringLiteral("ag-2024"), QStringLiteral("measures"),
                          QStringLiteral("xlsx"), secret, true)
                  .exitCode,
              0);
    strings = unzipEntry(secret, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.contains(s("Hemlig")));
    EXPECT_TRUE(strings.contains(s("<t>Sekretess</t>")));
}

TEST_F(CliExportTableTest, CsvIsSwedishAndGuardsHostileText)
{
    const QString out = path(QStringLiteral("atgarder.csv"));
    const auto result = exportTable(QStringLiteral("ag-2024"), QStringLiteral("measures"),
                                    QStringLiteral("csv"), out, true);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QByteArray bytes = readAll(out);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.startsWith(s("Fokusområde;Åtgärd;Beskrivning;Status;Start;Slut;")))
        << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(s(";\"'=Hemlig; \"\"spaning\"\"\nvid torget\";")));
    EXPECT_TRUE(text.contains(s(";12,5;"))) << "hours with a decimal comma";
    EXPECT_TRUE(text.contains(s(";2024-03-01;")));
    EXPECT_TRUE(text.endsWith(QLatin1String("\r\n")));
    // The header and the demo's 19 measures, the confidential one included; a line break
    // inside a cell is a bare LF in its quotes.
    EXPECT_EQ(text.count(QLatin1String("\r\n")), 20);

    const QString plan = path(QStringLiteral("plan.csv"));
    ASSERT_EQ(exportTable(QStringLiteral("ag-2024"), QStringLiteral("action-plan"),
                          QStringLiteral("csv"), plan)
                  .exitCode,
              0);
    const QString planText = QString::fromUtf8(readAll(plan).mid(3));
    EXPECT_TRUE(planText.startsWith(s("Fokusområde;Mål;Aktivitet;När;Ansvarig\r\n")));
    EXPECT_TRUE(planText.contains(s("\r\nTrygghet/centrum? Kvällar 2025;")));
    EXPECT_FALSE(planText.contains(s("Hemlig")));
}

TEST_F(CliExportTableTest, AnAgreementWithoutPlanGivesHeadersOnly)
{
    const QString out = path(QStringLiteral("tom.xlsx"));
    const auto result = exportTable(s("Tom överenskommelse"), QStringLiteral("action-plan"),
                                    QStringLiteral("xlsx"), out);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out.trimmed(), QStringLiteral("Wrote %1 (0 rows).").arg(out));
    EXPECT_TRUE(unzipEntry(out, QStringLiteral("xl/workbook.xml"))
                    .contains(s("<sheet name=\"Handlingsplan\"")));
    const QString follow = path(QStringLiteral("tom.csv"));
    ASSERT_EQ(exportTable(QStringLiteral("ag-tom"), QStringLiteral("follow-ups"),
                          QStringLiteral("csv"), follow)
                  .exitCode,
              0);
    const QString text = QString::fromUtf8(readAll(follow).mid(3));
    EXPECT_TRUE(text.startsWith(s("Datum;Slag;Fokusområde;")));
    EXPECT_EQ(text.count(QLatin1String("\r\n")), 1);
}

TEST_F(CliExportTableTest, WrongArgumentsAndUnwritableOutputExitOne)
{
    const QString out = path(QStringLiteral("x.xlsx"));
    auto result = exportTable(QStringLiteral("ag-1999"), QStringLiteral("measures"),
                              QStringLiteral("xlsx"), out);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("ag-1999"))) << result.err.toStdString();
    result = exportTable(QStringLiteral("ag-2024"), QStringLiteral("poster"),
                         QStringLiteral("xlsx"), out);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("--table"))) << result.err.toStdString();
    EXPECT_TRUE(
        result.err.contains(QLatin1String("action-plan, measures, follow-ups, statistics")));
    result = exportTable(QStringLiteral("ag-2024"), QStringLiteral("measures"),
                         QStringLiteral("ods"), out);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("--format"))) << result.err.toStdString();
    result =
        runCli({QStringLiteral("export-table"), m_file, QStringLiteral("--agreement"),
                QStringLiteral("ag-2024"), QStringLiteral("--table"), QStringLiteral("measures"),
                QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("--output"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    for (const char *format : {"xlsx", "csv"}) {
        const QString unwritable = path(QStringLiteral("saknas/x.%1").arg(QLatin1String(format)));
        result = exportTable(QStringLiteral("ag-2024"), QStringLiteral("measures"),
                             QString::fromLatin1(format), unwritable);
        EXPECT_EQ(result.exitCode, 1) << format;
        EXPECT_TRUE(result.err.contains(unwritable)) << result.err.toStdString();
        // The table is Swedish, the message in the terminal's language.
        EXPECT_TRUE(result.err.startsWith(QLatin1String("Could not write "))) << format;
        EXPECT_FALSE(QFile::exists(unwritable));
    }
}

TEST_F(CliExportTableTest, AnOutputThatCannotBeWrittenKeepsTheFileBeforeIt)
{
    // A read-only folder with last week's export in it, as a user who may not write there.
    const QString locked = path(QStringLiteral("låst"));
    ASSERT_TRUE(QDir().mkpath(locked));
    for (const char *format : {"xlsx", "csv"}) {
        const QString existing = locked + QStringLiteral("/förra.") + QLatin1String(format);
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther |
                          QFile::ReadGroup | QFile::ExeGroup;
    ASSERT_TRUE(QFile::setPermissions(locked, readable));
    QFile::setPermissions(m_dir.path(),
                          QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(m_file, QFile::permissions(m_file) | QFile::ReadOther);
    for (const char *format : {"xlsx", "csv"}) {
        const QString existing = locked + QStringLiteral("/förra.") + QLatin1String(format);
        const CliResult result =
            runCliAsNobody({QStringLiteral("export-table"), m_file, QStringLiteral("--agreement"),
                            QStringLiteral("ag-2024"), QStringLiteral("--table"),
                            QStringLiteral("measures"), QStringLiteral("--format"),
                            QString::fromLatin1(format), QStringLiteral("--output"), existing});
        EXPECT_EQ(result.exitCode, 1) << format << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(existing)) << result.err.toStdString();
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), QByteArray("old")) << format;
    }
    EXPECT_EQ(QDir(locked).entryList(QDir::Files | QDir::Hidden).size(), 2)
        << "no temporary file is left behind";
}

TEST_F(CliExportTableTest, StatisticsAreTheFilesOneSheetPerYear)
{
    const QString out = path(QStringLiteral("statistik.xlsx"));
    auto result = runCli({QStringLiteral("export-table"), m_file, QStringLiteral("--table"),
                          QStringLiteral("statistics"), QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("--output"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString workbook = unzipEntry(out, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains(s("<sheet name=\"Anmälda brott 2024 prel.\" sheetId=\"1\"")))
        << workbook.toStdString();
    EXPECT_TRUE(workbook.contains(s("<sheet name=\"Anmälda brott 2023\" sheetId=\"2\"")));
    const QString strings = unzipEntry(out, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.contains(s("<t>Samtliga brott</t>")));
    EXPECT_TRUE(strings.contains(s("<t>Brottskategori</t>")));

    const QString csv = path(QStringLiteral("statistik.csv"));
    result = runCli({QStringLiteral("export-table"), m_file, QStringLiteral("--table"),
                     QStringLiteral("statistics"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--output"), csv});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString text = QString::fromUtf8(readAll(csv).mid(3));
    EXPECT_TRUE(text.startsWith(s("År;Brottskategori;Brottstyp;Antal;")))
        << text.left(100).toStdString();
    // Brott mot liv och hälsa 2024: 188 of the demo's crimes, 6,4 % of them.
    EXPECT_TRUE(text.contains(s("\r\n2024;Brott mot liv och hälsa;;188;6,4;")))
        << text.left(400).toStdString();

    result =
        runCli({QStringLiteral("export-table"), m_file, QStringLiteral("--agreement"),
                QStringLiteral("ag-2024"), QStringLiteral("--table"), QStringLiteral("statistics"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                path(QStringLiteral("y.csv"))});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("--agreement"))) << result.err.toStdString();
}

TEST_F(CliExportTableTest, HelpNamesTheTablesAndFormats)
{
    const auto result = runCli({QStringLiteral("export-table"), QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QLatin1String("action-plan|measures|follow-ups")));
    EXPECT_TRUE(result.out.contains(QLatin1String("xlsx|csv")));
}
