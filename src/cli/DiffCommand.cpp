#include "DiffCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"
#include "DiffText.h"

#include "AgreementComparer.h"
#include "AgreementDiffJson.h"

namespace samverka::cli {

QString DiffCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli diff FILE.samverka [--from ID] --to ID [--format text|json] "
        "[--output FILE] [--include-confidential]\n"
        "Shows what changed from one agreement to another, section by section: added, removed, "
        "changed (text word by word) and moved. --from defaults to the agreement that --to "
        "replaces. Confidential records are compared but shown only with "
        "--include-confidential. Exits 0 whether or not there are differences.");
}

int DiffCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args,
                         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format"),
                          QStringLiteral("output")},
                         {QStringLiteral("include-confidential")});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString wantedTo = cl.required(QStringLiteral("to"));
    const QString format = cl.has(QStringLiteral("format")) ? cl.value(QStringLiteral("format"))
                                                            : QStringLiteral("text");
    if (format != u"text" && format != u"json")
        throw CliError{CliError::UserError,
                       CliSupport::tr("--format must be text or json, not “%1”.").arg(format)};
    const bool confidential = cl.has(QStringLiteral("include-confidential"));

    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    const core::MunicipalityData data = file->loadAll();
    const core::Agreement &to = AgreementMatcher::match(data.agreements, wantedTo, path);
    const core::Agreement *from = nullptr;
    if (cl.has(QStringLiteral("from"))) {
        from = &AgreementMatcher::match(data.agreements, cl.value(QStringLiteral("from")), path);
    } else {
        from = data.findAgreement(to.replaces);
        if (!from)
            throw CliError{
                CliError::UserError,
                to.replaces.isEmpty()
                    ? CliSupport::tr("%1: “%2” replaces no agreement; name the one to compare "
                                     "it with by --from.")
                          .arg(path, to.title)
                    : CliSupport::tr("%1: “%2” replaces the agreement “%3”, which is not in the "
                                     "file; name the one to compare it with by --from.")
                          .arg(path, to.title, to.replaces)};
    }

    const core::AgreementDiff diff = core::AgreementComparer(data).compare(*from, to);
    const QByteArray bytes = format == u"json" ? core::AgreementDiffJson::write(diff, confidential)
                                               : DiffText::write(diff, confidential).toUtf8();
    if (cl.has(QStringLiteral("output")))
        CliSupport::writeOutput(cl.value(QStringLiteral("output")), bytes);
    else
        out << QString::fromUtf8(bytes) << Qt::flush;
    return 0;
}

} // namespace samverka::cli
