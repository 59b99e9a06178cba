#include "DemoCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "ExchangeReader.h"

#include <QFile>

namespace samverka::cli {

QString DemoCommand::help() const
{
    return CliSupport::tr("Usage: samverka-cli demo --output FILE.samverka [--force]\n"
                          "Writes the bundled demo municipality to a new file.");
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
    const CommandLine cl(args, {QStringLiteral("output")}, {QStringLiteral("force")});
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

} // namespace samverka::cli
