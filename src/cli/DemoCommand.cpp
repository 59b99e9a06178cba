#include "DemoCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "DemoWorkspace.h"
#include "ExchangeReader.h"
#include "Workspace.h"
#include "WorkspaceError.h"

#include <QDir>
#include <QFile>

namespace samverka::cli {

QString DemoCommand::help() const
{
    return CliSupport::tr("Usage: samverka-cli demo --output FILE.samverka [--force]\n"
                          "Writes the bundled demo municipality to a new file.") +
           QLatin1Char('\n') +
           CliSupport::tr("       samverka-cli demo --workspace FOLDER [--force]\n"
                          "Writes the demo's police area into FOLDER (made when missing): the "
                          "demo municipality and two neighbours generated from it, and the "
                          "workspace file workspace.json that lists the three.");
}

QByteArray DemoCommand::demoDocument()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw CliError{CliError::UserError,
                       CliSupport::tr("The demo municipality is not bundled with this build.")};
    return file.readAll();
}

int DemoCommand::run(const QStringList &args, QTextStream &out, QTextStream &)
{
    const CommandLine cl(args, {QStringLiteral("output"), QStringLiteral("workspace")},
                         {QStringLiteral("force")});
    if (cl.has(QStringLiteral("workspace"))) {
        if (cl.has(QStringLiteral("output")))
            throw CliError{CliError::UserError,
                           CliSupport::tr("Give either --output or --workspace, not both.")};
        return writeWorkspace(cl.value(QStringLiteral("workspace")),
                              cl.has(QStringLiteral("force")), out);
    }
    const QString output = cl.required(QStringLiteral("output"));
    CliSupport::checkOverwrite(output, cl.has(QStringLiteral("force")));
    const auto result = core::ExchangeReader::read(demoDocument());
    try {
        storage::MunicipalityFile::createFrom(output, result.data, cl.has(QStringLiteral("force")));
    } catch (const storage::StorageError &error) {
        throw CliSupport::fromStorage(error, output);
    }
    out << CliSupport::tr("Wrote the demo municipality %1 to %2.")
               .arg(result.data.municipality.name, output)
        << Qt::endl;
    return 0;
}

int DemoCommand::writeWorkspace(const QString &folder, bool force, QTextStream &out)
{
    if (!QDir().mkpath(folder))
        throw CliError{CliError::UserError,
                       CliSupport::tr("The folder %1 cannot be made.").arg(folder)};
    const QDir dir(folder);
    const QList<core::DemoWorkspace::Member> members = core::DemoWorkspace::members(demoDocument());
    const QString json = dir.filePath(QStringLiteral("workspace.json"));
    // Everything refused before anything is written.
    CliSupport::checkOverwrite(json, force);
    for (const core::DemoWorkspace::Member &member : members)
        CliSupport::checkOverwrite(dir.filePath(member.fileName), force);
    QStringList files;
    for (const core::DemoWorkspace::Member &member : members) {
        const QString path = dir.filePath(member.fileName);
        try {
            storage::MunicipalityFile::createFrom(path, member.data, force);
        } catch (const storage::StorageError &error) {
            throw CliSupport::fromStorage(error, path);
        }
        files << path;
    }
    try {
        core::Workspace(core::DemoWorkspace::name(members.constFirst().data), files).write(json);
    } catch (const core::WorkspaceError &error) {
        throw CliError{CliError::UserError, error.message()};
    }
    QStringList names;
    for (const core::DemoWorkspace::Member &member : members)
        names << member.fileName;
    out << CliSupport::tr("Wrote the demo police area to %1: %2 and workspace.json.")
               .arg(folder, names.join(QStringLiteral(", ")))
        << Qt::endl;
    return 0;
}

} // namespace samverka::cli
