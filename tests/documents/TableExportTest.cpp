// The table exports (issue #15): the action plan, every measure and the follow-ups as typed
// sheets from the fixture's agreement, confidential items absent unless asked for and then
// marked; the CSV bytes (BOM, semicolons, CRLF, quoting, formula guard, decimal comma); and
// the .xlsx read back from its zip (sheet names, frozen header, autofilter, dates as dates,
// numbers as numbers), once more through openpyxl when it is installed.

#include "DocumentFixture.h"

#include "CsvTableWriter.h"
#include "DocumentError.h"
#include "TableExporter.h"
#include "XlsxTableWriter.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

namespace samverka::documents::test {

using core::DataSheet;
using core::SheetCell;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

TableExportOptions optionsFor(TableKind kind, bool confidential = false)
{
    TableExportOptions o;
    o.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
    o.table = kind;
    o.includeConfidential = confidential;
    return o;
}

int columnOf(const DataSheet &sheet, const QString &title)
{
    return int(sheet.columnTitles().indexOf(title));
}

const QList<SheetCell> *rowWith(const DataSheet &sheet, int column, const QString &text)
{
    for (const QList<SheetCell> &row : sheet.rows())
        if (row[column].textValue() == text)
            return &row;
    return nullptr;
}

QString unzipEntry(const QString &zip, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The style index (cellXfs position) whose number format is formatCode.
int styleWithFormat(const QString &styles, const QString &formatCode)
{
    const QRegularExpression numFmt(QStringLiteral("<numFmt numFmtId=\"(\\d+)\" formatCode=\"%1\"")
                                        .arg(QRegularExpression::escape(formatCode)));
    const auto m = numFmt.match(styles);
    if (!m.hasMatch())
        return -1;
    const int xfsStart = int(styles.indexOf(QLatin1String("<cellXfs")));
    const QString xfs =
        styles.mid(xfsStart, styles.indexOf(QLatin1String("</cellXfs>")) - xfsStart);
    static const QRegularExpression xf(QStringLiteral("<xf numFmtId=\"(\\d+)\""));
    int index = 0;
    for (auto it = xf.globalMatch(xfs); it.hasNext(); ++index)
        if (it.next().captured(1) == m.captured(1))
            return index;
    return -1;
}

} // namespace

TEST(TableExport, ActionPlanHasASheetPerFocusAreaWithThePlansRows)
{
    const core::MunicipalityData data = DocumentFixture::municipality();
    const QList<DataSheet> sheets = TableExporter::build(data, optionsFor(TableKind::ActionPlan));
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets[0].name(), s("Trygga medborgare i ett tryggt centrum"));
    EXPECT_EQ(sheets[1].name(), s("Förebyggande arbete ungdomar"));
    EXPECT_EQ(sheets[0].columnTitles(),
              (QStringList{s("Goal"), s("Activity"), s("When"), s("Responsible")}));
    // The confidential measure is left out: one activity in the first area.
    ASSERT_EQ(sheets[0].rowCount(), 1);
    const QList<SheetCell> &row = sheets[0].rows()[0];
    EXPECT_EQ(row[0].textValue(), s("Misshandel utomhus i centrum ska minska"));
    EXPECT_TRUE(row[1].textValue().startsWith(s("Krogtillsyn\n")));
    EXPECT_TRUE(row[1].textValue().contains(s("Ansvarsfull alkoholservering (AAS)")));
    EXPECT_EQ(row[2].textValue(), s("Varje fredag och lördag 21–03"));
    EXPECT_EQ(row[3].textValue(), s("Polis i samverkan med kommunens alkoholhandläggare"));
    // User text is kept as typed.
    EXPECT_EQ(sheets[1].rows()[0][1].textValue(),
              QString::fromLatin1(DocumentFixture::markupTitle));
    for (const DataSheet &sheet : sheets)
        for (const QList<SheetCell> &r : sheet.rows())
            EXPECT_FALSE(r[1].textValue().contains(s(DocumentFixture::confidentialMeasure)));

    const QList<DataSheet> all =
        TableExporter::build(data, optionsFor(TableKind::ActionPlan, true));
    ASSERT_EQ(all[0].rowCount(), 2);
    // On request it is there, marked as the PDF marks it, and its goal repeated for filtering.
    const QString activity = all[0].rows()[1][1].textValue();
    EXPECT_TRUE(activity.startsWith(s(DocumentFixture::confidentialMeasure)));
    EXPECT_TRUE(activity.endsWith(s("\nConfidential")));
    EXPECT_EQ(all[0].rows()[1][0].textValue(), s("Misshandel utomhus i centrum ska minska"));
}

TEST(TableExport, AllMeasuresHaveEveryFieldTyped)
{
    const core::MunicipalityData data = DocumentFixture::municipality();
    const QList<DataSheet> sheets = TableExporter::build(data, optionsFor(TableKind::Measures));
    ASSERT_EQ(sheets.size(), 1);
    const DataSheet &sheet = sheets[0];
    EXPECT_EQ(sheet.name(), s("All measures"));
    EXPECT_EQ(sheet.rowCount(), 2);
    EXPECT_EQ(columnOf(sheet, s("Confidential")), -1);
    const int title = columnOf(sheet, s("Measure"));
    const QList<SheetCell> *krog = rowWith(sheet, title, s("Krogtillsyn"));
    const QList<SheetCell> *markup =
        rowWith(sheet, title, QString::fromLatin1(DocumentFixture::markupTitle));
    ASSERT_TRUE(krog && markup);
    EXPECT_EQ((*krog)[columnOf(sheet, s("Focus area"))].textValue(),
              s("Trygga medborgare i ett tryggt centrum"));
    EXPECT_EQ((*krog)[columnOf(sheet, s("Status"))].textValue(), s("Ongoing"));
    EXPECT_EQ((*krog)[columnOf(sheet, s("Planned count"))].type(), SheetCell::Type::Integer);
    EXPECT_EQ((*krog)[columnOf(sheet, s("Planned count"))].integerValue(), 12);
    EXPECT_EQ((*krog)[columnOf(sheet, s("Done count"))].integerValue(), 9); // 5 + 4
    EXPECT_EQ((*krog)[columnOf(sheet, s("Causes"))].textValue(), s("Cause 1.1"));
    EXPECT_EQ((*krog)[columnOf(sheet, s("Goals"))].textValue(),
              s("Misshandel utomhus i centrum ska minska"));
    EXPECT_EQ((*krog)[columnOf(sheet, s("Latest follow-up"))].dateValue(), QDate(2024, 12, 31));
    EXPECT_EQ((*markup)[columnOf(sheet, s("Start"))].dateValue(), QDate(2024, 8, 1));
    EXPECT_EQ((*markup)[columnOf(sheet, s("End"))].dateValue(), QDate(2024, 12, 31));
    EXPECT_TRUE((*markup)[columnOf(sheet, s("Planned count"))].isEmpty());
    EXPECT_FALSE(rowWith(sheet, title, s(DocumentFixture::confidentialMeasure)));

    const DataSheet all = TableExporter::build(data, optionsFor(TableKind::Measures, true))[0];
    const int mark = columnOf(all, s("Confidential"));
    ASSERT_GE(mark, 0);
    const QList<SheetCell> *secret = rowWith(all, title, s(DocumentFixture::confidentialMeasure));
    ASSERT_TRUE(secret);
    EXPECT_EQ((*secret)[mark].textValue(), s("Confidential"));
    EXPECT_TRUE((*rowWith(all, title, s("Krogtillsyn")))[mark].isEmpty());
}

TEST(TableExport, FollowUpsComeByDateAndFollowTheirMeasuresConfidentiality)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    core::FollowUp secret;
    secret.id = QStringLiteral("fu-secret");
    secret.kind = core::FollowUpKind::Process;
    secret.measure = QStringLiteral("m3");
    secret.date = QDate(2024, 1, 15);
    secret.text = s("Spaning vid Solrosen gav två gripanden");
    data.agreements[0].followUps.append(secret);

    const DataSheet sheet = TableExporter::build(data, optionsFor(TableKind::FollowUps))[0];
    EXPECT_EQ(sheet.name(), s("Follow-ups"));
    ASSERT_EQ(sheet.rowCount(), 4);
    const int date = columnOf(sheet, s("Date"));
    EXPECT_EQ(sheet.rows()[0][date].dateValue(), QDate(2024, 6, 30));
    EXPECT_EQ(sheet.rows()[3][date].dateValue(), QDate(2025, 6, 30));
    EXPECT_EQ(sheet.rows()[0][columnOf(sheet, s("Concerns"))].textValue(), s("Krogtillsyn"));
    EXPECT_EQ(sheet.rows()[0][columnOf(sheet, s("Times done"))].integerValue(), 5);
    const SheetCell value = sheet.rows()[3][columnOf(sheet, s("Value"))];
    EXPECT_EQ(value.type(), SheetCell::Type::Decimal);
    EXPECT_EQ(value.decimalValue(), 33.0);

    const DataSheet all = TableExporter::build(data, optionsFor(TableKind::FollowUps, true))[0];
    ASSERT_EQ(all.rowCount(), 5);
    EXPECT_EQ(all.rows()[0][columnOf(all, s("Text"))].textValue(), secret.text);
    EXPECT_EQ(all.rows()[0][columnOf(all, s("Confidential"))].textValue(), s("Confidential"));
}

TEST(TableExport, StatisticsHaveASheetPerYearWithCategoriesTypesAndTotal)
{
    const core::MunicipalityData data = DocumentFixture::municipality();
    TableExportOptions options;
    options.table = TableKind::Statistics;
    const QList<DataSheet> sheets = TableExporter::build(data, options);
    ASSERT_FALSE(sheets.isEmpty());
    const DataSheet &latest = sheets.first();
    EXPECT_TRUE(latest.name().startsWith(s("Reported crimes "))) << latest.name().toStdString();
    ASSERT_GE(latest.rowCount(), 2);
    const int year = int(latest.rows()[0][0].integerValue());
    if (sheets.size() > 1) {
        EXPECT_GT(year, sheets[1].rows()[0][0].integerValue()) << "the latest year first";
    }
    const int count = columnOf(latest, s("Count"));
    const int share = columnOf(latest, s("Share of all crimes (%)"));
    std::int64_t categories = 0;
    for (const QList<SheetCell> &row : latest.rows().mid(0, latest.rowCount() - 1)) {
        EXPECT_EQ(row[0].integerValue(), year);
        if (row[2].isEmpty()) // a category line; its types follow it
            categories += row[count].integerValue();
        if (row[share].type() == SheetCell::Type::Decimal) {
            EXPECT_DOUBLE_EQ(row[share].decimalValue() * 10,
                             std::round(row[share].decimalValue() * 10));
        }
    }
    const QList<SheetCell> &total = latest.rows().last();
    EXPECT_EQ(total[1].textValue(), s("All crimes"));
    EXPECT_EQ(total[count].type(), SheetCell::Type::Integer);
    EXPECT_EQ(total[count].integerValue(), categories);

    options.format = TableFormat::Csv;
    const QList<DataSheet> csv = TableExporter::build(data, options);
    ASSERT_EQ(csv.size(), 1);
    int rows = 0;
    for (const DataSheet &sheet : sheets)
        rows += sheet.rowCount();
    EXPECT_EQ(csv[0].rowCount(), rows);
    EXPECT_EQ(csv[0].columnTitles(), latest.columnTitles());
}

TEST(TableExport, CsvIsExcelsSwedishDialectAndQuotesHostileText)
{
    DataSheet sheet(s("Blad"), {{s("Text"), 0}, {s("Datum"), 0}, {s("Antal"), 0}, {s("Värde"), 0}});
    sheet.addRow({SheetCell::text(s("Säg \"hej\"; sedan\nny rad")),
                  SheetCell::date(QDate(2024, 3, 1)), SheetCell::integer(std::int64_t(1200)),
                  SheetCell::decimal(12.5)});
    sheet.addRow({SheetCell::text(s("=HYPERLINK(\"http://x\")")), SheetCell(),
                  SheetCell::integer(std::int64_t(-3)), SheetCell::decimal(-0.25)});
    sheet.addRow({SheetCell::text(s("+46 611")), SheetCell::text(s("@SUM(A1)")),
                  SheetCell::text(s("-1")), SheetCell::text(s("Åsa Öberg"))});
    const QByteArray csv = CsvTableWriter::toCsv(sheet);
    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") + s("Text;Datum;Antal;Värde\r\n"
                                       "\"Säg \"\"hej\"\"; sedan\nny rad\";2024-03-01;1200;12,5\r\n"
                                       "\"'=HYPERLINK(\"\"http://x\"\")\";;-3;-0,25\r\n"
                                       "'+46 611;'@SUM(A1);'-1;Åsa Öberg\r\n")
                                         .toUtf8();
    EXPECT_EQ(csv, expected) << csv.toStdString();
}

TEST(TableExport, CsvOfTheActionPlanIsOneTableWithTheFocusAreaFirst)
{
    const core::MunicipalityData data = DocumentFixture::municipality();
    TableExportOptions options = optionsFor(TableKind::ActionPlan);
    options.format = TableFormat::Csv;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    EXPECT_EQ(TableExporter::write(data, options, path), 2);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], s("Focus area;Goal;Activity;When;Responsible"));
    EXPECT_TRUE(lines[1].startsWith(s("Trygga medborgare i ett tryggt centrum;")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(s("Förebyggande arbete ungdomar;"))) << lines[2].toStdString();
}

TEST(TableExport, XlsxHasExcelsSheetNamesAFrozenHeaderAutofilterDatesAndNumbers)
{
    const QString thirty = s("Trygghet/centrum? Kvällar 2025");
    DataSheet first(thirty, {{s("Åtgärd"), 0}, {s("Start"), 0}, {s("Antal"), 0}, {s("Budget"), 0}});
    first.addRow({SheetCell::text(s("Krogtillsyn")), SheetCell::date(QDate(2024, 8, 1)),
                  SheetCell::integer(std::int64_t(12)), SheetCell::decimal(45000.5)});
    first.addRow({SheetCell::text(s("=1+1")), SheetCell(), SheetCell(), SheetCell()});
    const DataSheet second(thirty, {{s("Mål"), 0}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tabeller.xlsx"));
    XlsxTableWriter::write({first, second}, path, s("Överenskommelse"));

    const QString workbook = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(
        workbook.contains(s("<sheet name=\"Trygghet-centrum- Kvällar 2025\" sheetId=\"1\"")))
        << workbook.toStdString();
    EXPECT_TRUE(
        workbook.contains(s("<sheet name=\"Trygghet-centrum- Kvällar… (2)\" sheetId=\"2\"")));

    const QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains(QLatin1String("<pane ySplit=\"1\" topLeftCell=\"A2\"")));
    EXPECT_TRUE(sheet.contains(QLatin1String("state=\"frozen\"")));
    EXPECT_TRUE(sheet.contains(QLatin1String("<autoFilter ref=\"A1:D3\"/>")))
        << sheet.toStdString();
    const int dateStyle = styleWithFormat(unzipEntry(path, QStringLiteral("xl/styles.xml")),
                                          QStringLiteral("yyyy-mm-dd"));
    ASSERT_GT(dateStyle, 0);
    const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2024, 8, 1));
    EXPECT_TRUE(sheet.contains(
        QStringLiteral("<c r=\"B2\" s=\"%1\"><v>%2</v></c>").arg(dateStyle).arg(serial)))
        << sheet.toStdString();
    // Numbers are number cells (no t attribute), text is shared strings, never a formula.
    EXPECT_TRUE(
        sheet.contains(QRegularExpression(QStringLiteral("<c r=\"C2\" s=\"\\d+\"><v>12</v></c>"))));
    EXPECT_TRUE(sheet.contains(
        QRegularExpression(QStringLiteral("<c r=\"D2\" s=\"\\d+\"><v>45000.5</v></c>"))));
    EXPECT_TRUE(
        sheet.contains(QRegularExpression(QStringLiteral("<c r=\"A3\" s=\"\\d+\" t=\"s\">"))));
    EXPECT_FALSE(sheet.contains(QLatin1String("<f>")));
    EXPECT_TRUE(
        sheet.contains(QRegularExpression(QStringLiteral("<col min=\"1\" max=\"1\" width=\""))));
    const QString strings = unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.contains(QLatin1String("<t>=1+1</t>")));
    EXPECT_TRUE(strings.contains(s("<t>Åtgärd</t>")));
}

TEST(TableExport, XlsxIsWrittenWhenTheTemporaryFolderHasSwedishLetters)
{
    // The workbook is built in a temporary folder first. On Windows that is under the
    // user's profile, often with "å" in it, and libxlsxwriter wants its name as UTF-8
    // there (docs/windows.md); here the folder gets such a name through TMPDIR.
    QTemporaryDir base;
    const QString swedish = base.filePath(s("Åsa Öberg/Temp"));
    ASSERT_TRUE(QDir().mkpath(swedish));
    const bool hadTmpDir = qEnvironmentVariableIsSet("TMPDIR");
    const QByteArray saved = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(swedish));
    ASSERT_EQ(QDir::tempPath(), swedish);
    const QString path = base.filePath(s("åtgärder.xlsx"));
    DataSheet sheet(s("Åtgärder"), {{s("Mål"), 0}});
    sheet.addRow({SheetCell::text(s("Tryggare torg"))});
    EXPECT_NO_THROW(XlsxTableWriter::write({sheet}, path, s("Överenskommelse")));
    if (hadTmpDir)
        qputenv("TMPDIR", saved);
    else
        qunsetenv("TMPDIR");
    EXPECT_TRUE(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"))
                    .contains(s("<t>Tryggare torg</t>")));
    EXPECT_TRUE(QDir(swedish).isEmpty()); // the temporary folder went with the export
}

TEST(TableExport, XlsxToAnUnwritableFolderNamesThePathAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saknas/tabeller.xlsx"));
    DataSheet sheet(s("Blad"), {{s("Mål"), 0}});
    try {
        XlsxTableWriter::write({sheet}, path, QString());
        FAIL() << "no error";
    } catch (const DocumentError &error) {
        EXPECT_TRUE(error.message().contains(path)) << error.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(path));
}

// A workbook that cannot be written keeps the file that was there: see
// CliExportTableTest.AnOutputThatCannotBeWrittenKeepsTheFileBeforeIt, run as a user who
// may not write the folder (root writes anywhere).

TEST(TableExport, XlsxReadsBackInOpenpyxl)
{
    // Debian's python3-openpyxl (scripts/install-deps) is for Debian's python3, which
    // another one on PATH may hide.
    const QString python = QStringLiteral("/usr/bin/python3");
    const core::MunicipalityData data = DocumentFixture::municipality();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atgarder.xlsx"));
    EXPECT_EQ(TableExporter::write(data, optionsFor(TableKind::Measures), path), 2);
    const QString script = QStringLiteral(
        "import sys, datetime, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "ws = wb.worksheets[0]\n"
        "head = [c.value for c in ws[1]]\n"
        "rows = {r[head.index('Measure')].value: r for r in ws.iter_rows(min_row=2)}\n"
        "start = rows['<b>x</b>'][head.index('Start')]\n"
        "planned = rows['Krogtillsyn'][head.index('Planned count')].value\n"
        "print(wb.sheetnames[0], ws.freeze_panes, ws.auto_filter.ref, sep='|')\n"
        "print(start.value.isoformat(), start.is_date, start.number_format, sep='|')\n"
        "print(type(planned).__name__, planned, len(rows), sep='|')\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, path});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << out.toStdString();
    EXPECT_EQ(lines[0].section(QLatin1Char('|'), 0, 1), s("All measures|A2"));
    EXPECT_TRUE(lines[0].endsWith(QLatin1String("|A1:W3"))) << lines[0].toStdString();
    EXPECT_EQ(lines[1], s("2024-08-01T00:00:00|True|yyyy-mm-dd"));
    EXPECT_EQ(lines[2], s("int|12|2"));
}

} // namespace samverka::documents::test
