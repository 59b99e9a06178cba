// The four documents as PDFs, read back with poppler: sections, tables, page numbers,
// draft marker, fingerprint, escaping, confidentiality, long tables, keep-together,
// metadata and font embedding. Expected wording goes through the same translate()
// calls as the documents, so the tests hold in Swedish and in English.

#include "DocumentFixture.h"
#include "PdfTools.h"

#include "Clock.h"
#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "DocumentRenderer.h"
#include "Fingerprint.h"
#include "PdfExporter.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace samverka::documents::test {

namespace {

QString t(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

/// Whitespace-insensitive: pdftotext -layout pads and wraps as it likes.
bool has(const QString &text, const QString &needle)
{
    return text.simplified().contains(needle.simplified());
}

/// Every word of needle in text in order, whatever comes between: pdftotext puts the
/// other columns' text between the lines of a wrapped table cell.
bool hasWrapped(const QString &text, const QString &needle)
{
    qsizetype from = 0;
    for (const QString &word : needle.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        from = text.indexOf(word, from);
        if (from < 0)
            return false;
        from += word.size();
    }
    return true;
}

/// The plain text of the built document (before layout): cells unwrapped.
QString builtText(const core::MunicipalityData &data, DocumentKind kind, bool confidential)
{
    DocumentOptions options;
    options.kind = kind;
    options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
    options.includeConfidential = confidential;
    return DocumentBuilder::build(data, options).plainText();
}

int count(const QString &text, const QString &needle)
{
    return int(text.simplified().count(needle.simplified()));
}

} // namespace

class DocumentPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // The CLI and the app print in Swedish; so do the tests when the translation exists.
        s_translators = core::Translations::install(QLocale::Swedish);
    }
    static void TearDownTestSuite() { s_translators.clear(); }

    QString exportPdf(const core::MunicipalityData &data, DocumentKind kind,
                      bool includeConfidential = false, const QString &name = QString())
    {
        DocumentOptions options;
        options.kind = kind;
        options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
        options.includeConfidential = includeConfidential;
        options.clock = &m_clock;
        const QString path =
            m_dir.filePath(name.isEmpty() ? QStringLiteral("doc%1.pdf").arg(++m_count) : name);
        PdfExporter::write(data, options, path);
        return path;
    }

    static inline std::vector<std::unique_ptr<QTranslator>> s_translators;
    QTemporaryDir m_dir;
    core::FixedClock m_clock{QDate(2025, 3, 1)};
    int m_count = 0;
};

TEST_F(DocumentPdfTest, AgreementHasEverySectionAndFocusArea)
{
    const QStringList pages =
        PdfTools::pages(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    const QString text = pages.join(QLatin1Char('\f'));
    ASSERT_GE(pages.size(), 6);
    for (const char *section :
         {"Contents", "Part 1: Strategic agreement", "Part 2: Focus areas and commitments",
          "Signatures", "Appendix 1: Joint problem picture and cause analysis",
          "Appendix 2: Action plans", "Introduction", "Purpose", "Organisation", "Coordinators"})
        EXPECT_TRUE(has(text, t("AgreementDocumentBuilder", section))) << section;
    EXPECT_TRUE(has(text, QStringLiteral("Trygga medborgare i ett tryggt centrum")));
    EXPECT_TRUE(has(text, QStringLiteral("Förebyggande arbete ungdomar")));
    EXPECT_TRUE(has(text, QStringLiteral("Misshandel utomhus på Storgatan")));
    EXPECT_TRUE(has(text, QStringLiteral("KS 2023/456")));
    EXPECT_TRUE(has(text, QStringLiteral("2024-01-01 – 2027-12-31")));
    // Swedish letters survive the round trip.
    EXPECT_TRUE(has(text, QStringLiteral("Maria Åkesson")));
    EXPECT_TRUE(has(text, QStringLiteral("Johan Öberg")));
}

TEST_F(DocumentPdfTest, ActionPlanTablesHaveTheFourColumns)
{
    const QString text =
        PdfTools::text(exportPdf(DocumentFixture::municipality(), DocumentKind::ActionPlan));
    const QString header =
        QStringLiteral("%1 %2 %3 %4")
            .arg(t("ActionPlanBuilder", "Goal"), t("ActionPlanBuilder", "Activity"),
                 t("ActionPlanBuilder", "When"), t("ActionPlanBuilder", "Responsible"));
    EXPECT_EQ(count(text, header), 2) << qPrintable(text); // one table per focus area
    EXPECT_TRUE(has(text, QStringLiteral("Krogtillsyn")));
    const QString reading =
        PdfTools::readingText(exportPdf(DocumentFixture::municipality(), DocumentKind::ActionPlan));
    EXPECT_TRUE(hasWrapped(reading, QStringLiteral("Varje fredag och lördag 21")));
    // The Ansvarig cell as worded; else the parties' names.
    EXPECT_TRUE(
        hasWrapped(reading, QStringLiteral("Polis i samverkan med kommunens alkoholhandläggare")));
    const QString built =
        builtText(DocumentFixture::municipality(), DocumentKind::ActionPlan, false);
    EXPECT_TRUE(
        built.contains(QStringLiteral("Polis i samverkan med kommunens alkoholhandläggare")));
    EXPECT_TRUE(built.contains(QStringLiteral("Varje fredag och lördag 21–03")));
    EXPECT_TRUE(has(text, QStringLiteral("Härnösands kommun")));
    // När from start and end when there is no wording.
    EXPECT_TRUE(has(text, QStringLiteral("2024-08-01 –")));
}

TEST_F(DocumentPdfTest, EveryPageIsNumbered)
{
    const QStringList pages =
        PdfTools::pages(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    const QString of = t("DocumentRenderer", "Page %1 of %2");
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(has(pages[i], of.arg(i + 1).arg(pages.size()))) << "page " << i + 1;
}

TEST_F(DocumentPdfTest, ContentsListPageNumbers)
{
    const QStringList pages =
        PdfTools::pages(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    const QString signatures = t("AgreementDocumentBuilder", "Signatures");
    int signaturePage = 0;
    for (int i = 2; i < pages.size() && !signaturePage; ++i)
        if (pages[i].simplified().startsWith(QString()) && has(pages[i], signatures) &&
            has(pages[i], t("SignatureBlockWriter", "Place and date")))
            signaturePage = i + 1;
    ASSERT_GT(signaturePage, 0);
    const QRegularExpression line(QRegularExpression::escape(signatures) +
                                  QStringLiteral("\\s+(\\d+)"));
    const auto match = line.match(pages[1]);
    ASSERT_TRUE(match.hasMatch()) << qPrintable(pages[1]);
    EXPECT_EQ(match.captured(1).toInt(), signaturePage);
}

TEST_F(DocumentPdfTest, DraftIsMarkedOnEveryPageAndSignedIsNot)
{
    const QString draft = t("DocumentRenderer", "DRAFT");
    const QStringList draftPages =
        PdfTools::pages(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    for (const QString &page : draftPages)
        EXPECT_TRUE(has(page, draft));
    const QString signedText =
        PdfTools::text(exportPdf(DocumentFixture::signedMunicipality(), DocumentKind::Agreement));
    EXPECT_FALSE(signedText.contains(draft));
}

TEST_F(DocumentPdfTest, SignedAgreementShowsSigningAndFingerprintOnEveryPage)
{
    const core::MunicipalityData data = DocumentFixture::signedMunicipality();
    const QString fingerprint = core::Fingerprint::display(data.agreements[0].fingerprint);
    ASSERT_EQ(fingerprint.size(), 19);
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::ActionPlan}) {
        const QStringList pages = PdfTools::pages(exportPdf(data, kind));
        for (const QString &page : pages) {
            EXPECT_TRUE(has(page, fingerprint)) << qPrintable(page);
            EXPECT_TRUE(has(page, QStringLiteral("Härnösand 2024-01-15")));
        }
    }
    // The signature blocks carry place and date.
    const QString text = PdfTools::text(exportPdf(data, DocumentKind::Agreement));
    EXPECT_GE(count(text, QStringLiteral("Härnösand 2024-01-15")), 2);
    const QString draftText =
        PdfTools::text(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    EXPECT_FALSE(has(draftText, t("DocumentBuilder", "Fingerprint %1").arg(QString())));
}

TEST_F(DocumentPdfTest, MarkupLikeTextPrintsLiterally)
{
    for (DocumentKind kind :
         {DocumentKind::Agreement, DocumentKind::ActionPlan, DocumentKind::FollowUp}) {
        const QString text = PdfTools::text(exportPdf(DocumentFixture::municipality(), kind));
        EXPECT_TRUE(text.contains(QStringLiteral("<b>x</b>"))) << int(kind);
    }
}

TEST_F(DocumentPdfTest, ConfidentialItemsAreLeftOutByDefault)
{
    const QStringList pages =
        PdfTools::pages(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    const QString text = pages.join(QLatin1Char('\f'));
    EXPECT_FALSE(has(text, QString::fromUtf8(DocumentFixture::confidentialCause)));
    EXPECT_FALSE(has(text, QString::fromUtf8(DocumentFixture::confidentialProblem)));
    EXPECT_FALSE(has(text, QString::fromUtf8(DocumentFixture::confidentialMeasure)));
    // The cause keeps its number and names who holds the information.
    EXPECT_TRUE(has(text, t("DocumentContext", "Information held by %1 (confidential)")
                              .arg(QStringLiteral("Polismyndigheten"))));
    EXPECT_TRUE(has(text, QStringLiteral("1.2")));
    EXPECT_FALSE(
        has(text, t("DocumentRenderer", "Contains information subject to confidentiality")));
}

TEST_F(DocumentPdfTest, ConfidentialItemsOnRequestWithNoticeOnEveryPage)
{
    const QStringList pages =
        PdfTools::pages(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement, true));
    const QString text = pages.join(QLatin1Char('\f'));
    const QString reading = PdfTools::readingText(
        exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement, true));
    EXPECT_TRUE(hasWrapped(reading, QString::fromUtf8(DocumentFixture::confidentialCause)));
    EXPECT_TRUE(has(text, QString::fromUtf8(DocumentFixture::confidentialProblem)));
    EXPECT_TRUE(has(text, QString::fromUtf8(DocumentFixture::confidentialMeasure)));
    const QString notice = t("DocumentRenderer", "Contains information subject to confidentiality");
    for (const QString &page : pages)
        EXPECT_TRUE(has(page, notice));
}

TEST_F(DocumentPdfTest, LongTableSplitsWithHeaderRepeated)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    DocumentFixture::addMeasures(data, 60);
    const QStringList pages = PdfTools::pages(exportPdf(data, DocumentKind::ActionPlan));
    const QString header =
        QStringLiteral("%1 %2 %3 %4")
            .arg(t("ActionPlanBuilder", "Goal"), t("ActionPlanBuilder", "Activity"),
                 t("ActionPlanBuilder", "When"), t("ActionPlanBuilder", "Responsible"));
    int pagesWithRows = 0;
    for (const QString &page : pages) {
        if (!page.contains(QStringLiteral("Extra aktivitet")))
            continue;
        ++pagesWithRows;
        EXPECT_TRUE(has(page, header)) << qPrintable(page);
    }
    EXPECT_GE(pagesWithRows, 3);
    for (int i = 1; i <= 60; ++i)
        EXPECT_TRUE(has(pages.join(QLatin1Char(' ')),
                        QStringLiteral("Extra aktivitet %1").arg(i, 2, 10, QLatin1Char('0'))));
}

TEST_F(DocumentPdfTest, SignatureBlocksAreNeverSplit)
{
    // A signature block's label and its name must be on the same page. Several counts
    // of signatories so that some block lands on a page break.
    const QString label = t("SignatureBlockWriter", "Place and date");
    bool someSplitWithoutKeeping = false;
    for (int n = 6; n <= 14; n += 2) {
        core::MunicipalityData data = DocumentFixture::municipality();
        DocumentFixture::setSignatories(data, n);
        for (bool keep : {true, false}) {
            DocumentOptions options;
            options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
            options.clock = &m_clock;
            BuiltDocument built = DocumentBuilder::build(data, options);
            if (!keep)
                built.keepTogether.clear();
            const QString path = m_dir.filePath(QStringLiteral("sig-%1-%2.pdf").arg(n).arg(keep));
            PdfExporter::write(built, path);
            bool consistent = true;
            for (const QString &page : PdfTools::pages(path)) {
                const int labels = count(page, label);
                const int names =
                    int(page.count(QRegularExpression(QStringLiteral("Signatär \\d\\d"))));
                if (labels != names)
                    consistent = false;
            }
            if (keep)
                EXPECT_TRUE(consistent) << n << " signatories";
            else
                someSplitWithoutKeeping = someSplitWithoutKeeping || !consistent;
        }
    }
    // Shows the check above can fail: without keeping together, some block is split.
    EXPECT_TRUE(someSplitWithoutKeeping);
}

TEST_F(DocumentPdfTest, PdfIsPdfA1bWithTitle)
{
    const QString path = exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement);
    const QString info = PdfTools::info(path);
    EXPECT_TRUE(has(info, QStringLiteral("Title: Samverkansöverenskommelse för ökad trygghet")))
        << qPrintable(info);
    EXPECT_TRUE(has(info, QStringLiteral("Creator: Samverka")));
    EXPECT_TRUE(has(info, QStringLiteral("PDF version: 1.4")));
    EXPECT_TRUE(has(info, QStringLiteral("Page size: 595.276 x 841.89 pts (A4)")) ||
                has(info, QStringLiteral("(A4)")));
    const QString meta = PdfTools::info(path, true);
    EXPECT_TRUE(meta.contains(QStringLiteral("pdfaid:part>1<")) ||
                meta.contains(QStringLiteral("pdfaid:part=\"1\"")))
        << qPrintable(meta);
    EXPECT_TRUE(meta.contains(QStringLiteral("pdfaid:conformance>B<")) ||
                meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
}

TEST_F(DocumentPdfTest, BundledFontIsEmbedded)
{
    const QString fonts =
        PdfTools::fonts(exportPdf(DocumentFixture::municipality(), DocumentKind::Agreement));
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty()) << qPrintable(fonts);
    bool openSans = false;
    for (const QString &line : lines) {
        openSans = openSans || line.contains(QStringLiteral("OpenSans"));
        // name type encoding emb sub uni object ID: every font embedded.
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        ASSERT_GE(columns.size(), 5);
        EXPECT_EQ(columns[columns.size() - 5], QStringLiteral("yes")) << qPrintable(line);
    }
    EXPECT_TRUE(openSans) << qPrintable(fonts);
}

TEST_F(DocumentPdfTest, CitizenPromisesForThePublic)
{
    const QStringList pages = PdfTools::pages(
        exportPdf(DocumentFixture::signedMunicipality(), DocumentKind::CitizenPromises));
    const QString text = pages.join(QLatin1Char('\f'));
    ASSERT_EQ(pages.size(), 1);
    EXPECT_TRUE(has(text, QStringLiteral("Medborgarlöfte 2024–2025")));
    EXPECT_TRUE(has(text, QStringLiteral("Polisen ska öka sin närvaro i kommunens byar.")));
    EXPECT_TRUE(has(
        text,
        t("CitizenPromisesBuilder", "Responsible: %1").arg(QStringLiteral("Polismyndigheten"))));
    EXPECT_TRUE(has(text, QStringLiteral("Johan Öberg")));
    EXPECT_FALSE(has(text, t("DocumentRenderer", "DRAFT")));
}

TEST_F(DocumentPdfTest, FollowUpReportShowsCountsLatenessAndGoals)
{
    const QString text =
        PdfTools::text(exportPdf(DocumentFixture::municipality(), DocumentKind::FollowUp));
    // Krogtillsyn: planned 12, done 5 + 4.
    EXPECT_TRUE(text.simplified().contains(QRegularExpression(QStringLiteral("Krogtillsyn.*12 9"))))
        << qPrintable(text);
    // "<b>x</b>" ended 2024-12-31 and is still ongoing on 2025-03-01.
    EXPECT_TRUE(has(text, t("FollowUpReportBuilder", "Late")));
    EXPECT_TRUE(has(text, QStringLiteral("2024-12-31")));
    // Goal: baseline, target and latest value.
    EXPECT_TRUE(has(text, QStringLiteral("40 anmälningar")));
    EXPECT_TRUE(has(text, QStringLiteral("30 anmälningar")));
    const QString reading =
        PdfTools::readingText(exportPdf(DocumentFixture::municipality(), DocumentKind::FollowUp));
    EXPECT_TRUE(hasWrapped(reading, QStringLiteral("33 anmälningar (2025-06-30)")));
    EXPECT_FALSE(has(text, QString::fromUtf8(DocumentFixture::confidentialMeasure)));
}

TEST_F(DocumentPdfTest, AppendixOneHasStatisticsWhenTheFileHasThem)
{
    const core::MunicipalityData data = DocumentFixture::municipality();
    const QString text = PdfTools::text(exportPdf(data, DocumentKind::Agreement));
    EXPECT_TRUE(has(text, t("ProblemPictureBuilder", "Reported crimes")));
    EXPECT_TRUE(has(text, QStringLiteral("1 638"))); // 214 + 390 + 1034 in 2023
    core::MunicipalityData without = data;
    without.crimeStatistics.clear();
    const QString plain = PdfTools::text(exportPdf(without, DocumentKind::Agreement));
    EXPECT_FALSE(has(plain, t("ProblemPictureBuilder", "Per 100 000 inhabitants")));
}

TEST_F(DocumentPdfTest, ProblemsShowTheirReportedCrimesAndGoalsTheLatestStatistics)
{
    // Problem 1 names "Brott mot liv och hälsa": Misshandel 180 in 2022, 214 in 2023.
    const core::MunicipalityData data = DocumentFixture::municipality();
    const QString agreement = PdfTools::readingText(exportPdf(data, DocumentKind::Agreement));
    EXPECT_TRUE(hasWrapped(agreement, QString::fromUtf8("2022: 180 · 2023: 214")))
        << qPrintable(agreement);
    const QString statisticsLine =
        t("FollowUpReportBuilder", "Statistics %1: %2").arg(2023).arg(QStringLiteral("214"));
    const QString report = PdfTools::readingText(exportPdf(data, DocumentKind::FollowUp));
    EXPECT_TRUE(hasWrapped(report, statisticsLine)) << qPrintable(report);

    core::MunicipalityData without = data;
    without.crimeStatistics.clear();
    EXPECT_FALSE(hasWrapped(PdfTools::readingText(exportPdf(without, DocumentKind::Agreement)),
                            QString::fromUtf8("2022: 180 · 2023: 214")));
    EXPECT_FALSE(
        has(PdfTools::readingText(exportPdf(without, DocumentKind::FollowUp)), statisticsLine));
}

TEST_F(DocumentPdfTest, EmptySectionsAreLeftOut)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    core::Agreement &a = data.agreements[0];
    a.part1.communicationPlan.clear();
    a.part1.groups.clear();
    a.signatures.clear();
    a.measures.clear();
    a.goals.clear();
    const QString text = PdfTools::text(exportPdf(data, DocumentKind::Agreement));
    EXPECT_FALSE(has(text, t("AgreementDocumentBuilder", "Communication")));
    EXPECT_FALSE(has(text, t("AgreementDocumentBuilder", "Organisation")));
    EXPECT_FALSE(has(text, t("AgreementDocumentBuilder", "Appendix 2: Action plans")));
    EXPECT_FALSE(has(text, t("SignatureBlockWriter", "Place and date")));
    EXPECT_TRUE(has(text, t("AgreementDocumentBuilder", "Purpose")));
}

TEST_F(DocumentPdfTest, GoalsAndMeasuresOutsideAFocusAreaArePrinted)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    core::Agreement &a = data.agreements[0];
    core::Goal goal;
    goal.id = QStringLiteral("goal-loose");
    goal.text = QStringLiteral("Färre bostadsinbrott i Sollefteå");
    goal.indicator = QStringLiteral("Anmälda bostadsinbrott per år");
    goal.baseline.value = 48;
    goal.target.value = 34;
    a.goals.append(goal);
    core::Goal unserved = goal;
    unserved.id = QStringLiteral("goal-unserved");
    unserved.text = QStringLiteral("Ökad trygghet vid resecentrum");
    unserved.focusArea = a.focusAreas.at(0).id;
    a.goals.append(unserved);
    core::Measure measure;
    measure.id = QStringLiteral("measure-loose");
    measure.title = QStringLiteral("Grannsamverkan i villaområdena");
    measure.goals = {goal.id};
    a.measures.append(measure);

    const QString agreement = PdfTools::text(exportPdf(data, DocumentKind::Agreement));
    const QString others = t("AgreementDocumentBuilder", "Other goals and measures");
    EXPECT_TRUE(has(agreement, others)) << qPrintable(agreement);
    EXPECT_TRUE(has(agreement, goal.text));
    EXPECT_TRUE(has(agreement, goal.indicator));
    EXPECT_TRUE(hasWrapped(agreement, QStringLiteral("48")));
    EXPECT_TRUE(hasWrapped(agreement, QStringLiteral("34")));
    EXPECT_TRUE(has(agreement, measure.title));

    // In the action plan the loose ones get their own table, and a goal that no measure
    // serves still shows, in its focus area's table.
    const QString built = builtText(data, DocumentKind::ActionPlan, false);
    EXPECT_TRUE(built.contains(t("ActionPlanBuilder", "Other goals and measures")));
    EXPECT_TRUE(built.contains(goal.text));
    EXPECT_TRUE(built.contains(measure.title));
    EXPECT_TRUE(built.contains(unserved.text));
    EXPECT_LT(built.indexOf(unserved.text), built.indexOf(measure.title));
    const QString plan = PdfTools::text(exportPdf(data, DocumentKind::ActionPlan));
    EXPECT_TRUE(has(plan, measure.title));
    EXPECT_TRUE(has(plan, unserved.text));
}

TEST_F(DocumentPdfTest, TheCoverKeepsTheYearsOfItsTitleTogether)
{
    core::MunicipalityData data = DocumentFixture::municipality();
    data.agreements[0].title = QStringLiteral("Samverkansöverenskommelse Sollefteå 2025–2027");
    const QStringList pages = PdfTools::pages(exportPdf(data, DocumentKind::Agreement));
    ASSERT_FALSE(pages.isEmpty());
    const QStringList lines = pages.first().split(QLatin1Char('\n'));
    bool together = false;
    for (const QString &line : lines) {
        EXPECT_FALSE(line.trimmed().endsWith(QStringLiteral("2025–"))) << qPrintable(pages.first());
        together = together || line.contains(QStringLiteral("2025–2027"));
    }
    EXPECT_TRUE(together) << qPrintable(pages.first());
}

TEST_F(DocumentPdfTest, UnknownAgreementIsAnError)
{
    DocumentOptions options;
    options.agreementId = QStringLiteral("no-such-agreement");
    EXPECT_THROW(PdfExporter::write(DocumentFixture::municipality(), options,
                                    m_dir.filePath(QStringLiteral("x.pdf"))),
                 DocumentError);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_F(DocumentPdfTest, UnwritablePathIsAnErrorAndLeavesNothing)
{
    DocumentOptions options;
    options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
    const QString path = m_dir.filePath(QStringLiteral("missing/dir/out.pdf"));
    EXPECT_THROW(PdfExporter::write(DocumentFixture::municipality(), options, path), DocumentError);
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace samverka::documents::test
