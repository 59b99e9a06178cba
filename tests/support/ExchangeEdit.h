#pragma once

// Changes a municipality file through the exchange format, as a colleague's file would
// have it: export with samverka-cli, edit the JSON, import over the file. For the tests
// that need content the demo lacks (a confidential measure).

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace samverka::testsupport {

/// Exports file, calls edit on the exchange document's root, imports it over the file.
inline void editDocument(const QString &file, const std::function<void(QJsonObject &)> &edit)
{
    const QString exported = file + QStringLiteral(".edit.json");
    const CliResult out =
        runCli({QStringLiteral("export"), file, QStringLiteral("--output"), exported});
    EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
    QFile json(exported);
    if (!json.open(QIODevice::ReadOnly))
        return;
    QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    edit(root);
    EXPECT_TRUE(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(QJsonDocument(root).toJson());
    json.close();
    const CliResult in = runCli({QStringLiteral("import"), exported, QStringLiteral("--output"),
                                 file, QStringLiteral("--force")});
    EXPECT_EQ(in.exitCode, 0) << in.err.toStdString();
    QFile::remove(exported);
}

/// Calls edit on every measure of every agreement (the measure's exchange object, to
/// change in place); returns how many it changed (edit returns true for a change).
inline int editMeasures(const QString &file, const std::function<bool(QJsonObject &)> &edit)
{
    int changed = 0;
    editDocument(file, [&](QJsonObject &root) {
        QJsonArray agreements = root.value(QStringLiteral("agreements")).toArray();
        for (qsizetype a = 0; a < agreements.size(); ++a) {
            QJsonObject agreement = agreements.at(a).toObject();
            QJsonArray measures = agreement.value(QStringLiteral("measures")).toArray();
            for (qsizetype m = 0; m < measures.size(); ++m) {
                QJsonObject measure = measures.at(m).toObject();
                if (edit(measure)) {
                    measures[m] = measure;
                    ++changed;
                }
            }
            agreement.insert(QStringLiteral("measures"), measures);
            agreements[a] = agreement;
        }
        root.insert(QStringLiteral("agreements"), agreements);
    });
    return changed;
}

/// Makes the measures whose title starts with prefix confidential; returns how many.
inline int makeMeasuresConfidential(const QString &file, const QString &prefix)
{
    return editMeasures(file, [&](QJsonObject &measure) {
        if (!measure.value(QStringLiteral("title")).toString().startsWith(prefix))
            return false;
        measure.insert(QStringLiteral("confidential"), true);
        return true;
    });
}

} // namespace samverka::testsupport
