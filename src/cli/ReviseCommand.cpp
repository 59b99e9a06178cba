#include "ReviseCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"

namespace samverka::cli {

QString ReviseCommand::help() const
{
    return CliSupport::tr("Usage: samverka-cli revise FILE.samverka --agreement ID\n"
                          "Makes a new draft that replaces the signed agreement and prints the "
                          "new draft's id.");
}

int ReviseCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {QStringLiteral("agreement")}, {});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString wanted = cl.required(QStringLiteral("agreement"));
    auto file = CliSupport::open(path, CliSupport::Access::Write, err);
    const auto agreements = file->agreements();
    const core::Agreement &agreement = AgreementMatcher::match(agreements, wanted, path);
    if (!agreement.isSigned())
        throw CliError{CliError::UserError,
                       CliSupport::tr("%1: “%2” is not signed; only a signed agreement is revised "
                                      "(edit the draft instead).")
                           .arg(path, agreement.title)};
    try {
        out << file->revise(agreement.id) << Qt::endl;
    } catch (const storage::StorageError &error) {
        throw CliSupport::fromStorage(error, path);
    }
    return 0;
}

} // namespace samverka::cli
