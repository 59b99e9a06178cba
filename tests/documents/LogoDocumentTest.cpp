// The municipality's logo in the documents (issue #15): large on the first page and small
// in the header of every other page, in the PDF and in the .odt; without a logo, no
// picture at all. Read back with poppler's pdfimages and pdftoppm, and with libzip.

#include "DocumentFixture.h"
#include "OdtFile.h"
#include "PdfTools.h"

#include "DocumentBuilder.h"
#include "MunicipalityLogo.h"
#include "OdtExporter.h"
#include "OdtStylesWriter.h"
#include "PdfExporter.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace samverka;
using namespace samverka::documents;
using namespace samverka::documents::test;
using samverka::test::OdtFile;

namespace {

QByteArray testLogo()
{
    QFile file(QStringLiteral(SAMVERKA_TEST_DATA_DIR "/documents/logo.svg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

core::MunicipalityData withLogo(core::MunicipalityData data, const QByteArray &bytes,
                                const QString &type)
{
    core::Attachment logo;
    logo.id = QStringLiteral("logo-1");
    logo.name = QStringLiteral("logo.svg");
    logo.mediaType = type;
    logo.data = bytes;
    logo.hasData = true;
    data.attachments.append(logo);
    data.municipality.logo = logo.id;
    return data;
}

/// The images drawn on each page (pdfimages -list): page number → widths in pixels.
QMap<int, QList<int>> imagesByPage(const QString &pdf)
{
    QMap<int, QList<int>> pages;
    const QStringList lines =
        PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
            .split(QLatin1Char('\n'));
    static const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+\\d+\\s+image\\s+(\\d+)"));
    for (const QString &line : lines)
        if (const auto m = row.match(line); m.hasMatch())
            pages[m.captured(1).toInt()].append(m.captured(2).toInt());
    return pages;
}

/// Whether page 1 has the logo's blue above where the cover's title begins (the top
/// 12 %: margin, header and logo), rendered by pdftoppm at 40 dpi.
bool blueAtTheTopOfPageOne(const QString &pdf, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    PdfTools::run(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                   QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    if (page.isNull())
        return false;
    const QColor logo(0x1d, 0x4f, 0x91);
    for (int y = 0; y < page.height() * 12 / 100; ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (qAbs(c.red() - logo.red()) < 25 && qAbs(c.green() - logo.green()) < 25 &&
                qAbs(c.blue() - logo.blue()) < 25)
                return true;
        }
    return false;
}

} // namespace

class LogoDocumentTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_translators = core::Translations::install(QLocale::Swedish); }
    static void TearDownTestSuite() { s_translators.clear(); }
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(testLogo().isEmpty());
    }

    DocumentOptions agreement() const
    {
        DocumentOptions options;
        options.kind = DocumentKind::Agreement;
        options.agreementId = QString::fromLatin1(DocumentFixture::agreementId);
        return options;
    }

    QTemporaryDir m_dir;
    static inline std::vector<std::unique_ptr<QTranslator>> s_translators;
};

TEST_F(LogoDocumentTest, LargeOnTheFirstPageAndInTheHeaderOfEveryOther)
{
    const QString pdf = m_dir.filePath(QStringLiteral("logo.pdf"));
    const int pages = PdfExporter::write(
        withLogo(DocumentFixture::municipality(), testLogo(), QStringLiteral("image/svg+xml")),
        agreement(), pdf);
    ASSERT_GE(pages, 3);
    const QMap<int, QList<int>> images = imagesByPage(pdf);
    // 60 × 25 mm at 300 dpi holds the 3:1 logo as 60 × 20 mm: 709 dots wide; the header's
    // 30 × 5 mm as 15 × 5 mm: 177 dots.
    ASSERT_EQ(images.value(1), QList<int>{709}) << "page 1: the cover's logo only";
    for (int page = 2; page <= pages; ++page)
        EXPECT_EQ(images.value(page), QList<int>{177}) << "page " << page;
    EXPECT_TRUE(blueAtTheTopOfPageOne(pdf, m_dir.path()));
    // The header's title moved right of the logo and is still there.
    const QStringList text = PdfTools::pages(pdf);
    EXPECT_TRUE(text.value(1).contains(QStringLiteral("UTKAST")))
        << text.value(1).left(300).toStdString();

    // Without a logo: no picture anywhere (the charts are drawn as vectors).
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    PdfExporter::write(DocumentFixture::municipality(), agreement(), plain);
    EXPECT_TRUE(imagesByPage(plain).isEmpty());
    EXPECT_FALSE(blueAtTheTopOfPageOne(plain, m_dir.path()));
}

TEST_F(LogoDocumentTest, APngWithTransparencyIsPrintedOnWhite)
{
    QImage png(120, 40, QImage::Format_ARGB32);
    png.fill(Qt::transparent);
    for (int x = 10; x < 110; ++x)
        for (int y = 10; y < 30; ++y)
            png.setPixelColor(x, y, QColor(0x1d, 0x4f, 0x91));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ASSERT_TRUE(png.save(&buffer, "PNG"));
    }
    const MunicipalityLogo logo = MunicipalityLogo::fromBytes(bytes, QStringLiteral("image/png"));
    ASSERT_FALSE(logo.isNull());
    EXPECT_FALSE(logo.isSvg());
    const QImage drawn = logo.image(QSizeF(30, 10), 100);
    EXPECT_FALSE(drawn.hasAlphaChannel()) << "PDF/A-1 allows no transparency";
    EXPECT_EQ(drawn.pixelColor(1, 1), QColor(Qt::white));
    EXPECT_EQ(drawn.pixelColor(drawn.width() / 2, drawn.height() / 2), QColor(0x1d, 0x4f, 0x91));

    const QString pdf = m_dir.filePath(QStringLiteral("png.pdf"));
    PdfExporter::write(
        withLogo(DocumentFixture::municipality(), bytes, QStringLiteral("image/png")), agreement(),
        pdf);
    EXPECT_FALSE(imagesByPage(pdf).value(1).isEmpty());
    EXPECT_TRUE(blueAtTheTopOfPageOne(pdf, m_dir.path()));
}

TEST_F(LogoDocumentTest, WhatIsNoLogoIsSaidAndNotPrinted)
{
    EXPECT_EQ(MunicipalityLogo::problem(testLogo(), QStringLiteral("image/svg+xml")), QString());
    EXPECT_EQ(MunicipalityLogo::problem({}, {}), QStringLiteral("Filen är tom."));
    EXPECT_EQ(MunicipalityLogo::problem("just text", QStringLiteral("image/png")),
              QStringLiteral("Filen är inte en bild i ett känt format (SVG eller PNG)."));
    EXPECT_EQ(MunicipalityLogo::problem("<svg><unclosed", QStringLiteral("image/svg+xml")),
              QStringLiteral("Filen är inte en SVG-bild som kan ritas."));
    const QString tooLarge =
        MunicipalityLogo::problem(QByteArray(MunicipalityLogo::maxBytes + 1, 'x'), {});
    EXPECT_TRUE(tooLarge.contains(QRegularExpression(
        QStringLiteral("^Filen är 2[,.]0 MB; en logotyp får vara högst 2 MB\\.$"))))
        << tooLarge.toStdString();
    // A damaged logo in the file: the document is printed without one.
    const QString pdf = m_dir.filePath(QStringLiteral("damaged.pdf"));
    PdfExporter::write(
        withLogo(DocumentFixture::municipality(), "not a picture", QStringLiteral("image/png")),
        agreement(), pdf);
    EXPECT_TRUE(imagesByPage(pdf).isEmpty());
}

TEST_F(LogoDocumentTest, TheOdtHasItOnTheFirstPageAndInTheHeader)
{
    const QString with = m_dir.filePath(QStringLiteral("logo.odt"));
    OdtExporter::write(
        withLogo(DocumentFixture::municipality(), testLogo(), QStringLiteral("image/svg+xml")),
        agreement(), with);
    const QString without = m_dir.filePath(QStringLiteral("plain.odt"));
    OdtExporter::write(DocumentFixture::municipality(), agreement(), without);
    const OdtFile odt(with);
    const OdtFile plain(without);
    ASSERT_TRUE(odt.isValid());
    ASSERT_TRUE(plain.isValid());

    const QByteArray header = odt.entry(OdtStylesWriter::headerLogoPath());
    EXPECT_TRUE(header.startsWith("\x89PNG")) << "the header's picture is in the package";
    EXPECT_TRUE(odt.entry(QStringLiteral("styles.xml"))
                    .contains(OdtStylesWriter::headerLogoPath().toUtf8()));
    EXPECT_TRUE(odt.entry(QStringLiteral("META-INF/manifest.xml"))
                    .contains(OdtStylesWriter::headerLogoPath().toUtf8()));
    EXPECT_TRUE(plain.entry(OdtStylesWriter::headerLogoPath()).isEmpty());
    EXPECT_FALSE(plain.entry(QStringLiteral("styles.xml")).contains("draw:image"));
    // The first page's picture comes before the first heading.
    const QByteArray content = odt.content();
    EXPECT_EQ(content.count("<draw:image"), plain.content().count("<draw:image") + 1);
    EXPECT_LT(content.indexOf("<draw:image"), content.indexOf("<text:h"));
}
