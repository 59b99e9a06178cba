// The .odt read by another program (issue #15): LibreOffice, headless, converts the
// agreement's editable copy (with the municipality's logo) to PDF without complaint, and
// the PDF has the headings, the action plan's table text and the logo's picture. The
// test needs LibreOffice Writer, which scripts/install-deps installs
// (libreoffice-writer-nogui).

#include "CliRunner.h"

#include "MunicipalityFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace samverka;

namespace {

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ProgramRun run(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // LibreOffice's profile goes to the test's folder
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

TEST(OdtInLibreOfficeTest, LibreOfficeConvertsTheAgreementWithItsLogoToPdf)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(soffice.isEmpty()) << "LibreOffice is missing: run scripts/install-deps";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    qputenv("SAMVERKA_TEST_HOME", dir.path().toUtf8());
    const QString demo = dir.filePath(QStringLiteral("demo.samverka"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--output"), demo}).exitCode, 0);
    {
        QFile logo(QStringLiteral(SAMVERKA_TEST_DATA_DIR "/documents/logo.svg"));
        ASSERT_TRUE(logo.open(QIODevice::ReadOnly));
        auto file = storage::MunicipalityFile::open(demo);
        const QString id =
            file->insertRecord(storage::RecordKind::Attachment, QString(),
                               {{QStringLiteral("name"), QStringLiteral("logo.svg")},
                                {QStringLiteral("mediaType"), QStringLiteral("image/svg+xml")},
                                {QStringLiteral("data"), logo.readAll()}});
        file->setField(storage::RecordKind::Municipality, QStringLiteral("municipality"),
                       QStringLiteral("logo"), id);
    }
    const QString odt = dir.filePath(QStringLiteral("Överenskommelse.odt"));
    const CliResult written = runCli({QStringLiteral("pdf"), demo, QStringLiteral("--document"),
                                      QStringLiteral("agreement"), QStringLiteral("--agreement"),
                                      QStringLiteral("ag-2024"), QStringLiteral("--format"),
                                      QStringLiteral("odt"), QStringLiteral("--output"), odt});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();

    const QString out = dir.filePath(QStringLiteral("pdf"));
    const ProgramRun converted = run(soffice,
                                     {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                                      QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                      QStringLiteral("--outdir"), out, odt},
                                     dir.path());
    ASSERT_EQ(converted.exitCode, 0) << converted.err.toStdString();
    EXPECT_FALSE(converted.err.contains(QStringLiteral("Error"), Qt::CaseInsensitive))
        << converted.err.toStdString();
    const QString pdf = QDir(out).filePath(QStringLiteral("Överenskommelse.pdf"));
    ASSERT_TRUE(QFile::exists(pdf)) << converted.out.toStdString();

    const ProgramRun text = run(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, dir.path());
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Del 1: Strategisk överenskommelse")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Bilaga 2: Handlingsplaner")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Sida 2 av"))) << "the footer's page fields";
    const ProgramRun images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, dir.path());
    ASSERT_EQ(images.exitCode, 0);
    // The header's logo on every page, the first page's large one too.
    EXPECT_GT(images.out.count(QStringLiteral(" image ")), 10)
        << images.out.left(600).toStdString();
}
