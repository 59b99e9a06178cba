#include "ImportCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "ExchangeReader.h"

#include <QCoreApplication>

namespace samverka::cli {

QString ImportCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli import EXCHANGE.json --output FILE.samverka [--force]\n"
        "       samverka-cli import EXCHANGE.json --into FILE.samverka\n"
        "Creates a new municipality file from an exchange document, or merges the document "
        "into an existing file in one transaction (all or nothing).");
}

int ImportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {QStringLiteral("output"), QStringLiteral("into")},
                         {QStringLiteral("force")});
    const QString input = cl.positionalAt(0, CliSupport::tr("the exchange document (JSON)"));
    const bool toNew = cl.has(QStringLiteral("output"));
    const bool intoExisting = cl.has(QStringLiteral("into"));
    if (toNew == intoExisting)
        throw CliError{CliError::UserError,
                       CliSupport::tr("Name either --output (a new file) or --into (an existing "
                                      "file).")};

    const QString target =
        toNew ? cl.required(QStringLiteral("output")) : cl.required(QStringLiteral("into"));
    if (toNew)
        CliSupport::checkOverwrite(target, cl.has(QStringLiteral("force")));

    core::ExchangeReadResult result;
    try {
        result = core::ExchangeReader::read(CliSupport::readInput(input));
    } catch (const core::ExchangeError &error) {
        throw CliError{CliError::UserError, QStringLiteral("%1: %2").arg(input, error.message())};
    }
    for (const QString &warning : std::as_const(result.warnings))
        err << CliSupport::tr("%1: warning: %2").arg(input, warning) << Qt::endl;

    if (toNew) {
        try {
            storage::MunicipalityFile::createFrom(target, result.data,
                                                  cl.has(QStringLiteral("force")));
        } catch (const storage::StorageError &error) {
            throw CliSupport::fromStorage(error, target);
        }
        out << QCoreApplication::translate("samverka::cli", "Created %1 with %n agreement(s).",
                                           nullptr, int(result.data.agreements.size()))
                   .arg(target)
            << Qt::endl;
        return 0;
    }

    auto file = CliSupport::open(target, CliSupport::Access::Write, err);
    storage::ImportReport report;
    try {
        report = file->merge(result.data);
    } catch (const storage::StorageError &error) {
        throw CliError{CliError::UserError, QStringLiteral("%1: %2").arg(input, error.message())};
    }
    for (const QString &warning : std::as_const(report.warnings))
        err << CliSupport::tr("%1: warning: %2").arg(input, warning) << Qt::endl;
    out << CliSupport::tr("Merged into %1: %2 new, %3 updated, %4 unchanged.")
               .arg(target)
               .arg(report.inserted)
               .arg(report.updated)
               .arg(report.unchanged)
        << Qt::endl;
    // Counted as stats import counts them (one rule for both, CrimeStatisticMerge).
    const storage::StatisticsImportReport &crimes = report.crimeStatistics;
    if (!result.data.crimeStatistics.isEmpty())
        out << CliSupport::tr("Crime statistics: %1 rows imported, %2 updated, %3 unchanged; %4 "
                              "suppressed (“..”) stored as missing, not as zero, never over a "
                              "known count.")
                   .arg(crimes.imported)
                   .arg(crimes.updated)
                   .arg(crimes.unchanged)
                   .arg(crimes.suppressed)
            << Qt::endl;
    return 0;
}

} // namespace samverka::cli
