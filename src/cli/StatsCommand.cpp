#include "StatsCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "statistics/CrimeStatisticsCsvParser.h"
#include "statistics/PopulationCsvParser.h"
#include "statistics/StatisticsImportError.h"

#include <QCoreApplication>

namespace samverka::cli {

QString StatsCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli stats import FILE.samverka STATS.csv\n"
        "       samverka-cli stats population FILE.samverka POP.csv\n"
        "Imports reported crimes (the national statistics' export, with a header such as "
        "Region;Brott;År;Period;Antal, or the columns municipalityCode;year;period;crimeType;"
        "category;count) or population (municipalityCode;year;population). UTF-8, UTF-8 with "
        "BOM and Windows-1252 are detected. One import is all rows or none; re-importing "
        "updates by municipality, year, period and crime type.");
}

int StatsCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {}, {});
    const QString what = cl.positionalAt(0, CliSupport::tr("import or population"));
    const QString path = cl.positionalAt(1, CliSupport::tr("the municipality file"));
    const QString csv = cl.positionalAt(2, CliSupport::tr("the CSV file"));
    if (what == QLatin1String("import"))
        return importCrimes(path, csv, out, err);
    if (what == QLatin1String("population"))
        return importPopulation(path, csv, out, err);
    throw CliError{
        CliError::UserError,
        CliSupport::tr("Unknown stats command “%1”; use import or population.").arg(what)};
}

int StatsCommand::importCrimes(const QString &path, const QString &csv, QTextStream &out,
                               QTextStream &err)
{
    const QByteArray bytes = CliSupport::readInput(csv);
    core::CrimeStatisticsCsvParser::Result parsed;
    try {
        parsed = core::CrimeStatisticsCsvParser().parse(bytes);
    } catch (const core::StatisticsImportError &error) {
        throw CliError{CliError::UserError, QStringLiteral("%1: %2").arg(csv, error.fullMessage())};
    }
    for (const QString &warning : std::as_const(parsed.warnings))
        err << CliSupport::tr("%1: warning: %2").arg(csv, warning) << Qt::endl;

    auto file = CliSupport::open(path, CliSupport::Access::Write, err);
    storage::StatisticsImportReport report;
    try {
        report = file->importCrimeStatistics(parsed.rows, parsed.aggregatePopulation);
    } catch (const storage::StorageError &error) {
        throw CliSupport::fromStorage(error, path);
    }
    out << CliSupport::tr("%1: %2 rows imported, %3 updated, %4 unchanged; %5 suppressed (“..”) "
                          "stored as missing, not as zero, never over a known count.")
               .arg(csv)
               .arg(report.imported)
               .arg(report.updated)
               .arg(report.unchanged)
               .arg(report.suppressed)
        << Qt::endl;
    if (report.population > 0)
        out << QCoreApplication::translate(
                   "samverka::cli::CliSupport",
                   "%1: the population of %2 county or country year(s), from the file's rates "
                   "per 100 000, for the comparison.")
                   .arg(csv)
                   .arg(report.population)
            << Qt::endl;
    return 0;
}

int StatsCommand::importPopulation(const QString &path, const QString &csv, QTextStream &out,
                                   QTextStream &err)
{
    const QByteArray bytes = CliSupport::readInput(csv);
    core::PopulationCsvParser::Result parsed;
    try {
        parsed = core::PopulationCsvParser().parse(bytes);
    } catch (const core::StatisticsImportError &error) {
        throw CliError{CliError::UserError, QStringLiteral("%1: %2").arg(csv, error.fullMessage())};
    }
    for (const QString &warning : std::as_const(parsed.warnings))
        err << CliSupport::tr("%1: warning: %2").arg(csv, warning) << Qt::endl;

    auto file = CliSupport::open(path, CliSupport::Access::Write, err);
    int count = 0;
    try {
        count = file->importPopulation(parsed.rows);
    } catch (const storage::StorageError &error) {
        throw CliSupport::fromStorage(error, path);
    }
    out << CliSupport::tr("%1: population for %2 municipality-years imported.").arg(csv).arg(count)
        << Qt::endl;
    return 0;
}

} // namespace samverka::cli
