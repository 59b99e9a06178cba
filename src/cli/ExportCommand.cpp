#include "ExportCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"

#include "ExchangeWriter.h"

namespace samverka::cli {

QString ExportCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli export FILE.samverka --output EXCHANGE.json [--with-attachments]\n"
        "Writes everything in the file but the audit log as an exchange document; the "
        "attachments' bytes only when asked.");
}

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {QStringLiteral("output")}, {QStringLiteral("with-attachments")});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString output = cl.required(QStringLiteral("output"));
    const bool withData = cl.has(QStringLiteral("with-attachments"));

    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    core::ExchangeWriter::Options options;
    options.withAttachmentData = withData;
    options.exportedAt = file->clock().now().toUTC();
    const QByteArray json = core::ExchangeWriter::write(file->loadAll(withData), options);
    CliSupport::writeOutput(output, json);
    out << CliSupport::tr("Exported %1 to %2.").arg(path, output) << Qt::endl;
    return 0;
}

} // namespace samverka::cli
