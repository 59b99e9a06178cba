// Writes sample PDFs of every document (the test fixture and the bundled demo) into
// $SAMVERKA_DOCUMENT_SAMPLES for looking at them (pdftoppm); skipped otherwise.

#include "DocumentFixture.h"

#include "Clock.h"
#include "ExchangeReader.h"
#include "PdfExporter.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

namespace samverka::documents::test {

TEST(DocumentSamples, WriteWhenAsked)
{
    const QString dir = qEnvironmentVariable("SAMVERKA_DOCUMENT_SAMPLES");
    if (dir.isEmpty())
        GTEST_SKIP() << "set SAMVERKA_DOCUMENT_SAMPLES to a directory to write samples";
    QDir().mkpath(dir);
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
            PdfExporter::write(
                data, options,
                QDir(dir).filePath(prefix + QString::fromLatin1(k.name) + QStringLiteral(".pdf")));
        }
    };
    const QString id = QString::fromLatin1(DocumentFixture::agreementId);
    write(DocumentFixture::municipality(), id, QStringLiteral("fixture-draft-"), false);
    write(DocumentFixture::signedMunicipality(), id, QStringLiteral("fixture-signed-"), true);

    QFile demo(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    if (demo.open(QIODevice::ReadOnly)) {
        const core::MunicipalityData data = core::ExchangeReader::read(demo.readAll()).data;
        for (const core::Agreement &a : data.agreements)
            write(data, a.id, QStringLiteral("demo-%1-").arg(a.id), false);
    }
}

} // namespace samverka::documents::test
