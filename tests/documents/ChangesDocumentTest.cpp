// The document "Ändringar i överenskommelsen" (issue #16), read back with pdftotext: the
// hand-made revision pair of tests/data/diff — a summary with counts per section first,
// then each section's changes, a text change word by word, a move, a guess marked; the
// confidential measure only on request, and then every page says so; an agreement that
// replaces none is refused with a message that names it.

#include "PdfTools.h"

#include "DocumentError.h"
#include "PdfExporter.h"
#include "Translations.h"

#include "ExchangeReader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::documents;
using namespace samverka::documents::test;

namespace {

core::MunicipalityData pair()
{
    QFile file(QStringLiteral(SAMVERKA_TEST_DATA_DIR "/diff/pair.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return core::ExchangeReader::read(file.readAll()).data;
}

DocumentOptions changes(bool confidential = false)
{
    DocumentOptions options;
    options.kind = DocumentKind::Changes;
    options.agreementId = QStringLiteral("ag-2025");
    options.includeConfidential = confidential;
    return options;
}

} // namespace

class ChangesDocumentTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_translators = core::Translations::install(QLocale::Swedish); }
    static void TearDownTestSuite() { s_translators.clear(); }
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QTemporaryDir m_dir;
    static inline std::vector<std::unique_ptr<QTranslator>> s_translators;
};

TEST_F(ChangesDocumentTest, ASummaryThenTheChangesSectionBySection)
{
    const QString pdf = m_dir.filePath(QStringLiteral("changes.pdf"));
    ASSERT_GE(PdfExporter::write(pair(), changes(), pdf), 1);
    const QString text = PdfTools::readingText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Ändringar i överenskommelsen")))
        << text.toStdString();
    const qsizetype summary = text.indexOf(QStringLiteral("Sammanfattning"));
    const qsizetype causes = text.indexOf(QStringLiteral("Orsaker"), summary);
    ASSERT_GE(summary, 0) << text.toStdString();
    ASSERT_GT(causes, summary);
    // The summary's table has the kinds as columns.
    for (const char *column : {"Avsnitt", "Tillagd", "Borttagen", "Ändrad", "Flyttad"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(column))) << column;
    // A goal's text changed by one word: both words are there, the old struck.
    EXPECT_TRUE(text.contains(QStringLiteral("halveras")));
    EXPECT_TRUE(text.contains(QStringLiteral("Flyttad Krogsamverkan")) ||
                text.contains(QStringLiteral("Flyttad Trygghetsvandringar")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Fokusområde:"))) << "the move names its field";
    EXPECT_FALSE(text.contains(QStringLiteral("Kamerabevakning"))) << "confidential, not asked";
    EXPECT_FALSE(text.contains(QStringLiteral("omfattas av sekretess")));
}

TEST_F(ChangesDocumentTest, TheConfidentialMeasureOnRequestAndEveryPageSaysSo)
{
    const QString pdf = m_dir.filePath(QStringLiteral("secret.pdf"));
    const int pages = PdfExporter::write(pair(), changes(true), pdf);
    const QStringList text = PdfTools::pages(pdf);
    ASSERT_EQ(text.size(), pages);
    EXPECT_TRUE(text.join(QLatin1Char('\n')).contains(QStringLiteral("Kamerabevakning")));
    for (const QString &page : text)
        EXPECT_TRUE(
            page.contains(QStringLiteral("Innehåller uppgifter som omfattas av sekretess")));
}

TEST_F(ChangesDocumentTest, AnAgreementThatReplacesNoneIsRefusedByName)
{
    DocumentOptions options = changes();
    options.agreementId = QStringLiteral("ag-2024");
    try {
        PdfExporter::write(pair(), options, m_dir.filePath(QStringLiteral("none.pdf")));
        FAIL() << "a document with nothing to compare was written";
    } catch (const DocumentError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("Samverkansöverenskommelse 2024–2027")))
            << error.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    // Named explicitly, the other way round works.
    options.recordId = QStringLiteral("ag-2025");
    EXPECT_GE(PdfExporter::write(pair(), options, m_dir.filePath(QStringLiteral("back.pdf"))), 1);
}
