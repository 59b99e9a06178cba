// samverka-cli overview (issue #16): one row per file, in every state a file can be in
// (normal, locked by another connection, damaged, newer, missing), none stopping the
// others; the text's columns, the JSON, --today's effect, a workspace file, and the
// refusals of a wrong command line.

#include "CliRunner.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using samverka::storage::Database;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

class CliOverviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(q("share")));
        m_demo = path("share/Härnösand.samverka");
        const CliResult demo = runCli({q("demo"), q("--output"), m_demo});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QString path(const char *name) const { return m_dir.filePath(q(name)); }

    QString copyOfDemo(const char *name) const
    {
        const QString copy = path(name);
        EXPECT_TRUE(QFile::copy(m_demo, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

    /// The columns of the line for a file.
    static QStringList columnsOf(const CliResult &result, int line)
    {
        const QStringList lines = result.lines();
        if (line >= lines.size())
            return {};
        return lines.at(line).split(QLatin1Char('\t'));
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace

TEST_F(CliOverviewTest, EveryFileGetsARowWhateverItsState)
{
    const QString missing = path("share/Sorsele.samverka");
    const QString damaged = copyOfDemo("share/Lycksele.samverka");
    {
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 2 + 10));
    }
    const QString newer = copyOfDemo("share/Vilhelmina.samverka");
    {
        Database db(newer, Database::Mode::ReadWrite);
        db.exec(q("PRAGMA user_version = 99"));
    }
    const QString locked = copyOfDemo("share/Storuman.samverka");
    Database holder(locked, Database::Mode::ReadWrite, 0);
    holder.exec(q("BEGIN EXCLUSIVE")); // a colleague's write, held through the run

    const QStringList files{missing, locked, damaged, newer, m_demo};
    const CliResult result =
        runCli(QStringList{q("overview")} + files + QStringList{q("--today"), q("2026-12-06")});
    holder.exec(q("COMMIT"));

    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_EQ(result.lines().size(), files.size()) << result.out.toStdString();
    const QStringList words{q("missing"), q("locked"), q("damaged"), q("newer-version"), q("ok")};
    for (int i = 0; i < files.size(); ++i) {
        const QStringList columns = columnsOf(result, i);
        SCOPED_TRACE(result.lines().at(i).toStdString());
        ASSERT_EQ(columns.size(), 18);
        EXPECT_EQ(columns.at(0), files.at(i));
        EXPECT_EQ(columns.at(1), words.at(i));
        if (words.at(i) != q("ok")) {
            EXPECT_EQ(columns.mid(2, 15), QStringList(15, q("-")));
            EXPECT_TRUE(columns.at(17).contains(QFileInfo(files.at(i)).fileName()));
        }
    }
    // The demo's row, column by column (docs/cli.md): its 2024–2027 agreement is a draft.
    const QStringList demo = columnsOf(result, 4);
    EXPECT_EQ(demo.at(2), q("Härnösand"));
    EXPECT_EQ(demo.at(3), q("2280"));
    EXPECT_TRUE(demo.at(4).endsWith(q("2024–2027")));
    EXPECT_EQ(demo.mid(5, 5),
              (QStringList{q("draft"), q("2024-01-01"), q("2027-12-31+"), q("no"), q("2025-2026")}))
        << "it is to continue until further notice";
    EXPECT_EQ(demo.at(10), q("1")) << "the draft's measure that was to end 2025-06-30";
    EXPECT_EQ(demo.at(11), q("0")) << "no agreement in force: no report due";
    EXPECT_EQ(demo.at(17), q("-"));
}

TEST_F(CliOverviewTest, TodayDecidesWhatIsInForceLateAndDue)
{
    const CliResult then =
        runCli({q("overview"), m_demo, q("--today"), q("2022-06-01"), q("--format"), q("text")});
    ASSERT_EQ(then.exitCode, 0) << then.err.toStdString();
    const QStringList columns = columnsOf(then, 0);
    ASSERT_EQ(columns.size(), 18) << then.out.toStdString();
    EXPECT_TRUE(columns.at(4).endsWith(q("2021–2023")));
    EXPECT_EQ(columns.mid(5, 5), (QStringList{q("signed"), q("2021-01-01"), q("2023-12-31"),
                                              q("yes"), q("2022-2023")}));
    EXPECT_EQ(columns.at(10), q("0")) << "nothing was to have ended by mid-2022";
    // Every six months to the steering group from 2021-01-01: 2021-07-01 was never reported,
    // 2022-01-01 was (2021-12-10); the leadership's 2022-01-01 was (2022-01-20).
    EXPECT_EQ(columns.at(11), q("1"));

    const CliResult later = runCli({q("overview"), m_demo, q("--today"), q("2023-03-01")});
    EXPECT_EQ(columnsOf(later, 0).value(11), q("3"))
        << "2021-07-01, 2022-07-01 and the leadership's 2023-01-01: " << later.out.toStdString();
}

TEST_F(CliOverviewTest, JsonOfAWorkspaceWithRelativePaths)
{
    const QString json = path("share/lpo.json");
    writeText(json,
              R"({"name": "Södra Lappland", "files": ["Härnösand.samverka", "Åsele.samverka"]})");
    const QString output = path("overview.json");
    const CliResult result =
        runCli({q("overview"), q("--workspace"), json, q("--format"), q("json"), q("--today"),
                q("2026-12-06"), q("--output"), output});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());

    QFile file(output);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(q("today")).toString(), q("2026-12-06"));
    EXPECT_EQ(root.value(q("workspace")).toString(), q("Södra Lappland"));
    const QJsonArray rows = root.value(q("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject demo = rows.at(0).toObject();
    EXPECT_EQ(demo.value(q("file")).toString(), m_demo);
    EXPECT_EQ(demo.value(q("state")).toString(), q("ok"));
    EXPECT_EQ(demo.value(q("municipality")).toObject().value(q("code")).toString(), q("2280"));
    EXPECT_EQ(demo.value(q("agreement")).toObject().value(q("status")).toString(), q("draft"));
    EXPECT_EQ(demo.value(q("measuresLate")).toInt(), 1);
    EXPECT_EQ(demo.value(q("law")).toObject().value(q("situationPicture")).toString(),
              q("current"));
    const QJsonObject missing = rows.at(1).toObject();
    EXPECT_EQ(missing.value(q("state")).toString(), q("missing"));
    EXPECT_EQ(missing.value(q("file")).toString(), path("share/Åsele.samverka"));
    EXPECT_FALSE(missing.value(q("message")).toString().isEmpty());
}

TEST_F(CliOverviewTest, AWrongCommandLineOrWorkspaceIsRefused)
{
    const QString json = path("broken.json");
    writeText(json, "{\"name\": \"LPO\", \"files\": [\"a.samverka\", 7]}");
    const QList<QPair<QStringList, QString>> cases{
        {{q("overview")}, q("--workspace")},
        {{q("overview"), m_demo, q("--workspace"), json}, q("not both")},
        {{q("overview"), m_demo, q("--today"), q("6/12/2026")}, q("6/12/2026")},
        {{q("overview"), m_demo, q("--format"), q("csv")}, q("csv")},
        {{q("overview"), q("--workspace"), json}, q("broken.json: $.files[1]")},
        {{q("overview"), q("--workspace"), path("none.json")}, q("none.json")},
    };
    for (const auto &[args, expected] : cases) {
        const CliResult result = runCli(args);
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_TRUE(result.err.contains(expected)) << result.err.toStdString();
    }
}
