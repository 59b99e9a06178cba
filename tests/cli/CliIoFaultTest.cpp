// A writing command of samverka-cli on a full disk (issue #12, I/O errors): it exits
// non-zero with the message a person understands on standard error, and the file is left
// byte for byte as it was. The other CLI tests run the program in a child process; a fault
// in SQLite's file access can only be injected in this process (FaultInjectingVfs), so
// this one runs the same dispatcher, CliApp, in-process with the shim as default VFS.

#include "CliRunner.h"
#include "FaultInjectingVfs.h"

#include "CliApp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QTemporaryDir>
#include <QTextStream>

using samverka::testing::FaultInjectingVfs;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct InProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Sets environment variables for the test's length, and restores them even when an
/// assertion ends the test early.
class ScopedEnvironment
{
public:
    void set(const char *name, const QByteArray &value)
    {
        m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        for (const auto &[name, value, wasSet] : m_saved) {
            if (wasSet)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }

private:
    struct Saved {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

InProcessResult runInProcess(const QStringList &args)
{
    InProcessResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    samverka::cli::CliApp cli;
    result.exitCode = cli.run(args, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace

TEST(CliIoFaultTest, StatsImportOnAFullDiskFailsWithTheMessageAndLeavesTheFileUnchanged)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ScopedEnvironment environment;
    // Backups made in-process go to this folder, never to the user's.
    environment.set("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    environment.set("SAMVERKA_TEST_HOME", dir.path().toUtf8());
    const QString demo = dir.filePath(QStringLiteral("demo.samverka"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), demo}).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("bra.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Region;Brott;År;Antal\n"
                "2280 Härnösand;Cykelstöld;2025;1 234\n"
                "2280 Härnösand;Klotter;2025;87\n");
    }
    const QByteArray before = fileHash(demo);
    const QStringList args{QStringLiteral("stats"), QStringLiteral("import"), demo, csv};

    InProcessResult result;
    {
        FaultInjectingVfs vfs(demo);
        vfs.arm(FaultInjectingVfs::fullDisk());
        result = runInProcess(args);
        EXPECT_GT(vfs.failures(), 0) << "the import wrote nothing at all";
    }
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains(QStringLiteral("is full"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("was not saved"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QFileInfo(demo).fileName())) << result.err.toStdString();
    EXPECT_EQ(fileHash(demo), before) << "the file changed";

    // With room on the disk again the same command succeeds (the shim is gone).
    const InProcessResult again = runInProcess(args);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_NE(fileHash(demo), before);
}
