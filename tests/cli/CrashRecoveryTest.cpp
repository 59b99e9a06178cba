// Crash recovery, tried hard (issue #12): a child process writes edits and reports each
// one once committed; it is killed with SIGKILL at random moments, 200 times. After each
// kill the file is opened the ways a person opens it (a reading command of the CLI, the
// app's MunicipalityFile read-only and read-write), and then: PRAGMA integrity_check is ok
// and every edit the child reported as committed is there. A batch of audit rows is
// there whole or not at all.

#include "CliRunner.h"

#include "Database.h"
#include "MunicipalityFile.h"
#include "Statement.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <iostream>

using namespace samverka::storage;

namespace {

constexpr int kills = 200;
constexpr int batchRows = 300; // as the writer writes them

struct Reported {
    QSet<QString> parties; ///< names of parties the writer committed
    qint64 lastBatch = -1;
};

/// Starts the writer, lets it run for a random moment once it is ready, kills it.
Reported runAndKill(const QString &path, qint64 first, int runMs)
{
    QProcess writer;
    writer.start(QStringLiteral(SAMVERKA_CRASH_WRITER_PATH), {path, QString::number(first)});
    EXPECT_TRUE(writer.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("ready\n") && writer.waitForReadyRead(10000))
        out += writer.readAllStandardOutput();
    EXPECT_TRUE(out.contains("ready\n")) << writer.readAllStandardError().toStdString();
    QThread::msleep(ulong(runMs));
    writer.kill(); // SIGKILL: no destructor, no rollback, no journal cleanup
    writer.waitForFinished(10000);
    out += writer.readAllStandardOutput();
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit)
        << writer.readAllStandardError().toStdString();

    Reported reported;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("party "))
            reported.parties.insert(QStringLiteral("stress-") + QString::fromLatin1(line.mid(6)));
        else if (line.startsWith("batch "))
            reported.lastBatch = line.mid(6).toLongLong();
    }
    return reported;
}

/// Opens the file as the iteration says; returns whether it said it rolled back.
bool openAfterKill(const QString &path, int iteration)
{
    static const QStringList commands = {QStringLiteral("check"), QStringLiteral("list"),
                                         QStringLiteral("export"), QStringLiteral("pdf")};
    MunicipalityFile::OpenOptions options;
    options.backupOnOpen = false;
    switch (iteration % 3) {
    case 0: {
        const QString command = commands.at((iteration / 3) % commands.size());
        QStringList args{command, path};
        if (command == QLatin1String("export"))
            args << QStringLiteral("--output") << path + QStringLiteral(".json");
        if (command == QLatin1String("pdf"))
            args << QStringLiteral("--agreement") << QStringLiteral("ag-2024")
                 << QStringLiteral("--document") << QStringLiteral("agreement")
                 << QStringLiteral("--output") << path + QStringLiteral(".pdf");
        const CliResult result = runCli(args);
        EXPECT_EQ(result.exitCode, 0)
            << command.toStdString() << " after kill " << iteration << ": "
            << result.out.toStdString() << result.err.toStdString();
        if (command == QLatin1String("check")) {
            EXPECT_EQ(result.lines().value(0), QStringLiteral("integrity\tok"));
        }
        return result.err.contains(QStringLiteral("interrupted"));
    }
    case 1:
        options.readOnly = true;
        [[fallthrough]];
    default: {
        try {
            const auto file = MunicipalityFile::open(path, options);
            EXPECT_EQ(file->integrityCheck(), QStringLiteral("ok"));
            EXPECT_EQ(file->agreements().size(), 2);
            return file->wasRecovered();
        } catch (const StorageError &error) {
            ADD_FAILURE() << "after kill " << iteration << ": " << error.message().toStdString()
                          << " (" << error.detail().toStdString() << ")";
            return false;
        }
    }
    }
}

/// Everything reported is there, the file is sound, the batch is whole.
void expectNothingLost(const QString &path, const QSet<QString> &parties, qint64 lastBatch,
                       int iteration)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    ASSERT_TRUE(integrity.step());
    EXPECT_EQ(integrity.text(0), QStringLiteral("ok")) << "after kill " << iteration;

    QSet<QString> present;
    Statement names = db.prepare(QStringLiteral("SELECT name FROM parties"));
    while (names.step())
        present.insert(names.text(0));
    for (const QString &name : parties)
        EXPECT_TRUE(present.contains(name))
            << "lost " << name.toStdString() << " at kill " << iteration;

    Statement batches = db.prepare(QStringLiteral(
        "SELECT user, count(*) FROM audit_log WHERE user LIKE 'batch-%' GROUP BY user"));
    int groups = 0;
    while (batches.step()) {
        ++groups;
        EXPECT_EQ(batches.int64(1), batchRows) << "a half batch at kill " << iteration;
        EXPECT_GE(batches.text(0).mid(6).toLongLong(), lastBatch) << "an older batch is back";
    }
    EXPECT_LE(groups, 1);
    if (lastBatch >= 0) {
        EXPECT_EQ(groups, 1) << "the committed batch is gone at kill " << iteration;
    }
}

} // namespace

TEST(CrashRecoveryTest, KilledWritersLoseNoCommittedEdit)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    qputenv("SAMVERKA_TEST_HOME", dir.path().toUtf8());
    const QString path = dir.filePath(QStringLiteral("crash.samverka"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), path}).exitCode, 0);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE(::testing::Message() << "random seed " << seed);
    QSet<QString> committed;
    qint64 lastBatch = -1;
    int journals = 0;
    int recovered = 0;
    int done = 0;
    for (int i = 0; i < kills; ++i, ++done) {
        const Reported reported = runAndKill(path, qint64(i) * 100000, random.bounded(1, 60));
        committed.unite(reported.parties);
        lastBatch = std::max(lastBatch, reported.lastBatch);
        journals += QFile::exists(path + QStringLiteral("-journal")) ? 1 : 0;
        recovered += openAfterKill(path, i) ? 1 : 0;
        expectNothingLost(path, committed, lastBatch, i);
        if (::testing::Test::HasFailure())
            break;
    }
    EXPECT_EQ(done, kills);
    std::cout << "[ crash    ] " << done << " kills, " << committed.size() << " committed inserts, "
              << journals << " journals left, " << recovered << " rolled back on opening"
              << std::endl;
    ::testing::Test::RecordProperty("kills", done);
    ::testing::Test::RecordProperty("rolledBack", recovered);
}
