// libpq is loaded when the region database is first used, not when a program starts
// (LibPq, issue #13's start-up figures): a start that never connects does not pay for it,
// and a missing library is told by name.

#include "CliRunner.h"

#include "LibPq.h"
#include "RegionError.h"

#include <gtest/gtest.h>

#include <QProcess>

using samverka::region::LibPq;
using samverka::region::RegionError;

namespace {

/// The dynamic loader's list of the files a program loads (LD_DEBUG=files), on stderr.
const QStringList kLoaderList{QStringLiteral("env"), QStringLiteral("LD_DEBUG=files")};

} // namespace

TEST(LibPqTest, TheProgramsLoadLibpqOnlyWhenTheRegionDatabaseIsUsed)
{
    const CliResult version = runCliVia(kLoaderList, {QStringLiteral("--version")});
    ASSERT_EQ(version.exitCode, 0) << version.err.toStdString();
    ASSERT_TRUE(version.err.contains(QLatin1String("file=libQt6Core.so.6")))
        << "the loader listed no files";
    EXPECT_FALSE(version.err.contains(QLatin1String("file=libpq.so")));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SAMVERKA_APP_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(app.waitForFinished(60000));
    const QString appFiles = QString::fromUtf8(app.readAllStandardError());
    ASSERT_TRUE(appFiles.contains(QLatin1String("file=libQt6Widgets.so.6")));
    EXPECT_FALSE(appFiles.contains(QLatin1String("file=libpq.so")));

    // A command that connects loads it, and says why the connection failed.
    const CliResult init =
        runCliVia(kLoaderList,
                  {QStringLiteral("region"), QStringLiteral("init"), QStringLiteral("--database"),
                   QStringLiteral("host=/nonexistent-samverka-socket port=1")});
    EXPECT_EQ(init.exitCode, 1);
    EXPECT_TRUE(init.err.contains(QLatin1String("file=libpq.so.5"))) << init.err.toStdString();
    EXPECT_TRUE(init.err.contains(QLatin1String("Could not connect to the region database")));
    EXPECT_TRUE(init.err.contains(QLatin1String("nonexistent-samverka-socket")));
}

TEST(LibPqTest, AMissingLibraryOrFunctionIsNamed)
{
    try {
        LibPq missing(QStringLiteral("samverka-no-such-library"), 5);
        FAIL() << "a library that is not there loaded";
    } catch (const RegionError &e) {
        EXPECT_EQ(e.kind(), RegionError::Kind::Connection);
        EXPECT_TRUE(e.message().contains(QLatin1String("libpq5"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QLatin1String("samverka-no-such-library")))
            << e.message().toStdString();
    }
    // A library that loads but is not libpq (zlib): the first function it lacks is named.
    try {
        LibPq notLibpq(QStringLiteral("z"), 1);
        FAIL() << "zlib passed for libpq";
    } catch (const RegionError &e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("PQconnectdbParams")))
            << e.message().toStdString();
    }
    // The real one resolves its functions, and they work.
    const LibPq &pq = LibPq::get();
    char *message = nullptr;
    PQconninfoOption *options = pq.PQconninfoParse("dbname=samverka", &message);
    ASSERT_NE(options, nullptr);
    pq.PQconninfoFree(options);
}
