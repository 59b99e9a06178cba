// Statistics import benchmark (issue 6): Samverka's full import of a national-statistics
// export (read + CrimeStatisticsCsvParser::parse + MunicipalityFile::create +
// importCrimeStatistics, file closed) beside sqlite3's own `.import` of the same rows
// into a plain table, measured in the same run with interleaved repetitions.
//
//   samverka_bench_stats_import --csv stats.csv --plain plain.csv [--reps N] [--no-sqlite]
//
// Both files come from scripts/gen-stats-csv.py with the same --rows and --seed (the
// plain one with --plain: header and rows only, as sqlite3 needs).

#include "ExternalCommand.h"
#include "JsonFigures.h"
#include "TimingSamples.h"

#include "MunicipalityFile.h"
#include "statistics/CrimeStatisticsCsvParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>

using namespace samverka;
using bench::TimingSamples;

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

struct SamverkaRun {
    TimingSamples read, parse, create, import, total;
    qsizetype rows = 0;
    int suppressed = 0;
};

void runSamverka(const QString &csv, const QString &dir, int rep, SamverkaRun &run)
{
    const QString path = QStringLiteral("%1/import-%2.samverka").arg(dir).arg(rep);
    QFile::remove(path);
    core::Municipality municipality;
    municipality.name = QStringLiteral("Härnösand");
    municipality.code = QStringLiteral("2280");

    QElapsedTimer total;
    total.start();
    QByteArray bytes;
    run.read.time([&] { bytes = readAll(csv); });
    core::CrimeStatisticsCsvParser::Result parsed;
    run.parse.time([&] { parsed = core::CrimeStatisticsCsvParser().parse(bytes); });
    std::unique_ptr<storage::MunicipalityFile> file;
    run.create.time([&] { file = storage::MunicipalityFile::create(path, municipality); });
    storage::StatisticsImportReport report;
    run.import.time([&] {
        report = file->importCrimeStatistics(parsed.rows);
        file.reset(); // closing (checkpoint) is part of the import
    });
    run.total.add(double(total.nsecsElapsed()) / 1e6);
    run.rows = parsed.rows.size();
    run.suppressed = report.suppressed;
    if (report.imported + report.updated != parsed.rows.size())
        throw std::runtime_error("Samverka imported " + std::to_string(report.imported) +
                                 " rows of " + std::to_string(parsed.rows.size()));
    QFile::remove(path);
}

double runSqlite(const QString &sqlite, const QString &plain, const QString &dir, int rep)
{
    const QString path = QStringLiteral("%1/plain-%2.db").arg(dir).arg(rep);
    QFile::remove(path);
    // With --skip 1 the header is skipped, so the table must exist (otherwise sqlite3
    // would name its columns after the first data row).
    const double ms = bench::ExternalCommand::run(
        sqlite, {path,
                 QStringLiteral("CREATE TABLE t (region TEXT, brott TEXT, ar TEXT, period TEXT, "
                                "antal TEXT, per100k TEXT)"),
                 QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                 QStringLiteral(".import --skip 1 %1 t").arg(plain)});
    QFile::remove(path);
    return ms;
}

qsizetype sqliteRowCount(const QString &sqlite, const QString &plain, const QString &dir)
{
    const QString path = dir + QStringLiteral("/count.db");
    QProcess p;
    p.start(sqlite,
            {path, QStringLiteral("CREATE TABLE t (region, brott, ar, period, antal, per100k)"),
             QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
             QStringLiteral(".import --skip 1 %1 t").arg(plain),
             QStringLiteral("SELECT count(*) FROM t;")});
    p.waitForFinished(300000);
    QFile::remove(path);
    return p.readAllStandardOutput().trimmed().toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("csv"), QStringLiteral("The national-statistics export."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("plain"), QStringLiteral("The same rows, plain, for sqlite3."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-sqlite"), QStringLiteral("Samverka only (profiling).")});
    parser.process(app);
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    const QString csv = parser.value(QStringLiteral("csv"));
    const QString plain = parser.value(QStringLiteral("plain"));

    try {
        if (csv.isEmpty())
            throw std::runtime_error("--csv is required");
        const QString sqlite = parser.isSet(QStringLiteral("no-sqlite"))
                                   ? QString()
                                   : bench::ExternalCommand::find(QStringLiteral("sqlite3"));
        if (!sqlite.isEmpty() && plain.isEmpty())
            throw std::runtime_error("--plain is required to compare with sqlite3");
        QTemporaryDir temp;
        if (!temp.isValid())
            throw std::runtime_error("no temporary directory");

        // Both files into the page cache first, so neither side pays for the disk.
        readAll(csv);
        if (!plain.isEmpty())
            readAll(plain);

        SamverkaRun samverka;
        TimingSamples sqliteImport;
        for (int r = 0; r < reps; ++r) {
            // Alternate who goes first, so a burst of load on the shared machine does not
            // always fall on the same side.
            if (r % 2 == 0)
                runSamverka(csv, temp.path(), r, samverka);
            if (!sqlite.isEmpty())
                sqliteImport.add(runSqlite(sqlite, plain, temp.path(), r));
            if (r % 2 == 1)
                runSamverka(csv, temp.path(), r, samverka);
        }

        out(QStringLiteral("### Crime statistics import (%1 rows, %2 repetitions each, "
                           "interleaved)")
                .arg(samverka.rows)
                .arg(reps));
        out({});
        out(QStringLiteral("| Step | Median | Min |"));
        out(QStringLiteral("|---|---:|---:|"));
        auto line = [](const QString &name, const TimingSamples &t) {
            out(QStringLiteral("| %1 | %2 ms | %3 ms |").arg(name, ms(t.median()), ms(t.min())));
        };
        line(QStringLiteral("Samverka: read the file"), samverka.read);
        line(QStringLiteral("Samverka: parse (CrimeStatisticsCsvParser)"), samverka.parse);
        line(QStringLiteral("Samverka: create the file (MunicipalityFile::create)"),
             samverka.create);
        line(QStringLiteral("Samverka: importCrimeStatistics + close"), samverka.import);
        line(QStringLiteral("**Samverka: full import**"), samverka.total);
        bench::JsonFigures::record(QStringLiteral("statistics import"),
                                   QStringLiteral("%1 rows").arg(samverka.rows), samverka.total,
                                   sqlite.isEmpty() ? nullptr : &sqliteImport,
                                   QStringLiteral("sqlite3 .import"));
        if (!sqlite.isEmpty()) {
            line(QStringLiteral("**sqlite3 `.import` into a plain table**"), sqliteImport);
            const qsizetype sqliteRows = sqliteRowCount(sqlite, plain, temp.path());
            out(QStringLiteral("\nRows stored: Samverka %1 (%2 suppressed \"..\"), sqlite3 %3.")
                    .arg(samverka.rows)
                    .arg(samverka.suppressed)
                    .arg(sqliteRows));
            out(QStringLiteral("Ratio Samverka / sqlite3 (medians): %1× (aim: within 3×)")
                    .arg(samverka.total.median() / sqliteImport.median(), 0, 'f', 2));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "samverka_bench_stats_import: %s\n", e.what());
        return 1;
    }
    return 0;
}
