#include "OverviewCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "OverviewReader.h"
#include "RegionOverviewReader.h"
#include "RegionSupport.h"

#include "Clock.h"
#include "OverviewTable.h"
#include "Workspace.h"
#include "WorkspaceError.h"

namespace samverka::cli {

QDate OverviewCommand::today(const CommandLine &cl)
{
    if (!cl.has(QStringLiteral("today")))
        return core::Clock::system().today();
    const QString given = cl.value(QStringLiteral("today"));
    const QDate day = QDate::fromString(given, Qt::ISODate);
    if (!day.isValid() || given.size() != 10)
        throw CliError{CliError::UserError,
                       //: sv: --today: ”%1” är inget datum; skriv ÅÅÅÅ-MM-DD.
                       tr("--today: “%1” is not a date; write YYYY-MM-DD.").arg(given)};
    return day;
}

core::Workspace OverviewCommand::workspace(const QString &path)
{
    try {
        return core::Workspace::read(path);
    } catch (const core::WorkspaceError &error) {
        throw CliError{CliError::UserError, error.message()};
    }
}

QString OverviewCommand::help() const
{
    return tr("Usage: samverka-cli overview FILE.samverka… [--format text|json] "
              "[--today YYYY-MM-DD] [--output F]\n"
              "       samverka-cli overview --workspace W.json [--format text|json] "
              "[--today YYYY-MM-DD] [--output F]\n"
              "       samverka-cli overview --database CONNINFO [--police-area NAME] "
              "[--county NAME] [--format text|json] [--today YYYY-MM-DD] [--output F]\n"
              "One row per municipality file: the current agreement (status, period, in "
              "force), the citizen promises' years, measures late, follow-ups due, open review "
              "comments, the law's lägesbild and åtgärdsplan, and the last change. Text is one "
              "tab-separated line per file (columns in docs/cli.md); json is one document. "
              "Late and due are counted for --today (default: today). Files are only read: no "
              "backup, no update, no lock kept. A file that cannot be read gets a row whose "
              "second column says why (missing, unreadable, not-samverka, locked, damaged, "
              "needs-recovery, newer-version); the command still exits 0. Confidential records "
              "are never counted. With --database, one row per municipality published to the "
              "region database (of one local police area or county when asked), computed the "
              "same way; the first column is the file it was published from.");
}

QList<core::OverviewRow> OverviewCommand::fileRows(const CommandLine &cl, const QDate &today,
                                                   QString *workspaceName)
{
    const bool workspaceGiven = cl.has(QStringLiteral("workspace"));
    if (cl.has(QStringLiteral("police-area")) || cl.has(QStringLiteral("county")))
        throw CliError{CliError::UserError,
                       //: sv: --police-area och --county gäller bara --database.
                       tr("--police-area and --county apply to --database only.")};
    if (workspaceGiven == !cl.positional().isEmpty())
        throw CliError{CliError::UserError,
                       workspaceGiven
                           ? tr("Give either municipality files or --workspace, not both.")
                           : tr("Give the municipality files, or --workspace W.json.")};
    QStringList files = cl.positional();
    if (workspaceGiven) {
        const core::Workspace read = workspace(cl.value(QStringLiteral("workspace")));
        files = read.files();
        *workspaceName = read.name();
    }
    return storage::OverviewReader().rows(files, today);
}

QList<core::OverviewRow> OverviewCommand::databaseRows(const CommandLine &cl, const QDate &today,
                                                       QList<core::OverviewDetail> *details)
{
    if (cl.has(QStringLiteral("workspace")) || !cl.positional().isEmpty())
        throw CliError{CliError::UserError,
                       //: sv: Ange antingen --database eller kommunfiler, inte båda.
                       tr("Give either --database or municipality files, not both.")};
    const auto db = RegionSupport::connect(cl);
    region::RegionOverviewReader::Filter filter;
    filter.localPoliceArea = cl.value(QStringLiteral("police-area"));
    filter.county = cl.value(QStringLiteral("county"));
    try {
        return region::RegionOverviewReader::rows(*db, today, filter, details);
    } catch (const region::RegionError &error) {
        throw RegionSupport::fromRegion(error);
    }
}

int OverviewCommand::run(const QStringList &args, QTextStream &out, QTextStream &)
{
    const CommandLine cl(args,
                         {QStringLiteral("workspace"), QStringLiteral("format"),
                          QStringLiteral("today"), QStringLiteral("output"),
                          QStringLiteral("database"), QStringLiteral("police-area"),
                          QStringLiteral("county")},
                         {});
    const QString format = cl.has(QStringLiteral("format")) ? cl.value(QStringLiteral("format"))
                                                            : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        throw CliError{CliError::UserError,
                       //: sv: --format: ”%1” är inte en av text, json.
                       tr("--format: “%1” is not one of text, json.").arg(format)};
    const QDate today = OverviewCommand::today(cl);
    QString workspaceName;
    const QList<core::OverviewRow> rows = cl.has(QStringLiteral("database"))
                                              ? databaseRows(cl, today)
                                              : fileRows(cl, today, &workspaceName);
    const QByteArray bytes = format == QLatin1String("json")
                                 ? core::OverviewTable::json(rows, today, workspaceName)
                                 : core::OverviewTable::text(rows).toUtf8();
    if (cl.has(QStringLiteral("output")))
        CliSupport::writeOutput(cl.value(QStringLiteral("output")), bytes);
    else
        out << QString::fromUtf8(bytes) << Qt::flush;
    return 0;
}

} // namespace samverka::cli
