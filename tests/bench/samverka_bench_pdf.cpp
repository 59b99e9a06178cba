// PDF benchmark (issue 5): the time to build and write the agreement PDF of the demo
// file and of a synthetic agreement with 50 measures, beside LibreOffice converting
// the same content as HTML, measured in the same run with interleaved repetitions.
// With --cli, also the whole process as a user meets it (issue #13): `samverka-cli pdf`
// of a municipality file holding the same data, process start included.
//
//   samverka_bench_pdf [--reps N] [--work DIR] [--no-libreoffice] [--cli samverka-cli]

#include "AgreementHtmlWriter.h"
#include "ExternalCommand.h"
#include "JsonFigures.h"
#include "TimingSamples.h"

#include "ExchangeReader.h"
#include "MunicipalityFile.h"
#include "PdfExporter.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>

using namespace samverka;
using bench::TimingSamples;

namespace {

const QString agreementId = QStringLiteral("ag-2024");

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

core::MunicipalityData loadDemo()
{
    QFile file(QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the demo file");
    return core::ExchangeReader::read(file.readAll()).data;
}

/// The demo with its agreement grown to `total` measures: copies of its own visible
/// measures (same goals, causes and focus areas), so the content stays realistic.
core::MunicipalityData withMeasures(core::MunicipalityData data, int total)
{
    for (core::Agreement &a : data.agreements) {
        if (a.id != agreementId)
            continue;
        QList<core::Measure> visible;
        for (const core::Measure &m : a.measures)
            if (!m.confidential)
                visible.append(m);
        for (int n = 0; a.measures.size() < total; ++n) {
            core::Measure copy = visible[n % visible.size()];
            copy.id = QStringLiteral("%1-bench-%2").arg(copy.id).arg(n + 1);
            copy.title = QStringLiteral("%1 (%2)").arg(copy.title).arg(n + 2);
            a.measures.append(copy);
        }
    }
    return data;
}

int visibleMeasures(const core::MunicipalityData &data)
{
    int count = 0;
    for (const core::Measure &m : data.findAgreement(agreementId)->measures)
        count += m.confidential ? 0 : 1;
    return count;
}

int pdfPages(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (!info.waitForFinished(30000))
        return 0;
    for (const QByteArray &line : info.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

struct Case {
    QString name;
    core::MunicipalityData data;
    QString htmlPath;
    TimingSamples samverka;
    TimingSamples libreOffice;
    double samverkaCold = 0;
    double libreOfficeCold = 0;
    int samverkaPages = 0;
    int libreOfficePages = 0;
    TimingSamples cli = {}; ///< samverka-cli pdf, the whole process
    QString filePath = {};  ///< the municipality file samverka-cli reads
};

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

/// samverka-cli pdf as a process beside LibreOffice, both from process start to exit.
void printWholeProcess(const QList<Case> &cases, bool withLibreOffice)
{
    out({});
    out(QStringLiteral("### `samverka-cli pdf`, the whole process (interleaved with the above)"));
    out({});
    out(QStringLiteral("| Document | samverka-cli median | p95 | LibreOffice median | "
                       "samverka-cli / LibreOffice |"));
    out(QStringLiteral("|---|---:|---:|---:|---:|"));
    for (const Case &c : cases) {
        bench::JsonFigures::record(QStringLiteral("pdf-process"), c.name, c.cli,
                                   withLibreOffice ? &c.libreOffice : nullptr,
                                   QStringLiteral("LibreOffice"));
        out(QStringLiteral("| %1 | %2 ms | %3 ms | %4 | %5 |")
                .arg(c.name, ms(c.cli.median()), ms(c.cli.percentile95()),
                     withLibreOffice ? ms(c.libreOffice.median()) + QStringLiteral(" ms")
                                     : QStringLiteral("–"),
                     withLibreOffice ? QStringLiteral("**%1×**").arg(
                                           c.cli.median() / c.libreOffice.median(), 0, 'f', 2)
                                     : QStringLiteral("–")));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions per case."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Directory for the outputs."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("no-libreoffice"), QStringLiteral("Samverka only.")});
    parser.addOption({QStringLiteral("cli"),
                      QStringLiteral("samverka-cli, to time its whole process as well."),
                      QStringLiteral("path")});
    parser.process(app);
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());

    try {
        // The documents are Swedish, as the CLI prints them.
        const auto translators = core::Translations::install(QLocale::Swedish);
        QTemporaryDir temp;
        const QString work = parser.isSet(QStringLiteral("work"))
                                 ? parser.value(QStringLiteral("work"))
                                 : temp.path();
        QDir().mkpath(work);

        QList<Case> cases;
        cases.append({QStringLiteral("Demo agreement"), loadDemo(), {}, {}, {}, 0, 0, 0, 0});
        cases.append({QStringLiteral("50 measures"),
                      withMeasures(cases[0].data, 50),
                      {},
                      {},
                      {},
                      0,
                      0,
                      0,
                      0});
        const QString cli = parser.value(QStringLiteral("cli"));
        for (int i = 0; i < cases.size(); ++i) {
            cases[i].htmlPath = QStringLiteral("%1/agreement-%2.html").arg(work).arg(i);
            bench::AgreementHtmlWriter::write(cases[i].data, agreementId, cases[i].htmlPath);
            if (!cli.isEmpty()) {
                cases[i].filePath = QStringLiteral("%1/agreement-%2.samverka").arg(work).arg(i);
                storage::MunicipalityFile::createFrom(cases[i].filePath, cases[i].data, true);
            }
        }
        auto wholeProcess = [&](int i) {
            return bench::ExternalCommand::run(
                cli,
                {QStringLiteral("pdf"), cases[i].filePath, QStringLiteral("--agreement"),
                 agreementId, QStringLiteral("--document"), QStringLiteral("agreement"),
                 QStringLiteral("--output"), QStringLiteral("%1/cli-%2.pdf").arg(work).arg(i)});
        };

        documents::DocumentOptions options;
        options.kind = documents::DocumentKind::Agreement;
        options.agreementId = agreementId;
        auto samverkaPdf = [&](int i) {
            return QStringLiteral("%1/samverka-%2.pdf").arg(work).arg(i);
        };

        const QString lo = parser.isSet(QStringLiteral("no-libreoffice"))
                               ? QString()
                               : bench::ExternalCommand::find(QStringLiteral("libreoffice"));
        const QString profile = QStringLiteral("/tmp/lo-profile-bench");
        const QString loOut = work + QStringLiteral("/lo");
        auto libreOffice = [&](int i) {
            return bench::ExternalCommand::run(
                lo, {QStringLiteral("--headless"),
                     QStringLiteral("-env:UserInstallation=file://") + profile,
                     QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                     QStringLiteral("--outdir"), loOut, cases[i].htmlPath});
        };

        // Cold: the first call in the process (fonts, translations, Qt's PDF engine) and
        // LibreOffice's first start with a fresh profile.
        for (int i = 0; i < cases.size(); ++i) {
            TimingSamples first;
            first.time([&] {
                cases[i].samverkaPages =
                    documents::PdfExporter::write(cases[i].data, options, samverkaPdf(i));
            });
            cases[i].samverkaCold = first.min();
        }
        if (!lo.isEmpty()) {
            QDir(profile).removeRecursively();
            for (int i = 0; i < cases.size(); ++i)
                cases[i].libreOfficeCold = libreOffice(i);
        }

        // Warm: interleaved, so that the shared machine's load falls on both sides alike.
        for (int r = 0; r < reps; ++r) {
            for (int i = 0; i < cases.size(); ++i) {
                cases[i].samverka.time(
                    [&] { documents::PdfExporter::write(cases[i].data, options, samverkaPdf(i)); });
                if (!lo.isEmpty())
                    cases[i].libreOffice.add(libreOffice(i));
                if (!cli.isEmpty())
                    cases[i].cli.add(wholeProcess(i));
            }
        }
        for (int i = 0; i < cases.size(); ++i)
            if (!lo.isEmpty())
                cases[i].libreOfficePages =
                    pdfPages(QStringLiteral("%1/agreement-%2.pdf").arg(loOut).arg(i));

        out(QStringLiteral("### PDF of the agreement (%1 warm repetitions each, interleaved)")
                .arg(reps));
        out({});
        out(QStringLiteral("| Document | Pages (Samverka / LO) | Samverka cold | Samverka median | "
                           "Samverka min | LibreOffice cold | LibreOffice median | "
                           "LibreOffice min | LO / Samverka (median) |"));
        out(QStringLiteral("|---|---|---:|---:|---:|---:|---:|---:|---:|"));
        for (const Case &c : cases) {
            const QString name =
                QStringLiteral("%1 (%2 measures shown)").arg(c.name).arg(visibleMeasures(c.data));
            bench::JsonFigures::record(QStringLiteral("pdf"), name, c.samverka,
                                       lo.isEmpty() ? nullptr : &c.libreOffice,
                                       QStringLiteral("LibreOffice"));
            if (lo.isEmpty()) {
                out(QStringLiteral("| %1 | %2 / – | %3 ms | %4 ms | %5 ms | – | – | – | – |")
                        .arg(name)
                        .arg(c.samverkaPages)
                        .arg(ms(c.samverkaCold), ms(c.samverka.median()), ms(c.samverka.min())));
                continue;
            }
            out(QStringLiteral("| %1 | %2 / %3 | %4 ms | %5 ms | %6 ms | %7 ms | %8 ms | %9 ms | "
                               "%10× |")
                    .arg(name)
                    .arg(c.samverkaPages)
                    .arg(c.libreOfficePages)
                    .arg(ms(c.samverkaCold), ms(c.samverka.median()), ms(c.samverka.min()),
                         ms(c.libreOfficeCold), ms(c.libreOffice.median()), ms(c.libreOffice.min()))
                    .arg(c.libreOffice.median() / c.samverka.median(), 0, 'f', 1));
        }
        if (lo.isEmpty())
            out(QStringLiteral("\n(LibreOffice not found: its side was not measured.)"));
        else
            out(QStringLiteral("\nCold-start ratio (LibreOffice's first start with a fresh "
                               "profile / Samverka's first document in the process): %1×")
                    .arg(cases[0].libreOfficeCold / cases[0].samverkaCold, 0, 'f', 1));
        if (!cli.isEmpty())
            printWholeProcess(cases, !lo.isEmpty());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "samverka_bench_pdf: %s\n", e.what());
        return 1;
    }
    return 0;
}
