// The åtgärdsplan as a PDF (issue #14, Lag 2023:196 §5), read back with poppler: landscape
// A4 pages, the cover with the decision and the lägesbild it is based on, Brå's six
// columns with the demo plan's rows, causes and colours, a row without a cause, the
// follow-up history, the draft mark, confidential rows and causes (absent by default,
// present and marked on request), and refusals. Printing gets the landscape pages too.

#include "PdfTools.h"

#include "Clock.h"
#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "DocumentPrinter.h"
#include "EnumLabels.h"
#include "ExchangeReader.h"
#include "PdfExporter.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextTable>

namespace samverka::documents::test {

using namespace samverka::core;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString t(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(context, source, disambiguation, n);
}

bool has(const QString &text, const QString &needle)
{
    return text.simplified().contains(needle.simplified());
}

MunicipalityData read(const char *path)
{
    QFile file(QString::fromUtf8(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    return ExchangeReader::read(file.readAll()).data;
}

/// The demo municipality: Åtgärdsplan 2025–2026 (ap-2025), decided, from Lägesbild 2024.
MunicipalityData demo()
{
    return read(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json");
}

/// Åtgärdsplan 2024–2025 (ap-2024, decided, with the confidential own row r3 and a row
/// aimed at a confidential problem) and the draft Åtgärdsplan 2026 (ap-2026).
MunicipalityData full()
{
    return read(SAMVERKA_TEST_DATA_DIR "/exchange/full.json");
}

MeasurePlan &planOf(MunicipalityData &data, const char *id)
{
    for (MeasurePlan &p : data.measurePlans)
        if (p.id == QLatin1String(id))
            return p;
    ADD_FAILURE() << "no plan " << id;
    static MeasurePlan none;
    return none;
}

QString cellText(const QTextTableCell &cell)
{
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

/// The cells of the built document's tables whose header row is headers, row after row
/// (the header rows left out), each cell's paragraphs joined by '\n'. The PDF's text
/// cannot give a cell of a wide table whole: pdftotext mixes the lines of the columns.
QList<QStringList> tableRows(const BuiltDocument &built, const QStringList &headers)
{
    QList<QStringList> rows;
    for (const auto &section : built.sections) {
        QList<QTextTable *> tables;
        collectTables(section->rootFrame(), tables);
        for (QTextTable *table : std::as_const(tables)) {
            QStringList first;
            for (int c = 0; c < table->columns(); ++c)
                first << cellText(table->cellAt(0, c));
            if (first != headers)
                continue;
            for (int r = 1; r < table->rows(); ++r) {
                QStringList row;
                for (int c = 0; c < table->columns(); ++c)
                    row << cellText(table->cellAt(r, c));
                rows << row;
            }
        }
    }
    return rows;
}

QStringList braColumns()
{
    QStringList headers;
    for (const char *header : {"Cause", "Measure", "Operative goals", "When", "Who", "Follow-up"})
        headers << t("PlanTableWriter", header);
    return headers;
}

bool isLandscapeA4(const QSizeF &points)
{
    return std::abs(points.width() - 841.89) < 1.0 && std::abs(points.height() - 595.28) < 1.0;
}

} // namespace

class MeasurePlanDocumentTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_translators = Translations::install(QLocale::Swedish); }
    static void TearDownTestSuite() { s_translators.clear(); }

    DocumentOptions options(const QString &id = {}, bool confidential = false) const
    {
        DocumentOptions o;
        o.kind = DocumentKind::MeasurePlan;
        o.recordId = id;
        o.includeConfidential = confidential;
        o.clock = &m_clock;
        return o;
    }
    QString write(const MunicipalityData &data, const QString &id = {}, bool confidential = false)
    {
        const QString path = m_dir.filePath(QStringLiteral("ap%1.pdf").arg(++m_count));
        PdfExporter::write(data, options(id, confidential), path);
        return path;
    }
    QStringList pages(const MunicipalityData &data, const QString &id = {},
                      bool confidential = false)
    {
        return PdfTools::pages(write(data, id, confidential));
    }
    /// The rows of Brå's table (chapter 2) as built.
    QList<QStringList> braRows(const MunicipalityData &data, const QString &id = {},
                               bool confidential = false) const
    {
        return tableRows(DocumentBuilder::build(data, options(id, confidential)), braColumns());
    }

    static inline std::vector<std::unique_ptr<QTranslator>> s_translators;
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 10, 1)};
    int m_count = 0;
};

TEST_F(MeasurePlanDocumentTest, EveryPageIsA4Landscape)
{
    const QString path = write(demo());
    const QList<QSizeF> sizes = PdfTools::pageSizes(path);
    ASSERT_GE(sizes.size(), 4);
    for (const QSizeF &size : sizes)
        EXPECT_TRUE(isLandscapeA4(size)) << size.width() << " x " << size.height();
    EXPECT_TRUE(PdfTools::info(path).contains(QStringLiteral("Page size:")));
}

TEST_F(MeasurePlanDocumentTest, TheCoverHasTheDecisionAndTheSituationPictureItIsBasedOn)
{
    const QStringList all = pages(demo());
    ASSERT_GE(all.size(), 4);
    const QString cover = all.first();
    const char *context = "MeasurePlanBuilder";
    EXPECT_TRUE(has(cover, t(context, "Measure plan").toUpper()));
    EXPECT_TRUE(has(cover, s("Åtgärdsplan 2025–2026")));
    EXPECT_TRUE(has(cover, t(context, "Crime prevention measures in %1, under the Act (2023:196) "
                                      "on the municipalities' responsibility for crime prevention")
                               .arg(s("Härnösand"))));
    EXPECT_TRUE(has(cover, s("2025-04-01 – 2026-12-31")));
    EXPECT_TRUE(has(cover, EnumLabels::label(PlanStatus::Decided)));
    EXPECT_TRUE(has(cover, s("Kommunstyrelsen, 2025-03-18, § 52")));
    EXPECT_TRUE(has(cover, s("KS 2025/118")));
    EXPECT_TRUE(
        has(cover, t(context, "%1 (adopted %2)").arg(s("Lägesbild 2024"), s("2025-02-11"))));
    for (const char *date : {"2025-09-15", "2026-03-16", "2026-09-14"})
        EXPECT_TRUE(has(cover, s(date))) << date;
    // The diary number heads every page.
    for (const QString &page : all)
        EXPECT_TRUE(has(page, t("LawDocumentDecoration", "Ref. no. %1").arg(s("KS 2025/118"))));

    // A plan linked to no lägesbild says so, on the cover and in the background.
    MunicipalityData unlinked = demo();
    planOf(unlinked, "ap-2025").situationPicture.clear();
    const QString text = pages(unlinked).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, t(context, "No situation picture is linked to the plan")));
    EXPECT_TRUE(has(text, t(context, "The plan is not linked to a situation picture. The law asks "
                                     "that it be based on the municipality's situation picture.")));
}

TEST_F(MeasurePlanDocumentTest, HasTheContentsAndTheThreeChapters)
{
    const QStringList all = pages(demo());
    const char *context = "MeasurePlanBuilder";
    ASSERT_GE(all.size(), 4);
    for (const char *chapter : {"1. Background", "2. Measures"})
        EXPECT_TRUE(has(all.at(1), t(context, chapter))) << chapter;
    EXPECT_TRUE(has(all.at(1), t("PlanFollowUpWriter", "3. Follow-up")));
    // "1. Bakgrund ... 3": the contents give the page the chapter starts on.
    const QRegularExpression background(QRegularExpression::escape(t(context, "1. Background")) +
                                        QStringLiteral(R"(\s+(\d+))"));
    const QRegularExpressionMatch m = background.match(all.at(1));
    ASSERT_TRUE(m.hasMatch()) << qPrintable(all.at(1));
    const int page = m.captured(1).toInt();
    ASSERT_GT(page, 0);
    ASSERT_LE(page, all.size());
    EXPECT_TRUE(has(all.at(page - 1), s("Åtgärdsplanen bygger på Lägesbild 2024")));
    EXPECT_TRUE(has(
        all.at(page - 1),
        t(context, "The plan is based on the situation picture “%1”").arg(s("Lägesbild 2024"))));
}

TEST_F(MeasurePlanDocumentTest, TheSixColumnsOfBraWithTheRowsCausesAndColours)
{
    const QString layout = pages(demo()).join(QLatin1Char('\f'));
    // The header row: the six columns in Brå's order on one line.
    QStringList escaped;
    for (const QString &header : braColumns())
        escaped << QRegularExpression::escape(header);
    const QRegularExpression headerRow(
        QStringLiteral("^\\s*") + escaped.join(QStringLiteral("\\s{2,}")) + QStringLiteral("\\s*$"),
        QRegularExpression::MultilineOption);
    EXPECT_TRUE(headerRow.match(layout).hasMatch()) << qPrintable(layout);
    // What fits on a line of its cell, read from the PDF.
    for (const char *title : {"1. Gemensam krogtillsyn", "3. Vuxna på stan"})
        EXPECT_TRUE(has(layout, s(title))) << title;
    for (const QString &label : {EnumLabels::causeLabel(1, 1), EnumLabels::causeLabel(4, 2),
                                 t("samverka::core::PlanTable", "Problem %1").arg(3)})
        EXPECT_TRUE(has(layout, label)) << qPrintable(label);
    for (const RatingColour colour : {RatingColour::Green, RatingColour::Yellow, RatingColour::Red})
        EXPECT_TRUE(has(layout, EnumLabels::label(colour) + s(" 2026-09-14")))
            << qPrintable(EnumLabels::label(colour));

    // Each cell whole, from the document as built.
    const QList<QStringList> rows = braRows(demo());
    ASSERT_EQ(rows.size(), 4);
    // Orsak: the adopted row's causes as the agreement numbers them; the own row's problem.
    EXPECT_TRUE(rows[0][0].startsWith(EnumLabels::causeLabel(1, 1) +
                                      s(" Serveringsställena stänger nästan samtidigt")))
        << qPrintable(rows[0][0]);
    EXPECT_TRUE(rows[0][0].contains(QLatin1Char('\n') + EnumLabels::causeLabel(1, 2) + s(" Hög ")));
    EXPECT_TRUE(rows[2][0].contains(EnumLabels::causeLabel(4, 2) + s(" Många föräldrar saknar")));
    EXPECT_EQ(rows[3][0], t("samverka::core::PlanTable", "Problem %1").arg(3) +
                              s(" Skadegörelse och anlagda bränder på skolor och i Öbacka"));
    // Åtgärd: numbered title, the agreement it is adopted from, the description.
    EXPECT_TRUE(rows[0][1].startsWith(
        s("1. Gemensam krogtillsyn\n") +
        t("PlanTableWriter", "From: %1")
            .arg(s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen 2024–2027"))))
        << qPrintable(rows[0][1]);
    EXPECT_TRUE(rows[3][1].startsWith(
        s("4. Brandskyddsgenomgång och anlagda bränder på skolorna\nRäddningstjänsten och ")))
        << qPrintable(rows[3][1]);
    // Operativa mål: the plan's wording first, then the agreement's goals.
    EXPECT_TRUE(rows[0][2].startsWith(
        s("– Minst 24 gemensamma tillsynsbesök per år, varav hälften efter kl. 23\n– ")))
        << qPrintable(rows[0][2]);
    EXPECT_EQ(rows[3][2], s("Genomgång på alla sex grundskolor; information till alla klasser "
                            "i årskurs 7"));
    // När and Vem.
    EXPECT_EQ(rows[3][3], s("Höstterminen 2025 och vårterminen 2026"));
    EXPECT_EQ(rows[3][4], s("Räddningstjänsten och barn- och utbildningsförvaltningen"));
    // Uppföljning: the latest rating's colour, date and comment.
    EXPECT_EQ(rows[0][5], EnumLabels::label(RatingColour::Green) +
                              s("  2026-09-14\nEnligt plan; inga allvarliga brister vid "
                                "senaste besöken."));
    EXPECT_EQ(rows[1][5], EnumLabels::label(RatingColour::Yellow) +
                              s("  2026-09-14\nFyra av fem platser röjda; gångtunneln väntar på "
                                "ny armatur."));
    EXPECT_EQ(rows[2][5], EnumLabels::label(RatingColour::Red) +
                              s("  2026-09-14\nIngen ny samordnare för föreningen; åtgärden "
                                "behöver ses över."));
    // Every row has a cause here.
    EXPECT_FALSE(has(layout, t("PlanTableWriter", "No cause given")));
}

TEST_F(MeasurePlanDocumentTest, ARowWithoutACauseAndARowNeverRatedSaySo)
{
    MunicipalityData data = demo();
    MeasurePlan &plan = planOf(data, "ap-2025");
    plan.rows[3].problems.clear();
    plan.rows[3].ratings.clear();
    const QString layout = pages(data).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(layout, t("PlanTableWriter", "No cause given")));
    EXPECT_TRUE(has(layout, t("PlanRatingCell", "Not rated")));
    const QList<QStringList> rows = braRows(data);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[3][0], t("PlanTableWriter", "No cause given"));
    EXPECT_EQ(rows[3][5], t("PlanRatingCell", "Not rated"));

    // A measure the agreement no longer has is named as such.
    plan.rows[0].measure = QStringLiteral("m-gone");
    const QList<QStringList> gone = braRows(data);
    ASSERT_EQ(gone.size(), 4);
    EXPECT_EQ(gone[0][1],
              s("1. ") + t("PlanTableWriter", "The measure is no longer in the agreement"));
}

TEST_F(MeasurePlanDocumentTest, TheFollowUpChapterCountsTheColoursAndListsEveryDate)
{
    MunicipalityData data = demo();
    // A rating on a day that is not one of the plan's follow-up dates.
    planOf(data, "ap-2025")
        .rows[1]
        .ratings.prepend(
            {QStringLiteral("extra"), QDate(2025, 6, 2), RatingColour::Red, s("Tidig kontroll.")});
    const QStringList all = pages(data);
    const QString layout = all.join(QLatin1Char('\f'));
    const char *context = "PlanFollowUpWriter";
    // At the latest rating: 2 green, 1 yellow, 1 red, 0 not rated, of 4.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\s*2\\s+1\\s+1\\s+0\\s+4\\s*$"),
                                   QRegularExpression::MultilineOption)
                    .match(layout)
                    .hasMatch())
        << qPrintable(layout);
    for (const auto &[date, note] : {std::pair{"2025-09-15", "Styrgruppens höstmöte"},
                                     std::pair{"2026-03-16", "Styrgruppens vårmöte"},
                                     std::pair{"2026-09-14", "Styrgruppens höstmöte"}}) {
        const QString heading = t(context, "%1: %2", "heading: note")
                                    .arg(t(context, "Follow-up %1", "date").arg(s(date)), s(note));
        EXPECT_TRUE(has(layout, heading)) << qPrintable(heading);
        EXPECT_TRUE(has(all.at(1), heading)) << "not in the contents: " << qPrintable(heading);
    }
    EXPECT_TRUE(
        has(layout, t(context, "Rated %1 (outside the follow-up dates)").arg(s("2025-06-02"))));
    // Each row's rating on each date: the third row went from yellow to red; the own row
    // was first rated in March 2026, so not at the first follow-up.
    for (const QString &row : {s("2 Bättre belysning och röjd sikt på utpekade platser ") +
                                   EnumLabels::label(RatingColour::Red) + s(" Tidig kontroll."),
                               s("3 Vuxna på stan ") + EnumLabels::label(RatingColour::Yellow) +
                                   s(" Vandringar varannan helg; för få vuxna anmälda."),
                               s("3 Vuxna på stan ") + EnumLabels::label(RatingColour::Red) +
                                   s(" Vandringarna ställdes in under vintern."),
                               s("4 Brandskyddsgenomgång och anlagda bränder på skolorna ") +
                                   t("PlanRatingCell", "Not rated")})
        EXPECT_TRUE(has(layout, row)) << qPrintable(row);
}

TEST_F(MeasurePlanDocumentTest, ADraftIsMarkedOnEveryPageAndADecidedPlanIsNot)
{
    const QString draft = t("DocumentRenderer", "DRAFT");
    const QStringList drafted = pages(full(), QStringLiteral("ap-2026"));
    ASSERT_FALSE(drafted.isEmpty());
    EXPECT_TRUE(has(drafted.first(), s("Åtgärdsplan 2026")));
    for (const QString &page : drafted)
        EXPECT_TRUE(has(page, draft));
    EXPECT_TRUE(has(drafted.join(QLatin1Char('\f')),
                    t("MeasurePlanBuilder", "The plan has no measures yet.")));
    const QStringList decided = pages(full(), QStringLiteral("ap-2024"));
    ASSERT_FALSE(decided.isEmpty());
    for (const QString &page : decided)
        EXPECT_FALSE(has(page, draft));
    // Without an id, the latest plan: the last in the file.
    EXPECT_TRUE(has(pages(full()).first(), s("Åtgärdsplan 2026")));
}

TEST_F(MeasurePlanDocumentTest, ConfidentialRowsAndCausesOnlyOnRequestAndMarked)
{
    const QString notice = t("DocumentRenderer", "Contains information subject to confidentiality");
    const QString secretRow = s("Sekretessbelagd insats");
    const QString secretProblem = s("Rekrytering till kriminalitet");
    const QStringList open = pages(full(), QStringLiteral("ap-2024"));
    const QString openText = open.join(QLatin1Char('\f'));
    EXPECT_TRUE(has(openText, s("Trygghetsvandringar i centrum")));
    EXPECT_FALSE(has(openText, secretRow));
    EXPECT_FALSE(has(openText, secretProblem));
    EXPECT_FALSE(has(openText, notice));
    EXPECT_TRUE(has(openText, t("MeasurePlanBuilder",
                                "Measures covered by secrecy are left out of this copy.")));
    EXPECT_TRUE(has(
        openText, t("MeasurePlanBuilder", "Causes covered by secrecy are left out of this copy.")));

    const QStringList secret = pages(full(), QStringLiteral("ap-2024"), true);
    const QString secretText = secret.join(QLatin1Char('\f'));
    EXPECT_TRUE(has(secretText, secretRow));
    EXPECT_TRUE(has(secretText, secretProblem));
    for (const QString &page : secret)
        EXPECT_TRUE(has(page, notice));

    // Marked where they are: the row, and the cause it is aimed at.
    const QString mark = t("PlanTableWriter", "Confidential");
    // By default the own row 2 only: row 1 adopts a confidential measure, row 3 is secret.
    const QList<QStringList> open2 = braRows(full(), QStringLiteral("ap-2024"));
    ASSERT_EQ(open2.size(), 1);
    EXPECT_TRUE(open2[0][1].startsWith(s("2. Trygghetsvandringar i centrum")));
    EXPECT_EQ(open2[0][0],
              t("samverka::core::PlanTable", "Problem %1").arg(1) +
                  s(" Skadegörelse vid resecentrum\n") +
                  t("PlanTableWriter", "%n cause(s) covered by secrecy left out of this copy.",
                    nullptr, 1));
    const QList<QStringList> rows = braRows(full(), QStringLiteral("ap-2024"), true);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1][0], t("samverka::core::PlanTable", "Problem %1").arg(1) +
                              s(" Skadegörelse vid resecentrum\n") +
                              t("samverka::core::PlanTable", "Problem %1").arg(2) +
                              QLatin1Char(' ') + secretProblem + s("  ") + mark);
    EXPECT_EQ(rows[2][1], s("3. ") + secretRow + QLatin1Char('\n') + mark);
    EXPECT_TRUE(rows[0][1].startsWith(s("1. Krogtillsyn\n"))) << qPrintable(rows[0][1]);
    EXPECT_TRUE(rows[0][1].endsWith(QLatin1Char('\n') + mark)) << qPrintable(rows[0][1]);
    // The confidential row is aimed at no cause: that shows too.
    EXPECT_EQ(rows[2][0], t("PlanTableWriter", "No cause given"));
}

TEST_F(MeasurePlanDocumentTest, AnUnknownPlanOrNoneIsRefused)
{
    EXPECT_THROW(DocumentBuilder::build(demo(), options(QStringLiteral("ap-1999"))), DocumentError);
    MunicipalityData none = demo();
    none.measurePlans.clear();
    EXPECT_THROW(DocumentBuilder::build(none, options()), DocumentError);
    EXPECT_FALSE(isAgreementDocument(DocumentKind::MeasurePlan));
}

// A printer is given the plan's landscape pages the first time; a preview the user turned
// to portrait afterwards is drawn in portrait; an agreement goes on portrait pages even on
// a printer left in landscape.
TEST_F(MeasurePlanDocumentTest, PrintingUsesTheDocumentsOrientationFirst)
{
    const MunicipalityData data = demo();
    BuiltDocument built = DocumentBuilder::build(data, options());
    EXPECT_EQ(built.orientation, QPageLayout::Landscape);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QString first = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(first);
    ASSERT_GT(DocumentPrinter::print(built, printer), 0);
    for (const QSizeF &size : PdfTools::pageSizes(first))
        EXPECT_TRUE(isLandscapeA4(size)) << size.width() << " x " << size.height();

    printer.setPageOrientation(QPageLayout::Portrait); // the preview's "portrait" button
    const QString turned = m_dir.filePath(QStringLiteral("turned.pdf"));
    printer.setOutputFileName(turned);
    ASSERT_GT(DocumentPrinter::print(built, printer), 0);
    const QList<QSizeF> portrait = PdfTools::pageSizes(turned);
    ASSERT_FALSE(portrait.isEmpty());
    EXPECT_LT(portrait.first().width(), portrait.first().height());

    DocumentOptions agreement;
    agreement.kind = DocumentKind::Agreement;
    agreement.agreementId = QStringLiteral("ag-2024");
    agreement.clock = &m_clock;
    printer.setPageOrientation(QPageLayout::Landscape);
    const QString agreementPdf = m_dir.filePath(QStringLiteral("agreement.pdf"));
    printer.setOutputFileName(agreementPdf);
    ASSERT_GT(DocumentPrinter::print(data, agreement, printer), 0);
    for (const QSizeF &size : PdfTools::pageSizes(agreementPdf))
        EXPECT_LT(size.width(), size.height());
}

} // namespace samverka::documents::test
