#include "CliApp.h"

#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "CliSupport.h"
#include "DemoCommand.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "ExportTableCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "OverviewCommand.h"
#include "PdfCommand.h"
#include "PublishCommand.h"
#include "RegionCommand.h"
#include "ReviseCommand.h"
#include "SignCommand.h"
#include "StatsCommand.h"

#include "ExchangeError.h"
#include "StorageError.h"

#include <QCoreApplication>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace samverka::cli {

CliApp::CliApp()
{
    addCommand(std::make_unique<DemoCommand>());
    addCommand(std::make_unique<ImportCommand>());
    addCommand(std::make_unique<ExportCommand>());
    addCommand(std::make_unique<ListCommand>());
    addCommand(std::make_unique<CheckCommand>());
    addCommand(std::make_unique<SignCommand>());
    addCommand(std::make_unique<ReviseCommand>());
    addCommand(std::make_unique<DiffCommand>());
    addCommand(std::make_unique<StatsCommand>());
    addCommand(std::make_unique<PdfCommand>());
    addCommand(std::make_unique<CalendarCommand>());
    addCommand(std::make_unique<ExportTableCommand>());
    addCommand(std::make_unique<OverviewCommand>());
    addCommand(std::make_unique<PublishCommand>());
    addCommand(std::make_unique<RegionCommand>());
}

CliApp::~CliApp() = default;

void CliApp::routeLogToStandardError()
{
    auto logger = spdlog::stderr_logger_st(QCoreApplication::applicationName().toStdString());
    logger->set_level(spdlog::level::err);
    spdlog::set_default_logger(std::move(logger));
}

void CliApp::addCommand(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CliApp::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString CliApp::usage() const
{
    QStringList names;
    for (const auto &command : m_commands)
        names << command->name();
    return CliSupport::tr("Usage: samverka-cli COMMAND [ARGUMENTS]\n"
                          "Commands: %1\n"
                          "Run “samverka-cli COMMAND --help” for a command's arguments.")
        .arg(names.join(QLatin1String(", ")));
}

int CliApp::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << usage() << Qt::endl;
        return CliError::UserError;
    }
    const QString name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        out << usage() << Qt::endl;
        return 0;
    }
    if (name == QLatin1String("--version")) {
        out << "samverka-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    Command *command = find(name);
    if (!command) {
        err << CliSupport::tr("Unknown command “%1”.").arg(name) << '\n' << usage() << Qt::endl;
        return CliError::UserError;
    }
    const QStringList rest = args.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        out << command->help() << Qt::endl;
        return 0;
    }
    try {
        return command->run(rest, out, err);
    } catch (const CliError &error) {
        if (error.needsRecovery)
            out << "integrity\tneeds-recovery" << Qt::endl;
        err << error.message << Qt::endl;
        return error.exitCode;
    } catch (const storage::StorageError &error) {
        const CliError cliError = CliSupport::fromStorage(error, QString());
        if (cliError.needsRecovery)
            out << "integrity\tneeds-recovery" << Qt::endl;
        err << cliError.message << Qt::endl;
        return cliError.exitCode;
    } catch (const core::ExchangeError &error) {
        err << error.message() << Qt::endl;
        return CliError::UserError;
    } catch (const std::exception &error) {
        err << CliSupport::tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what()))
            << Qt::endl;
        return CliError::UserError;
    }
}

} // namespace samverka::cli
