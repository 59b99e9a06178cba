// libzip and libxlsxwriter, and OpenSSL's libcrypto that both bring, are loaded when an
// .odt or an Excel table is first written, not when a program starts (OnDemandLibrary,
// issue #13's start-up figures). A missing library is told by name and package.

#include "CliRunner.h"

#include "DocumentError.h"
#include "LibXlsxWriter.h"
#include "LibZip.h"
#include "OnDemandLibrary.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using samverka::documents::DocumentError;
using samverka::documents::LibZip;

namespace {

/// The dynamic loader's list of the files a program loads (LD_DEBUG=files), on stderr.
const QStringList kLoaderList{QStringLiteral("env"), QStringLiteral("LD_DEBUG=files")};

bool loads(const QString &loaderList, const char *file)
{
    return loaderList.contains(QLatin1String("file=") + QLatin1String(file));
}

} // namespace

TEST(OnDemandLibrariesTest, TheProgramsStartWithoutLibzipLibxlsxwriterOrLibcrypto)
{
    const CliResult version = runCliVia(kLoaderList, {QStringLiteral("--version")});
    ASSERT_EQ(version.exitCode, 0) << version.err.toStdString();
    ASSERT_TRUE(loads(version.err, "libQt6Core.so.6")) << "the loader listed no files";
    EXPECT_FALSE(loads(version.err, "libzip.so"));
    EXPECT_FALSE(loads(version.err, "libxlsxwriter.so"));
    EXPECT_FALSE(loads(version.err, "libcrypto.so"));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SAMVERKA_APP_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(app.waitForFinished(60000));
    const QString appFiles = QString::fromUtf8(app.readAllStandardError());
    ASSERT_TRUE(loads(appFiles, "libQt6Widgets.so.6"));
    EXPECT_FALSE(loads(appFiles, "libzip.so"));
    EXPECT_FALSE(loads(appFiles, "libxlsxwriter.so"));
    EXPECT_FALSE(loads(appFiles, "libcrypto.so"));
}

TEST(OnDemandLibrariesTest, WritingAnOdtOrAnExcelTableLoadsItsLibrary)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("Demo.samverka"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), file}).exitCode, 0);

    const QString odt = dir.filePath(QStringLiteral("plan.odt"));
    const CliResult plan =
        runCliVia(kLoaderList, {QStringLiteral("pdf"), file, QStringLiteral("--document"),
                                QStringLiteral("atgardsplan"), QStringLiteral("--output"), odt});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    EXPECT_TRUE(loads(plan.err, "libzip.so.4"));
    EXPECT_FALSE(loads(plan.err, "libxlsxwriter.so"));
    EXPECT_TRUE(QFileInfo(odt).size() > 0);

    const QString xlsx = dir.filePath(QStringLiteral("s.xlsx"));
    const CliResult table =
        runCliVia(kLoaderList, {QStringLiteral("export-table"), file, QStringLiteral("--table"),
                                QStringLiteral("statistics"), QStringLiteral("--format"),
                                QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(loads(table.err, "libxlsxwriter.so.4"));
    EXPECT_FALSE(loads(table.err, "libzip.so"));
    EXPECT_TRUE(QFileInfo(xlsx).size() > 0);
}

TEST(OnDemandLibrariesTest, AMissingLibraryOrFunctionIsNamed)
{
    try {
        LibZip missing(QStringLiteral("samverka-no-such-library"), 4);
        FAIL() << "a library that is not there loaded";
    } catch (const DocumentError &e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("libzip4"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QLatin1String("samverka-no-such-library")))
            << e.message().toStdString();
    }
    // A library that loads but is not libzip (zlib): the first function it lacks is named.
    try {
        LibZip notLibzip(QStringLiteral("z"), 1);
        FAIL() << "zlib passed for libzip";
    } catch (const DocumentError &e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("zip_close"))) << e.message().toStdString();
    }
    // The real ones resolve every function.
    EXPECT_NE(LibZip::get().zip_open_from_source, nullptr);
    EXPECT_NE(samverka::documents::LibXlsxWriter::get().workbook_new, nullptr);
}
