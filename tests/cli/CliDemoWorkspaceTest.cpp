// samverka-cli demo --workspace FOLDER (issue #16): the demo municipality and two
// neighbours generated from it, in the same local police area, with the workspace file
// that lists them; the overview tells the three apart.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(CliDemoWorkspaceTest, WritesThePoliceAreaAndItsOverviewTellsTheMunicipalitiesApart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(q("lpo"));
    const CliResult demo = runCli({q("demo"), q("--workspace"), folder});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files, QDir::Name),
              (QStringList{q("Härnösand.samverka"), q("Kramfors.samverka"), q("Timrå.samverka"),
                           q("workspace.json")}));

    QFile json(QDir(folder).filePath(q("workspace.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject workspace = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(workspace.value(q("name")).toString(), q("Lokalpolisområde Härnösand"));
    EXPECT_EQ(workspace.value(q("files")).toArray().size(), 3);
    json.close();

    const CliResult overview = runCli({q("overview"), q("--workspace"), json.fileName(),
                                       q("--format"), q("json"), q("--today"), q("2026-12-06")});
    ASSERT_EQ(overview.exitCode, 0) << overview.err.toStdString();
    const QJsonArray rows =
        QJsonDocument::fromJson(overview.out.toUtf8()).object().value(q("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    QStringList names;
    QStringList codes;
    for (const QJsonValue &row : rows) {
        const QJsonObject m = row.toObject().value(q("municipality")).toObject();
        EXPECT_EQ(row.toObject().value(q("state")).toString(), q("ok"));
        EXPECT_EQ(m.value(q("localPoliceArea")).toString(), q("Lokalpolisområde Härnösand"));
        names << m.value(q("name")).toString();
        codes << m.value(q("code")).toString();
    }
    EXPECT_EQ(names, (QStringList{q("Härnösand"), q("Kramfors"), q("Timrå")}));
    EXPECT_EQ(codes, (QStringList{q("2280"), q("2282"), q("2262")}));
    const QJsonObject kramfors = rows.at(1).toObject();
    EXPECT_EQ(kramfors.value(q("agreement")).toObject().value(q("status")).toString(), q("signed"));
    EXPECT_TRUE(kramfors.value(q("agreement")).toObject().value(q("inForce")).toBool());
    EXPECT_TRUE(kramfors.value(q("agreement"))
                    .toObject()
                    .value(q("title"))
                    .toString()
                    .contains(q("Kramfors kommun")));
    const QJsonObject timra = rows.at(2).toObject().value(q("law")).toObject();
    EXPECT_EQ(timra.value(q("situationPicture")).toString(), q("draft"));
    EXPECT_EQ(timra.value(q("measurePlan")).toString(), q("draft"));

    // The neighbour's signed agreement carries the fingerprint of what it holds.
    const CliResult check = runCli({q("check"), QDir(folder).filePath(q("Kramfors.samverka"))});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(q("2282-ag-2024\t-\tfingerprint-ok")))
        << check.out.toStdString();

    // A second run refuses to replace the files, and leaves them as they are.
    const QDateTime written = QFileInfo(QDir(folder).filePath(q("Timrå.samverka"))).lastModified();
    const CliResult again = runCli({q("demo"), q("--workspace"), folder});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(q("--force"))) << again.err.toStdString();
    EXPECT_EQ(QFileInfo(QDir(folder).filePath(q("Timrå.samverka"))).lastModified(), written);
    EXPECT_EQ(runCli({q("demo"), q("--workspace"), folder, q("--force")}).exitCode, 0);
}
