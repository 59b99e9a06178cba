// samverka-cli diff (issue #16) on the hand-made pair tests/data/diff/pair.json: the
// JSON is the expected document tests/data/diff/pair-diff.json byte for byte; the
// text shows moves and a word changed; --from defaults to the agreement replaced;
// confidential changes only on request; a broken fingerprint is said first; exit 0
// with or without differences, and a clear message and exit 1 for what is wrong.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString pairPath = s(SAMVERKA_TEST_DATA_DIR "/diff/pair.json");

class CliDiffTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_file = m_dir.filePath(s("pair.samverka"));
        const CliResult made = runCli({s("import"), pairPath, s("--output"), m_file});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }

    CliResult diff(const QStringList &args)
    {
        return runCli(QStringList{s("diff"), m_file} + args);
    }

    QTemporaryDir m_dir;
    QString m_file;
};

TEST_F(CliDiffTest, TheJsonIsTheExpectedDocument)
{
    const CliResult result =
        diff({s("--from"), s("ag-2024"), s("--to"), s("ag-2025"), s("--format"), s("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QByteArray expected = readAll(s(SAMVERKA_TEST_DATA_DIR "/diff/pair-diff.json"));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(result.out.toStdString(), QString::fromUtf8(expected).toStdString());

    // --output writes the same bytes; --from defaults to the agreement replaced.
    const QString out = m_dir.filePath(s("diff.json"));
    const CliResult written =
        diff({s("--to"), s("ag-2025"), s("--format"), s("json"), s("--output"), out});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.isEmpty());
    EXPECT_EQ(readAll(out), expected);
}

TEST_F(CliDiffTest, ConfidentialChangesOnlyOnRequest)
{
    const auto changesOf = [](const CliResult &r) {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QJsonObject hidden = changesOf(diff({s("--to"), s("ag-2025"), s("--format"), s("json")}));
    const QJsonObject shown = changesOf(
        diff({s("--to"), s("ag-2025"), s("--format"), s("json"), s("--include-confidential")}));
    EXPECT_EQ(hidden.value(s("confidentialLeftOut")).toInt(), 1);
    EXPECT_EQ(shown.value(s("confidentialLeftOut")).toInt(), 0);
    const QJsonArray all = shown.value(s("changes")).toArray();
    EXPECT_EQ(all.size(), hidden.value(s("changes")).toArray().size() + 1);
    bool found = false;
    for (const QJsonValue &change : all)
        if (change.toObject().value(s("toId")).toString() == s("m-kamera-b")) {
            found = true;
            EXPECT_TRUE(change.toObject().value(s("confidential")).toBool());
        }
    EXPECT_TRUE(found);
    EXPECT_FALSE(QString::fromUtf8(QJsonDocument(hidden).toJson()).contains(s("kameror")));
}

TEST_F(CliDiffTest, TheTextShowsMovesAndWords)
{
    const CliResult result = diff({s("--to"), s("ag-2025")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    EXPECT_TRUE(lines.first().startsWith(s("From “Samverkansöverenskommelse 2024–2027” (ag-2024")))
        << result.out.toStdString();
    EXPECT_TRUE(lines.contains(s("  moved: Krogsamverkan"))) << result.out.toStdString();
    EXPECT_TRUE(lines.contains(s("    focusArea: Tryggt centrum → Krogen")));
    EXPECT_TRUE(lines.contains(s("    text: Misshandeln utomhus ska [-minska-] {+halveras+}")));
    EXPECT_TRUE(lines.contains(s("    number: 1.2 → 1.3")));
    EXPECT_TRUE(lines.contains(s("Causes: 1 added, 1 removed, 1 moved")));
    EXPECT_TRUE(result.out.contains(s("1 confidential difference(s) left out")));

    // No differences is no error.
    const CliResult same = diff({s("--from"), s("ag-2025"), s("--to"), s("ag-2025")});
    EXPECT_EQ(same.exitCode, 0);
    EXPECT_TRUE(same.out.contains(s("No differences.")));
}

TEST_F(CliDiffTest, ABrokenFingerprintIsSaidFirst)
{
    QJsonObject doc = QJsonDocument::fromJson(readAll(pairPath)).object();
    QJsonArray agreements = doc.value(s("agreements")).toArray();
    QJsonObject signedOne = agreements.at(0).toObject();
    signedOne.insert(s("fingerprint"), QString(64, QLatin1Char('0')));
    agreements.replace(0, signedOne);
    doc.insert(s("agreements"), agreements);
    const QString json = m_dir.filePath(s("tampered.json"));
    QFile out(json);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();
    const QString file = m_dir.filePath(s("tampered.samverka"));
    ASSERT_EQ(runCli({s("import"), json, s("--output"), file}).exitCode, 0);

    const CliResult result = runCli({s("diff"), file, s("--to"), s("ag-2025")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(s("Note: the signed agreement “Samverkansöverenskommelse "
                                        "2024–2027” has been changed since it was signed")))
        << result.out.toStdString();
    const CliResult asJson =
        runCli({s("diff"), file, s("--to"), s("ag-2025"), s("--format"), s("json")});
    const QJsonObject from =
        QJsonDocument::fromJson(asJson.out.toUtf8()).object().value(s("from")).toObject();
    EXPECT_TRUE(from.value(s("fingerprintBroken")).toBool());
}

TEST_F(CliDiffTest, WrongIdsAndOptionsAreClearErrors)
{
    CliResult r = diff({s("--to"), s("nej")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(s("no agreement has the id or title “nej”"))) << r.err.toStdString();
    r = diff({s("--from"), s("nej"), s("--to"), s("ag-2025")});
    EXPECT_EQ(r.exitCode, 1);
    r = diff({s("--to"), s("ag-2024")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(s("replaces no agreement"))) << r.err.toStdString();
    r = diff({s("--to"), s("ag-2025"), s("--format"), s("xml")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(s("--format must be text or json"))) << r.err.toStdString();
    r = diff({});
    EXPECT_EQ(r.exitCode, 1);
    r = runCli({s("diff"), m_dir.filePath(s("missing.samverka")), s("--to"), s("x")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(s("missing.samverka"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

} // namespace

TEST_F(CliDiffTest, TheChangesDocumentAsPdfAndFromOnlyForIt)
{
    const QString out = m_dir.filePath(s("ändringar.pdf"));
    const CliResult written = runCli({s("pdf"), m_file, s("--document"), s("changes"),
                                      s("--agreement"), s("ag-2025"), s("--output"), out});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));

    // Named the other way round with --from; an agreement that replaces none without it.
    const QString back = m_dir.filePath(s("tillbaka.pdf"));
    EXPECT_EQ(runCli({s("pdf"), m_file, s("--document"), s("changes"), s("--agreement"),
                      s("ag-2024"), s("--from"), s("ag-2025"), s("--output"), back})
                  .exitCode,
              0);
    const CliResult none = runCli({s("pdf"), m_file, s("--document"), s("changes"),
                                   s("--agreement"), s("ag-2024"), s("--output"), back + s("2")});
    EXPECT_NE(none.exitCode, 0);
    // The documents speak Swedish, their messages too; the path comes first.
    EXPECT_TRUE(none.err.contains(s("ersätter ingen överenskommelse"))) << none.err.toStdString();
    EXPECT_FALSE(QFile::exists(back + s("2")));

    const CliResult wrong =
        runCli({s("pdf"), m_file, s("--document"), s("agreement"), s("--agreement"), s("ag-2025"),
                s("--from"), s("ag-2024"), s("--output"), back + s("3")});
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(s("--from applies to --document changes only")))
        << wrong.err.toStdString();
}
