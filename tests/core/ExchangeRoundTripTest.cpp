#include "CoreTestSupport.h"
#include "ExchangeReader.h"
#include "ExchangeWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {
ExchangeWriter::Options withData()
{
    ExchangeWriter::Options options;
    options.withAttachmentData = true;
    return options;
}
} // namespace

TEST(ExchangeRoundTrip, FullDocumentReadsWithoutWarnings)
{
    const QByteArray json = readTestFile(fullDocumentPath());
    ASSERT_FALSE(json.isEmpty());
    const ExchangeReadResult result = ExchangeReader::read(json);
    EXPECT_TRUE(result.warnings.isEmpty()) << result.warnings.join(QLatin1Char('\n')).toStdString();
    const MunicipalityData &d = result.data;
    EXPECT_EQ(d.municipality.code, QStringLiteral("2280"));
    ASSERT_EQ(d.agreements.size(), 2);
    const Agreement &a = d.agreements.at(1);
    EXPECT_EQ(a.status, AgreementStatus::InReview);
    EXPECT_EQ(a.replaces, QStringLiteral("a-2021"));
    EXPECT_TRUE(a.validFromSigning);
    EXPECT_EQ(a.validTo, QDate(2027, 12, 31));
    EXPECT_EQ(a.part1.reporting.size(), 2);
    EXPECT_EQ(a.part1.reporting.at(0).everyMonths, 6);
    ASSERT_EQ(a.problems.size(), 2);
    EXPECT_EQ(a.problems.at(0).causes.at(1).riskDomain, RiskDomain::Community);
    EXPECT_FALSE(a.problems.at(0).causes.at(0).riskDomain.has_value());
    EXPECT_FALSE(a.problems.at(0).causes.at(1).withinMandate);
    EXPECT_FALSE(a.problems.at(1).priority.has_value());
    EXPECT_EQ(a.goals.at(0).target.value, 36.5);
    EXPECT_EQ(a.goals.at(1).parent, QStringLiteral("go-eff"));
    EXPECT_EQ(a.measures.at(0).budgetSek, 25000.5);
    EXPECT_EQ(a.measures.at(0).status, MeasureStatus::Ongoing);
    EXPECT_FALSE(a.measures.at(1).budgetSek.has_value());
    EXPECT_EQ(a.followUps.at(1).reportedTo, std::nullopt);
    EXPECT_EQ(a.followUps.at(0).reportedTo, ReportingTarget::SteeringGroup);
    EXPECT_EQ(a.checkItems.size(), 2);
    EXPECT_FALSE(d.crimeStatistics.at(1).count.has_value());
    EXPECT_TRUE(d.crimeStatistics.at(1).preliminary);
    EXPECT_EQ(d.surveyIndicators.at(1).value, 1e-7);
    EXPECT_TRUE(d.citizenPromiseSets.at(1).agreement.isEmpty());
    EXPECT_EQ(d.categoryMapping.size(), 2);
    ASSERT_EQ(d.attachments.size(), 2);
    EXPECT_TRUE(d.attachments.at(0).hasData);
    EXPECT_EQ(d.attachments.at(0).data, QByteArray("%PDF-1.4 signed original (test bytes)\n"));
    EXPECT_FALSE(d.attachments.at(1).hasData);
}

TEST(ExchangeRoundTrip, ReadWriteReadGivesEqualData)
{
    const MunicipalityData first = fullDocument();
    const QByteArray written = ExchangeWriter::write(first, withData());
    const ExchangeReadResult second = ExchangeReader::read(written);
    EXPECT_TRUE(second.warnings.isEmpty());
    EXPECT_EQ(second.data, first);
}

TEST(ExchangeRoundTrip, WriteReadWriteGivesSameBytes)
{
    const QByteArray once = ExchangeWriter::write(fullDocument(), withData());
    const QByteArray twice = ExchangeWriter::write(ExchangeReader::read(once).data, withData());
    EXPECT_EQ(once, twice);
}

TEST(ExchangeRoundTrip, WriterOmitsDefaultsAndEmptiesButKeepsRequired)
{
    MunicipalityData d;
    d.municipality.name = QStringLiteral("Storuman");
    Agreement a;
    a.id = QStringLiteral("a");
    a.title = QStringLiteral("Överenskommelse");
    a.parties = {QStringLiteral("k"), QStringLiteral("p")};
    Measure m;
    m.id = QStringLiteral("m");
    m.title = QStringLiteral("Trygghetsvandring");
    a.measures << m;
    d.agreements << a;
    const QJsonObject json = ExchangeWriter::toJson(d, {});
    EXPECT_EQ(json.value(QLatin1String("format")).toString(), QStringLiteral("samverka-exchange"));
    EXPECT_EQ(json.value(QLatin1String("version")).toInt(), 1);
    EXPECT_FALSE(json.contains(QLatin1String("exportedAt")));
    EXPECT_FALSE(json.contains(QLatin1String("parties")));
    const QJsonObject agreement =
        json.value(QLatin1String("agreements")).toArray().at(0).toObject();
    EXPECT_FALSE(agreement.contains(QLatin1String("validFromSigning")));
    EXPECT_FALSE(agreement.contains(QLatin1String("part1")));
    EXPECT_FALSE(agreement.contains(QLatin1String("replaces")));
    const QJsonObject measure =
        agreement.value(QLatin1String("measures")).toArray().at(0).toObject();
    EXPECT_EQ(measure.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("status"),
                                           QStringLiteral("title")}));
}

TEST(ExchangeRoundTrip, AttachmentBytesOnlyWhenAsked)
{
    const MunicipalityData d = fullDocument();
    const QByteArray without = ExchangeWriter::write(d, {});
    EXPECT_FALSE(without.contains("\"data\""));
    const MunicipalityData reread = ExchangeReader::read(without).data;
    EXPECT_FALSE(reread.attachments.at(0).hasData);
    EXPECT_EQ(reread.attachments.at(0).sha256, d.attachments.at(0).sha256);
    EXPECT_TRUE(ExchangeWriter::write(d, withData()).contains("\"data\""));
}

TEST(ExchangeRoundTrip, ExportedAtIsWrittenWhenGiven)
{
    ExchangeWriter::Options options;
    options.exportedAt = QDateTime(QDate(2024, 3, 1), QTime(10, 15));
    const QJsonObject json = ExchangeWriter::toJson(fullDocument(), options);
    EXPECT_EQ(json.value(QLatin1String("exportedAt")).toString(),
              QStringLiteral("2024-03-01T10:15:00"));
}

TEST(ExchangeRoundTrip, DemoDocumentRoundTrips)
{
    const QByteArray json = readTestFile(demoDocumentPath());
    ASSERT_FALSE(json.isEmpty()) << "resources/demo/demo.json cannot be read";
    const ExchangeReadResult first = ExchangeReader::read(json);
    EXPECT_TRUE(first.warnings.isEmpty()) << first.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(first.data.agreements.isEmpty());
    const QByteArray once = ExchangeWriter::write(first.data, withData());
    const ExchangeReadResult second = ExchangeReader::read(once);
    EXPECT_EQ(second.data, first.data);
    EXPECT_EQ(ExchangeWriter::write(second.data, withData()), once);
}
