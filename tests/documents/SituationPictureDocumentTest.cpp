// The lägesbild as a PDF (issue #14), read back with poppler: the cover with the
// decision, the three chapters of §4, the kartläggning's numbers against hand-computed
// ones, the draft mark, confidential sections and problems (absent by default, present
// and marked on request), and what changed since the previous edition.

#include "DocumentFixture.h"
#include "PdfTools.h"

#include "Clock.h"
#include "DocumentBuilder.h"
#include "DocumentError.h"
#include "PdfExporter.h"
#include "Translations.h"
#include "statistics/SituationMapping.h"
#include "statistics/SituationMappingJson.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTemporaryDir>

namespace samverka::documents::test {

using namespace samverka::core;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString t(const char *context, const char *source, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate(context, source, disambiguation);
}

bool has(const QString &text, const QString &needle)
{
    return text.simplified().contains(needle.simplified());
}

SituationSection section(const char *id, const char *title, const char *text, bool secret)
{
    SituationSection x;
    x.id = s(id);
    x.title = s(title);
    x.source = s("Räddningstjänsten");
    x.date = QDate(2024, 9, 1);
    x.text = s(text);
    x.confidential = secret;
    return x;
}

SituationProblem problem(const char *id, const char *title, const char *place, bool secret)
{
    SituationProblem p;
    p.id = s(id);
    p.title = s(title);
    p.description = s("Beskrivning av ") + p.title.toLower();
    p.place = s(place);
    p.timePattern = s("Fredag och lördag kväll");
    p.criteria = {SelectionCriterion::Increasing, SelectionCriterion::SignalCrime};
    p.confidential = secret;
    return p;
}

// Härnösand (2280) 2022–2023 from the document fixture, Timrå (2262) beside it, and two
// editions: an adopted "Lägesbild 2022" and the draft "Lägesbild 2024" made from it.
MunicipalityData municipality()
{
    MunicipalityData d = DocumentFixture::municipality();
    d.population.append({QStringLiteral("2262"), 2022, 18000});
    d.population.append({QStringLiteral("2262"), 2023, 18000});
    for (const auto &[year, count] : {std::pair{2022, 900}, std::pair{2023, 1080}}) {
        CrimeStatistic c;
        c.municipalityCode = QStringLiteral("2262");
        c.municipalityName = s("Timrå");
        c.year = year;
        c.crimeType = s("Stöld");
        c.category = s("Stöld, rån och andra tillgreppsbrott");
        c.count = count;
        d.crimeStatistics.append(c);
    }
    d.surveyIndicators.append(
        {QStringLiteral("2280"), s("Oro för brottsligheten"), 2023, 41.2, 20.0, 45.0, s("NTU")});

    SituationPicture old;
    old.id = QStringLiteral("lb-2022");
    old.title = s("Lägesbild 2022");
    old.date = QDate(2022, 10, 1);
    old.fromYear = 2018;
    old.toYear = 2021;
    old.status = SituationStatus::Adopted;
    old.decidedBy = s("Kommunstyrelsen");
    old.decidedOn = QDate(2022, 11, 8);
    old.sections = {section("o1", "Skolan", "Skolans bild 2022.", false),
                    section("o2", "Bostadsbolaget", "Bostadsbolagets bild.", false)};
    old.problems = {problem("op1", "Bränder i skolor", "Öbacka", false),
                    problem("op2", "Stölder i centrum", "Centrum", false)};

    SituationPicture draft = old;
    draft.id = QStringLiteral("lb-2024");
    draft.title = s("Lägesbild 2024");
    draft.date = QDate(2024, 10, 1);
    draft.fromYear = 2022;
    draft.toYear = 2023;
    draft.status = SituationStatus::Draft;
    draft.decidedBy.clear();
    draft.decidedOn = {};
    draft.diaryNumber = s("KS 2024/412");
    draft.comparisons = {QStringLiteral("2262")};
    draft.crimeCommentary = s("Stölderna ökar i centrum.");
    draft.analysis = s("Analysen visar att bränderna är det största problemet.");
    draft.sections = {section("n1", "Skolan", "Skolans bild 2024.", false),
                      section("n3", "Polisens lägesbild", "Tre personer säljer narkotika.", true)};
    draft.problems = {problem("np1", "Bränder i skolor", "Öbacka och Gerestaskolan", false),
                      problem("np3", "Hot mot personal på Solrosen", "Solrosen", true)};
    d.situationPictures = {old, draft};
    return d;
}

} // namespace

class SituationPictureDocumentTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_translators = Translations::install(QLocale::Swedish); }
    static void TearDownTestSuite() { s_translators.clear(); }

    QStringList pages(const MunicipalityData &data, const QString &id = {},
                      bool confidential = false)
    {
        DocumentOptions options;
        options.kind = DocumentKind::SituationPicture;
        options.recordId = id;
        options.includeConfidential = confidential;
        options.clock = &m_clock;
        const QString path = m_dir.filePath(QStringLiteral("lb%1.pdf").arg(++m_count));
        PdfExporter::write(data, options, path);
        return PdfTools::pages(path);
    }

    static inline std::vector<std::unique_ptr<QTranslator>> s_translators;
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2025, 3, 1)};
    int m_count = 0;
};

TEST_F(SituationPictureDocumentTest, HasTheCoverAndTheThreeChaptersOfTheLaw)
{
    const QStringList all = pages(municipality());
    const QString text = all.join(QLatin1Char('\f'));
    ASSERT_GE(all.size(), 4);
    // The latest edition by default, with its record on the cover.
    EXPECT_TRUE(has(all.first(), s("Lägesbild 2024")));
    EXPECT_TRUE(has(all.first(), s("KS 2024/412")));
    EXPECT_TRUE(has(all.first(), s("2022–2023")));
    for (const char *chapter : {"1. Mapping of the crime", "2. Other information", "3. Analysis"})
        EXPECT_TRUE(has(text, t("SituationPictureBuilder", chapter))) << chapter;
    EXPECT_TRUE(has(text, s("Analysen visar att bränderna är det största problemet.")));
    EXPECT_TRUE(has(text, s("Stölderna ökar i centrum.")));
    EXPECT_TRUE(has(text, s("Skolans bild 2024.")));
    EXPECT_TRUE(has(text, s("Öbacka och Gerestaskolan")));
    // The contents list the chapters with their pages: "3. Analys ... 5".
    EXPECT_TRUE(has(all.at(1), t("SituationPictureBuilder", "3. Analysis")));
}

TEST_F(SituationPictureDocumentTest, TheMappingsNumbersComeFromTheStatistics)
{
    const QString text = pages(municipality()).join(QLatin1Char('\f'));
    // 2023: 214 + 390 + 1 034 = 1 638 reported crimes among 24 500 inhabitants.
    EXPECT_TRUE(has(text, s("1 638"))) << qPrintable(text);
    EXPECT_TRUE(has(text, s("6 686"))); // 1 638 / 24 500 × 100 000
    // Skadegörelse: 390 of 1 638 = 23,8 %; from 420 in 2022: −7,1 %.
    EXPECT_TRUE(has(text, s("23,8 %")));
    EXPECT_TRUE(has(text, s("−7,1 %")));
    // Stöld 910 → 1 034: +13,6 %.
    EXPECT_TRUE(has(text, s("+13,6 %")));
    // Timrå: 1 080 / 18 000 × 100 000 = 6 000, from 5 000: +20,0 %.
    EXPECT_TRUE(has(text, s("Timrå")));
    EXPECT_TRUE(has(text, s("6 000")));
    EXPECT_TRUE(has(text, s("+20,0 %")));
    // The survey: 41,2 with its interval 20,0–45,0, wider than 10 points: warned.
    EXPECT_TRUE(has(text, s("20,0–45,0")));
    EXPECT_TRUE(has(text, t("samverka::core::SituationMapping",
                            "The sample is small: the confidence interval is wider than "
                            "10 percentage points (%1).")
                              .arg(2023)));
}

TEST_F(SituationPictureDocumentTest, SaysWhichOfItsYearsTheFileHasStatisticsFor)
{
    const QString pattern = t("SituationMappingWriter", "The file has statistics for %1–%2 of "
                                                        "the years %3–%4 the situation picture "
                                                        "covers.");
    MunicipalityData data = municipality();
    data.situationPictures.last().fromYear = 2020;
    EXPECT_TRUE(has(pages(data).join(QLatin1Char('\f')),
                    QString(pattern).arg(2022).arg(2023).arg(2020).arg(2023)));
    // The years it covers all have statistics: nothing to say ("Filen har statistik för").
    const QString opening = pattern.section(QStringLiteral("%1"), 0, 0);
    ASSERT_FALSE(opening.trimmed().isEmpty());
    EXPECT_FALSE(has(pages(municipality()).join(QLatin1Char('\f')), opening));
}

TEST_F(SituationPictureDocumentTest, ADraftIsMarkedAndAnAdoptedEditionIsNot)
{
    const QString draft = t("DocumentRenderer", "DRAFT");
    for (const QString &page : pages(municipality(), QStringLiteral("lb-2024")))
        EXPECT_TRUE(has(page, draft));
    const QStringList adopted = pages(municipality(), QStringLiteral("lb-2022"));
    EXPECT_TRUE(has(adopted.first(), s("Kommunstyrelsen, 2022-11-08")));
    for (const QString &page : adopted)
        EXPECT_FALSE(has(page, draft));
}

TEST_F(SituationPictureDocumentTest, ConfidentialSectionsAndProblemsOnlyOnRequestAndMarked)
{
    const QString notice = t("DocumentRenderer", "Contains information subject to confidentiality");
    const QStringList open = pages(municipality());
    const QString openText = open.join(QLatin1Char('\f'));
    EXPECT_FALSE(has(openText, s("Tre personer säljer narkotika.")));
    EXPECT_FALSE(has(openText, s("Polisens lägesbild")));
    EXPECT_FALSE(has(openText, s("Hot mot personal på Solrosen")));
    EXPECT_FALSE(has(openText, notice));
    EXPECT_TRUE(has(openText, t("SituationPictureBuilder",
                                "Information covered by secrecy is left out of this copy.")));

    const QStringList secret = pages(municipality(), {}, true);
    const QString secretText = secret.join(QLatin1Char('\f'));
    EXPECT_TRUE(has(secretText, s("Tre personer säljer narkotika.")));
    EXPECT_TRUE(has(secretText, s("Hot mot personal på Solrosen")));
    EXPECT_TRUE(has(secretText, t("SituationPictureBuilder", "Confidential")));
    for (const QString &page : secret)
        EXPECT_TRUE(has(page, notice));
}

TEST_F(SituationPictureDocumentTest, SaysWhatChangedSinceThePreviousEdition)
{
    const char *context = "SituationChangesWriter";
    const QString text = pages(municipality()).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, t(context, "Changes since %1").arg(s("Lägesbild 2022"))));
    EXPECT_TRUE(has(text, t(context, "The years covered changed from %1 to %2.")
                              .arg(s("2018–2021"), s("2022–2023"))));
    EXPECT_TRUE(has(text, t(context, "Changed %1 “%2”: %3.", "changed <section> <title>: <fields>")
                              .arg(t(context, "section"), s("Skolan"), t(context, "text"))));
    EXPECT_TRUE(has(text, t(context, "Removed %1: “%2”.", "removed <section>: <title>")
                              .arg(t(context, "section"), s("Bostadsbolaget"))));
    EXPECT_TRUE(
        has(text, t(context, "Changed %1 “%2”: %3.", "changed <section> <title>: <fields>")
                      .arg(t(context, "problem"), s("Bränder i skolor"), t(context, "place"))));
    EXPECT_TRUE(has(text, t(context, "Removed %1: “%2”.", "removed <section>: <title>")
                              .arg(t(context, "problem"), s("Stölder i centrum"))));
    // A confidential addition is a change only where confidential items are printed.
    const QString added = t(context, "New %1: “%2”.", "new <section>: <title>")
                              .arg(t(context, "problem"), s("Hot mot personal på Solrosen"));
    EXPECT_FALSE(has(text, added));
    EXPECT_TRUE(has(pages(municipality(), {}, true).join(QLatin1Char('\f')), added));
    // The first edition has nothing before it.
    EXPECT_FALSE(has(pages(municipality(), QStringLiteral("lb-2022")).join(QLatin1Char('\f')),
                     t(context, "Changes since %1").arg(s("Lägesbild 2022"))));
}

TEST_F(SituationPictureDocumentTest, AnAdoptedEditionKeepsTheNumbersItWasDecidedWith)
{
    MunicipalityData data = municipality();
    SituationPicture &edition = data.situationPictures.last();
    edition.status = SituationStatus::Adopted;
    edition.mappingSnapshot = SituationMappingJson::toText(
        {QDate(2024, 11, 12), SituationMapping::ofEdition(data, edition)});
    const char *context = "SituationPictureBuilder";
    const QString kept = t(context, "The numbers are those of %1, when the situation picture "
                                    "was marked as adopted.")
                             .arg(QStringLiteral("2024-11-12"));
    const QString newer =
        t(context, "The file has newer or changed statistics since; they are not shown here.");
    QString text = pages(data).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, kept));
    EXPECT_FALSE(has(text, newer));
    EXPECT_TRUE(has(text, s("1 638")));

    // Statistics corrected later: the document says so and keeps the decided numbers.
    for (CrimeStatistic &c : data.crimeStatistics)
        if (c.year == 2023 && c.crimeType == s("Stöld") && c.municipalityCode == s("2280"))
            c.count = 1100;
    text = pages(data).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, kept + QLatin1Char(' ') + newer));
    EXPECT_TRUE(has(text, s("1 638")));
    EXPECT_FALSE(has(text, s("1 704")));

    // Kept numbers that cannot be read (a damaged file) are not guessed at: the document
    // says so and shows the file's numbers; an edition adopted before they were kept too.
    edition.mappingSnapshot = QStringLiteral("{\"fromYear\": \"tjugo\"}");
    text = pages(data).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, t(context, "The numbers kept when the situation picture was adopted "
                                     "cannot be read: these are the file's numbers now.")));
    EXPECT_TRUE(has(text, s("1 704")));
    edition.mappingSnapshot.clear();
    text = pages(data).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, t(context, "The numbers of the day the situation picture was adopted "
                                     "were not kept (it was adopted in an older version of "
                                     "Samverka): these are the file's numbers now.")));

    // A draft shows the file as it is now.
    edition.status = SituationStatus::Draft;
    text = pages(data).join(QLatin1Char('\f'));
    EXPECT_TRUE(has(text, s("1 704")));
    EXPECT_FALSE(has(text, kept));
}

// Only the åtgärdsplan is landscape: the lägesbild, like the agreement's documents, stays
// on A4 portrait pages.
TEST_F(SituationPictureDocumentTest, PagesAreA4Portrait)
{
    DocumentOptions options;
    options.kind = DocumentKind::SituationPicture;
    options.clock = &m_clock;
    const QString path = m_dir.filePath(QStringLiteral("portrait.pdf"));
    PdfExporter::write(municipality(), options, path);
    const QList<QSizeF> sizes = PdfTools::pageSizes(path);
    ASSERT_GE(sizes.size(), 4);
    for (const QSizeF &size : sizes) {
        EXPECT_NEAR(size.width(), 595.28, 1.0);
        EXPECT_NEAR(size.height(), 841.89, 1.0);
    }
    EXPECT_EQ(DocumentBuilder::build(municipality(), options).orientation, QPageLayout::Portrait);
}

TEST_F(SituationPictureDocumentTest, AnUnknownEditionOrNoneIsRefused)
{
    DocumentOptions options;
    options.kind = DocumentKind::SituationPicture;
    options.recordId = QStringLiteral("lb-1999");
    EXPECT_THROW(DocumentBuilder::build(municipality(), options), DocumentError);
    options.recordId.clear();
    MunicipalityData none = municipality();
    none.situationPictures.clear();
    EXPECT_THROW(DocumentBuilder::build(none, options), DocumentError);
}

} // namespace samverka::documents::test
