// Writes every document (the test fixture and the bundled demo) as a PDF and as an .odt,
// and checks that each is a PDF with at least one page and an OpenDocument package. Into
// $SAMVERKA_DOCUMENT_SAMPLES when set, to look at them (pdftoppm, LibreOffice); else into
// a temporary folder.

#include "DocumentFixture.h"

#include "Clock.h"
#include "ExchangeReader.h"
#include "OdtExporter.h"
#include "PdfExporter.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace samverka::documents::test {

TEST(DocumentSamples, EveryDocumentOfTheFixtureAndTheDemoIsWritten)
{
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    QString dir = qEnvironmentVariable("SAMVERKA_DOCUMENT_SAMPLES");
    if (dir.isEmpty())
        dir = temporary.path();
    QDir().mkpath(dir);
    int written = 0;
    const auto translators = core::Translations::install(QLocale::Swedish);
    const core::FixedClock clock(QDate(2025, 3, 1));
    const struct {
        const char *name;
        DocumentKind kind;
    } kinds[] = {{"agreement", DocumentKind::Agreement},
                 {"action-plan", DocumentKind::ActionPlan},
                 {"citizen-promises", DocumentKind::CitizenPromises},
                 {"follow-up", DocumentKind::FollowUp}};
    auto write = [&](const core::MunicipalityData &data, const QString &agreement,
                     const QString &prefix, bool confidential) {
        for (const auto &k : kinds) {
            DocumentOptions options;
            options.kind = k.kind;
            options.agreementId = agreement;
            options.includeConfidential = confidential;
            options.clock = &clock;
            const QString path =
                QDir(dir).filePath(prefix + QString::fromLatin1(k.name) + QStringLiteral(".pdf"));
            PdfExporter::write(data, options, path);
            QFile pdf(path);
            ASSERT_TRUE(pdf.open(QIODevice::ReadOnly)) << path.toStdString();
            const QByteArray bytes = pdf.readAll();
            EXPECT_TRUE(bytes.startsWith("%PDF-")) << path.toStdString();
            EXPECT_TRUE(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"))
                << path.toStdString();
            const QString odtPath = path.chopped(4) + QStringLiteral(".odt");
            OdtExporter::write(data, options, odtPath);
            QFile odt(odtPath);
            ASSERT_TRUE(odt.open(QIODevice::ReadOnly)) << odtPath.toStdString();
            EXPECT_TRUE(odt.read(49).endsWith("mimetypeapplication")) << odtPath.toStdString();
            ++written;
        }
    };
    const QString id = QString::fromLatin1(DocumentFixture::agreementId);
    write(DocumentFixture::municipality(), id, QStringLiteral("fixture-draft-"), false);
    write(DocumentFixture::signedMunicipality(), id, QStringLiteral("fixture-signed-"), true);

    QFile demo(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    const core::MunicipalityData data = core::ExchangeReader::read(demo.readAll()).data;
    ASSERT_FALSE(data.agreements.isEmpty());
    for (const core::Agreement &a : data.agreements)
        write(data, a.id, QStringLiteral("demo-%1-").arg(a.id), false);
    EXPECT_EQ(written, 4 * (2 + int(data.agreements.size())));
}

} // namespace samverka::documents::test
