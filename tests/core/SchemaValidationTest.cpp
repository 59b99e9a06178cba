// Every exported document must validate against the exchange schema; checked with
// python3-jsonschema, the reference validator, rather than our own reading of it.

#include "CoreTestSupport.h"
#include "ExchangeWriter.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace samverka::core;
using namespace samverka::core::test;

namespace {

const char *const validator = "import json,jsonschema,sys; "
                              "jsonschema.validate(json.load(open(sys.argv[1])), "
                              "json.load(open(sys.argv[2])))";

QString schemaPath()
{
    return QStringLiteral(SAMVERKA_SOURCE_DIR "/docs/exchange.schema.json");
}

bool jsonschemaAvailable()
{
    QProcess probe;
    probe.start(QStringLiteral("python3"),
                {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
    return probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit &&
           probe.exitCode() == 0;
}

// Writes the export of data to a temporary file and validates it; returns the
// validator's complaint, empty when valid.
QString validate(const MunicipalityData &data)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + path;
    ExchangeWriter::Options options;
    options.withAttachmentData = true;
    options.exportedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0));
    file.write(ExchangeWriter::write(data, options));
    file.close();
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(validator), path, schemaPath()});
    if (!python.waitForFinished(120000))
        return QStringLiteral("python3 did not finish");
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return {};
}

} // namespace

TEST(SchemaValidation, ExportOfTheFullDocumentValidates)
{
    // scripts/install-deps installs python3-jsonschema: without it, this check fails.
    ASSERT_TRUE(jsonschemaAvailable()) << "python3 with jsonschema is not installed";
    const QString complaint = validate(fullDocument());
    EXPECT_TRUE(complaint.isEmpty()) << complaint.toStdString();
}

TEST(SchemaValidation, ExportOfTheDemoValidates)
{
    // scripts/install-deps installs python3-jsonschema: without it, this check fails.
    ASSERT_TRUE(jsonschemaAvailable()) << "python3 with jsonschema is not installed";
    const QByteArray demo = readTestFile(demoDocumentPath());
    ASSERT_FALSE(demo.isEmpty()) << "resources/demo/demo.json cannot be read";
    const QString complaint = validate(ExchangeReader::read(demo).data);
    EXPECT_TRUE(complaint.isEmpty()) << complaint.toStdString();
}

TEST(SchemaValidation, TheValidatorDoesRefuseAnInvalidExport)
{
    // scripts/install-deps installs python3-jsonschema: without it, this check fails.
    ASSERT_TRUE(jsonschemaAvailable()) << "python3 with jsonschema is not installed";
    MunicipalityData data = fullDocument();
    data.agreements[0].parties.removeLast(); // minItems 2
    EXPECT_FALSE(validate(data).isEmpty());
}
