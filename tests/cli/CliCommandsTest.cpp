// The contract of spec/cli.md, command by command, on the bundled demo.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject withoutExportedAt(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QJsonObject object = QJsonDocument::fromJson(f.readAll()).object();
    object.remove(QStringLiteral("exportedAt"));
    return object;
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SAMVERKA_TEST_HOME", m_dir.path().toUtf8());
        m_demo = path(QStringLiteral("demo.samverka"));
        const auto result = runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_demo});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace

TEST_F(CliTest, ListPrintsOneTabSeparatedLinePerAgreementSortedByValidFrom)
{
    const auto result = runCli({QStringLiteral("list"), m_demo});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.lines();
    ASSERT_EQ(lines.size(), 2);
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    const QStringList second = lines.at(1).split(QLatin1Char('\t'));
    ASSERT_EQ(first.size(), 5);
    ASSERT_EQ(second.size(), 5);
    EXPECT_EQ(first.at(0), QStringLiteral("ag-2021"));
    EXPECT_EQ(first.at(1), QStringLiteral("signed"));
    EXPECT_EQ(first.at(2), QStringLiteral("2021-01-01"));
    EXPECT_EQ(second.at(0), QStringLiteral("ag-2024"));
    EXPECT_EQ(second.at(1), QStringLiteral("draft"));
    EXPECT_LT(first.at(2), second.at(2));
}

TEST_F(CliTest, DemoRefusesToOverwriteWithoutForce)
{
    const QByteArray before = fileHash(m_demo);
    const auto result = runCli({QStringLiteral("demo"), QStringLiteral("--output"), m_demo});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(m_demo)) << result.err.toStdString();
    EXPECT_EQ(fileHash(m_demo), before);
}

TEST_F(CliTest, ExportImportExportGivesTheSameDocument)
{
    const QString first = path(QStringLiteral("first.json"));
    const QString second = path(QStringLiteral("second.json"));
    const QString copy = path(QStringLiteral("copy.samverka"));
    ASSERT_EQ(
        runCli({QStringLiteral("export"), m_demo, QStringLiteral("--output"), first}).exitCode, 0);
    const auto imported =
        runCli({QStringLiteral("import"), first, QStringLiteral("--output"), copy});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("export"), copy, QStringLiteral("--output"), second}).exitCode,
              0);
    EXPECT_EQ(withoutExportedAt(first), withoutExportedAt(second));
    EXPECT_TRUE(withoutExportedAt(first).contains(QStringLiteral("agreements")));
}

TEST_F(CliTest, ImportOfBrokenJsonNamesTheFileAndWritesNothing)
{
    const QString broken = path(QStringLiteral("broken.json"));
    writeText(broken, "{\n  \"format\": \"samverka-exchange\",\n  \"version\": 1,\n  oops\n}\n");
    const QString target = path(QStringLiteral("never.samverka"));
    const auto result =
        runCli({QStringLiteral("import"), broken, QStringLiteral("--output"), target});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(broken)) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("never")).size(), 0);
}

TEST_F(CliTest, ImportOfADanglingReferenceNamesTheJsonPath)
{
    const QString doc = path(QStringLiteral("dangling.json"));
    writeText(doc, R"({"format":"samverka-exchange","version":1,
        "municipality":{"name":"Härnösand","code":"2280"},
        "parties":[{"id":"k","kind":"municipality","name":"Kommunen"},
                   {"id":"p","kind":"police","name":"Polisen"}],
        "agreements":[{"id":"a","title":"Ö","parties":["k","p"],
            "measures":[{"id":"m","title":"Krogtillsyn","causes":["nowhere"]}]}]})");
    const QString target = path(QStringLiteral("dangling.samverka"));
    const auto result = runCli({QStringLiteral("import"), doc, QStringLiteral("--output"), target});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("$.agreements[0].measures[0].causes[0]")))
        << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(CliTest, CheckReportsIntegrityFindingsAndFingerprints)
{
    const auto result = runCli({QStringLiteral("check"), m_demo});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.lines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("integrity\tok"));
    bool fingerprintOk = false;
    int findings = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 4) << line.toStdString();
        if (fields.at(2) == QLatin1String("fingerprint-ok")) {
            fingerprintOk = fields.at(0) == QLatin1String("ag-2021");
            EXPECT_EQ(fields.at(3).size(), 19); // "3f2a 9c01 77be 0d4e"
        } else if (fields.at(2).startsWith(QLatin1String("law-"))) {
            EXPECT_EQ(fields.at(0), QStringLiteral("-")); // the municipality's, no agreement's
        } else {
            EXPECT_EQ(fields.at(0), QStringLiteral("ag-2024"));
            ++findings;
        }
    }
    EXPECT_TRUE(fingerprintOk);
    EXPECT_GE(findings, 3); // the demo draft keeps a few honest findings
    EXPECT_EQ(runCli({QStringLiteral("check"), m_demo, QStringLiteral("--strict")}).exitCode, 3);
}

TEST_F(CliTest, CheckOnDamagedAndForeignFilesExitsTwo)
{
    const QString random = path(QStringLiteral("random.samverka"));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919) % 251));
    writeText(random, bytes);
    const auto damaged = runCli({QStringLiteral("check"), random});
    EXPECT_EQ(damaged.exitCode, 2);
    EXPECT_TRUE(damaged.err.contains(random)) << damaged.err.toStdString();

    const QString foreign = path(QStringLiteral("foreign.samverka"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {foreign, QStringLiteral("CREATE TABLE t(x);")});
    ASSERT_TRUE(sqlite.waitForFinished());
    EXPECT_EQ(runCli({QStringLiteral("check"), foreign}).exitCode, 2);

    const auto missing = runCli({QStringLiteral("check"), path(QStringLiteral("none.samverka"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none.samverka"))));
}

TEST_F(CliTest, SignLocksAndTamperingIsDetected)
{
    const auto signedResult =
        runCli({QStringLiteral("sign"), m_demo, QStringLiteral("--agreement"),
                QStringLiteral("ag-2024"), QStringLiteral("--date"), QStringLiteral("2024-02-01"),
                QStringLiteral("--place"), QStringLiteral("Härnösand")});
    ASSERT_EQ(signedResult.exitCode, 0) << signedResult.err.toStdString();
    EXPECT_TRUE(signedResult.err.contains(QStringLiteral("warning"))); // checklist findings
    EXPECT_TRUE(
        runCli({QStringLiteral("list"), m_demo}).out.contains(QStringLiteral("ag-2024\tsigned")));

    const auto again =
        runCli({QStringLiteral("sign"), m_demo, QStringLiteral("--agreement"),
                QStringLiteral("ag-2024"), QStringLiteral("--date"), QStringLiteral("2024-02-02"),
                QStringLiteral("--place"), QStringLiteral("Härnösand")});
    EXPECT_EQ(again.exitCode, 1);

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {m_demo, QStringLiteral("UPDATE measures SET title = title || ' (ändrad)' WHERE "
                                         "id = 'm24-01';")});
    ASSERT_TRUE(sqlite.waitForFinished());
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    const auto check = runCli({QStringLiteral("check"), m_demo});
    EXPECT_EQ(check.exitCode, 2);
    EXPECT_TRUE(check.out.contains(QStringLiteral("ag-2024\t-\tfingerprint-mismatch")))
        << check.out.toStdString();
}

TEST_F(CliTest, SignWithoutSignatoriesIsRefused)
{
    const QString doc = path(QStringLiteral("nosig.json"));
    writeText(doc, R"({"format":"samverka-exchange","version":1,
        "municipality":{"name":"Härnösand","code":"2280"},
        "parties":[{"id":"k","kind":"municipality","name":"Kommunen"},
                   {"id":"p","kind":"police","name":"Polisen"}],
        "agreements":[{"id":"a","title":"Överenskommelse","parties":["k","p"]}]})");
    const QString file = path(QStringLiteral("nosig.samverka"));
    ASSERT_EQ(runCli({QStringLiteral("import"), doc, QStringLiteral("--output"), file}).exitCode,
              0);
    const QByteArray before = fileHash(file);
    const auto result =
        runCli({QStringLiteral("sign"), file, QStringLiteral("--agreement"), QStringLiteral("a"),
                QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--place"),
                QStringLiteral("Härnösand")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(fileHash(file), before);
}

TEST_F(CliTest, ReviseMakesADraftAndTheSharedTitleBecomesAmbiguous)
{
    const auto revised = runCli({QStringLiteral("revise"), m_demo, QStringLiteral("--agreement"),
                                 QStringLiteral("ag-2021")});
    ASSERT_EQ(revised.exitCode, 0) << revised.err.toStdString();
    const QString newId = revised.out.trimmed();
    EXPECT_FALSE(newId.isEmpty());
    EXPECT_FALSE(newId.contains(QLatin1Char('\n')));
    const auto list = runCli({QStringLiteral("list"), m_demo});
    EXPECT_EQ(list.lines().size(), 3);
    EXPECT_TRUE(list.out.contains(newId + QStringLiteral("\tdraft")));

    // The revision keeps its title: naming it by title is now ambiguous.
    const QStringList first = list.lines().at(0).split(QLatin1Char('\t'));
    const auto ambiguous = runCli({QStringLiteral("revise"), m_demo, QStringLiteral("--agreement"),
                                   QStringLiteral("  ") + first.at(4) + QStringLiteral(" ")});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("ag-2021"))) << ambiguous.err.toStdString();
    EXPECT_TRUE(ambiguous.err.contains(newId)) << ambiguous.err.toStdString();
}

TEST_F(CliTest, MergeOfAnotherMunicipalityIsRefused)
{
    const QString doc = path(QStringLiteral("other.json"));
    writeText(doc, R"({"format":"samverka-exchange","version":1,
        "municipality":{"name":"Timrå","code":"2262"}})");
    const QByteArray before = fileHash(m_demo);
    const auto result = runCli({QStringLiteral("import"), doc, QStringLiteral("--into"), m_demo});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(fileHash(m_demo), before);
}

TEST_F(CliTest, EveryCommandHasHelpAndUnknownOnesFail)
{
    for (const char *command : {"demo", "import", "export", "list", "check", "sign", "revise"}) {
        const auto result = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_TRUE(result.out.contains(QStringLiteral("Usage"))) << command;
    }
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("list"), m_demo, QStringLiteral("--bogus")}).exitCode, 1);
}

TEST_F(CliTest, ExportToAnUnwritablePlaceLeavesNoPartialFile)
{
    const QString target = path(QStringLiteral("no/such/dir/out.json"));
    const auto result =
        runCli({QStringLiteral("export"), m_demo, QStringLiteral("--output"), target});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(QFile::exists(target));
}
