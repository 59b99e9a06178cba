// The file's own ids of rows the exchange format keeps without ids (issue #12, defect 4,
// schema version 3) stay inside the file: the demo's export is byte for byte what the
// program exported before it had them (its date aside), and the signed agreement keeps
// its fingerprint.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

/// SHA-256 of the demo's export made by the program before the row ids (schema version
/// 2), with its "exportedAt" emptied.
const char *const exportBeforeRowIds =
    "3a2a0a33df9df3e37ec62fcdfe16c0dbac21f397b6256608efb54408450bdd22";
/// The demo's signed agreement's fingerprint, as the demo document gives it.
const char *const signedFingerprint =
    "f4c226ae848a9be37a231432ff0392eb0de1cd7b75ccb968f4e06254bb05a245";

} // namespace

TEST(CliRowIdExportTest, TheDemoExportsAsBeforeAndKeepsItsFingerprint)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    qputenv("SAMVERKA_TEST_HOME", dir.path().toUtf8());
    const QString file = dir.filePath(QStringLiteral("Härnösand.samverka"));
    const QString json = dir.filePath(QStringLiteral("export.json"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), file}).exitCode, 0);
    const auto exported =
        runCli({QStringLiteral("export"), file, QStringLiteral("--output"), json});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();

    QFile out(json);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    // What revisions 2–4 added since (the revision, the lägesbild, the åtgärdsplan, the
    // samordningsfunktion) is not what this test is about: without it, the document is the
    // one of before.
    QJsonObject document = QJsonDocument::fromJson(out.readAll()).object();
    document[QStringLiteral("exportedAt")] = QString();
    document.remove(QStringLiteral("revision"));
    document.remove(QStringLiteral("situationPictures"));
    document.remove(QStringLiteral("measurePlans"));
    QJsonObject municipality = document.value(QStringLiteral("municipality")).toObject();
    municipality.remove(QStringLiteral("coordinatingFunction"));
    document[QStringLiteral("municipality")] = municipality;
    const QString text = QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    EXPECT_EQ(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex(),
              QByteArray(exportBeforeRowIds));
    EXPECT_TRUE(text.contains(QString::fromLatin1(signedFingerprint)));

    // The fingerprint computed again from the file (with its row ids) still matches.
    const auto check = runCli({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("ag-2021\t-\tfingerprint-ok")))
        << check.out.toStdString();
}
