// Real exchange documents (the test corpus and the bundled demo) go into a file and
// come back the same; importing them again into that file changes nothing.

#include "StorageDataFixture.h"

#include "ExchangeReader.h"
#include "ExchangeWriter.h"

#include <QCryptographicHash>
#include <QFile>

namespace samverka::storage::datatest {
namespace {

class ExchangeRoundTripTest : public StorageDataTest,
                              public ::testing::WithParamInterface<const char *>
{};

/// What the file adds by design: the file's own code on population rows without one,
/// checksums of attachment bytes, fingerprints of signed agreements.
core::MunicipalityData asStored(core::MunicipalityData data)
{
    for (core::Population &row : data.population)
        if (row.municipalityCode.isEmpty())
            row.municipalityCode = data.municipality.code;
    for (core::Attachment &a : data.attachments)
        if (a.hasData && a.sha256.isEmpty())
            a.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    return data;
}

TEST_P(ExchangeRoundTripTest, DocumentComesBackAndMergesAsUnchanged)
{
    const core::MunicipalityData document =
        readDocument(QString::fromUtf8(SAMVERKA_SOURCE_DIR) + QLatin1Char('/') + q(GetParam()));
    ASSERT_FALSE(document.agreements.isEmpty());
    auto file = makeFile(document);

    const core::MunicipalityData expected = asStored(document);
    const core::MunicipalityData loaded = file->loadAll(true);
    EXPECT_EQ(loaded.municipality, expected.municipality);
    EXPECT_EQ(loaded.parties, expected.parties);
    EXPECT_EQ(loaded.people, expected.people);
    ASSERT_EQ(loaded.agreements.size(), expected.agreements.size());
    for (const core::Agreement &a : expected.agreements) {
        const core::Agreement *stored = loaded.findAgreement(a.id);
        ASSERT_NE(stored, nullptr) << a.id.toStdString();
        core::Agreement withFingerprint = a;
        withFingerprint.fingerprint = stored->fingerprint;
        EXPECT_EQ(*stored, withFingerprint) << a.id.toStdString();
        if (a.isSigned()) {
            EXPECT_FALSE(stored->fingerprint.isEmpty());
            if (a.fingerprint.isEmpty())
                EXPECT_TRUE(file->verifyFingerprint(a.id)) << a.id.toStdString();
            else
                EXPECT_EQ(stored->fingerprint, a.fingerprint);
        }
    }
    EXPECT_EQ(loaded.citizenPromiseSets, expected.citizenPromiseSets);
    EXPECT_EQ(loaded.meetings, expected.meetings);
    EXPECT_EQ(loaded.attachments, expected.attachments);
    EXPECT_EQ(loaded.situationPictures, expected.situationPictures);
    EXPECT_EQ(loaded.population.size(), expected.population.size());
    EXPECT_EQ(loaded.crimeStatistics.size(), expected.crimeStatistics.size());
    EXPECT_EQ(loaded.surveyIndicators, expected.surveyIndicators);

    // Export → import → export gives the same document.
    const core::ExchangeWriter::Options options{true, QDateTime(), true};
    const QByteArray firstExport = core::ExchangeWriter::write(loaded, options);
    auto second = MunicipalityFile::createFrom(m_dir.filePath(q("second.samverka")),
                                               core::ExchangeReader::read(firstExport).data);
    const QByteArray secondExport = core::ExchangeWriter::write(second->loadAll(true), options);
    EXPECT_EQ(QString::fromUtf8(secondExport).toStdString(),
              QString::fromUtf8(firstExport).toStdString());

    const ImportReport report = file->merge(document);
    EXPECT_EQ(report.inserted, 0);
    EXPECT_EQ(report.updated, 0);
    // The same statistics again: every row unchanged, none counted as updated.
    EXPECT_EQ(report.crimeStatistics.imported + report.crimeStatistics.updated, 0);
    EXPECT_EQ(report.crimeStatistics.unchanged, int(loaded.crimeStatistics.size()));
    EXPECT_EQ(file->loadAll(true), loaded);
}

INSTANTIATE_TEST_SUITE_P(Documents, ExchangeRoundTripTest,
                         ::testing::Values("tests/data/exchange/full.json",
                                           "resources/demo/demo.json"));

} // namespace
} // namespace samverka::storage::datatest
