// Start-up, as a user meets it (issue #13): from starting the process to the first
// painted main window showing the file's overview, against a minimal Qt Widgets window
// (samverka_bench_empty_window) started the same way, interleaved in one run. Both
// print "painted" after their first paint and quit (SAMVERKA_BENCH_FIRST_PAINT).
//
//   samverka_bench_start --app build-bench/ui/samverka --file demo.samverka
//       --reference build-bench/tests/bench/samverka_bench_empty_window --reps 15
//
// With --same-content PATH (samverka_bench_same_content: the demo's overview built by
// plain Qt Widgets from strings, no file) also that, interleaved: how much of Samverka's
// time is showing that much, and how much is the file and the program.
//
// Runs on the display in DISPLAY when there is one (a real window, e.g. Xvfb), else on
// Qt's offscreen platform. Each child gets a fresh HOME whose settings name the user, so
// the first-run question does not stop it.

#include "JsonFigures.h"
#include "TimingSamples.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>

using samverka::bench::TimingSamples;

namespace {

/// Milliseconds from starting program to its "painted" line.
double timeToPaint(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    while (!out.contains("painted\n")) {
        if (!process.waitForReadyRead(60000))
            throw std::runtime_error(
                QStringLiteral("%1 did not paint: %2")
                    .arg(program, QString::fromLocal8Bit(process.readAllStandardError()))
                    .toStdString());
        out += process.readAllStandardOutput();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(30000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("app"), QStringLiteral("The samverka program."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("reference"), QStringLiteral("The minimal window."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("same-content"),
                      QStringLiteral("The demo's overview in plain Qt (optional)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("A file to open (repeatable)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions per case."),
                      QStringLiteral("n"), QStringLiteral("15")});
    parser.process(app);
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    const QString program = parser.value(QStringLiteral("app"));
    const QString reference = parser.value(QStringLiteral("reference"));
    const QStringList files = parser.values(QStringLiteral("file"));
    const QString sameContent = parser.value(QStringLiteral("same-content"));
    if (program.isEmpty() || reference.isEmpty() || files.isEmpty()) {
        std::fputs("--app, --reference and at least one --file are needed\n", stderr);
        return 2;
    }

    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".config/Samverka"));
    QFile settings(home.filePath(QStringLiteral(".config/Samverka/Samverka.conf")));
    if (!settings.open(QIODevice::WriteOnly) || settings.write("[user]\nname=Bänk Mätning\n") < 0)
        return 1;
    settings.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("SAMVERKA_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    try {
        QList<TimingSamples> samverka(files.size());
        TimingSamples empty;
        TimingSamples same;
        timeToPaint(reference, {}, environment); // warm the page cache for all
        timeToPaint(program, {files.first()}, environment);
        if (!sameContent.isEmpty())
            timeToPaint(sameContent, {}, environment);
        for (int rep = 0; rep < reps; ++rep) {
            for (qsizetype i = 0; i < files.size(); ++i) {
                empty.add(timeToPaint(reference, {}, environment));
                samverka[i].add(timeToPaint(program, {files.at(i)}, environment));
                if (!sameContent.isEmpty() && i == 0)
                    same.add(timeToPaint(sameContent, {}, environment));
            }
        }
        std::printf("### Start to the first painted window (%d interleaved runs each, %s)\n\n",
                    reps,
                    environment.contains(QStringLiteral("DISPLAY")) ? "X display" : "offscreen");
        std::printf("| file | Samverka median | p95 | empty Qt window median | ratio |\n");
        std::printf("|---|---|---|---|---|\n");
        for (qsizetype i = 0; i < files.size(); ++i) {
            std::printf("| %s (%.1f MB) | %.0f ms | %.0f ms | %.0f ms | **%.2f×** |\n",
                        qPrintable(QFileInfo(files.at(i)).fileName()),
                        double(QFileInfo(files.at(i)).size()) / 1e6, samverka[i].median(),
                        samverka[i].percentile95(), empty.median(),
                        samverka[i].median() / empty.median());
            samverka::bench::JsonFigures::record(QStringLiteral("start"),
                                                 QFileInfo(files.at(i)).fileName(), samverka[i],
                                                 &empty, QStringLiteral("empty Qt window"));
        }
        if (!sameContent.isEmpty()) {
            std::printf("| the demo's overview in plain Qt, no file | %.0f ms | %.0f ms | %.0f ms "
                        "| **%.2f×** |\n",
                        same.median(), same.percentile95(), empty.median(),
                        same.median() / empty.median());
            std::printf("\nSamverka on %s / the same content in plain Qt: **%.2f×**\n",
                        qPrintable(QFileInfo(files.first()).fileName()),
                        samverka.first().median() / same.median());
            samverka::bench::JsonFigures::record(QStringLiteral("start"),
                                                 QStringLiteral("same content, plain Qt"), same,
                                                 &empty, QStringLiteral("empty Qt window"));
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
