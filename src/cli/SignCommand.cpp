#include "SignCommand.h"

#include "AgreementMatcher.h"
#include "CliSupport.h"
#include "CommandLine.h"

#include "Fingerprint.h"
#include "MethodChecklist.h"

#include <QDate>

namespace samverka::cli {

QString SignCommand::help() const
{
    return CliSupport::tr(
        "Usage: samverka-cli sign FILE.samverka --agreement ID --date YYYY-MM-DD --place PLACE\n"
        "Records that every listed signatory signed at that place and date, stores the "
        "fingerprint and locks the agreement. The method checklist's findings are printed as "
        "warnings.");
}

int SignCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(
        args, {QStringLiteral("agreement"), QStringLiteral("date"), QStringLiteral("place")}, {});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    const QString wanted = cl.required(QStringLiteral("agreement"));
    const QString dateText = cl.required(QStringLiteral("date"));
    const QString place = cl.required(QStringLiteral("place")).trimmed();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10)
        throw CliError{
            CliError::UserError,
            CliSupport::tr("--date: “%1” is not a date of the form YYYY-MM-DD.").arg(dateText)};

    auto file = CliSupport::open(path, CliSupport::Access::Write, err);
    const auto agreements = file->agreements();
    const core::Agreement &agreement = AgreementMatcher::match(agreements, wanted, path);
    for (const auto &finding : core::MethodChecklist::check(agreement))
        err << CliSupport::tr("warning: %1").arg(finding.message) << Qt::endl;

    QString fingerprint;
    try {
        fingerprint = file->sign(agreement.id, date, place);
    } catch (const storage::StorageError &error) {
        throw CliSupport::fromStorage(error, path);
    }
    out << CliSupport::tr("Signed “%1” (%2) in %3 on %4. Fingerprint: %5")
               .arg(agreement.title, agreement.id, place, date.toString(Qt::ISODate),
                    core::Fingerprint::display(fingerprint))
        << Qt::endl;
    return 0;
}

} // namespace samverka::cli
