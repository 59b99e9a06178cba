#include "AgreementMatcher.h"

#include "CliError.h"

#include <QCoreApplication>

namespace samverka::cli {

namespace {
QString normalised(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}
} // namespace

const core::Agreement &AgreementMatcher::match(const QList<core::Agreement> &agreements,
                                               const QString &wanted, const QString &fileName)
{
    for (const auto &agreement : agreements)
        if (agreement.id == wanted)
            return agreement;

    const QString title = normalised(wanted);
    QList<const core::Agreement *> candidates;
    for (const auto &agreement : agreements)
        if (normalised(agreement.title) == title)
            candidates << &agreement;

    if (candidates.size() == 1)
        return *candidates.first();
    if (candidates.isEmpty())
        throw CliError{CliError::UserError,
                       QCoreApplication::translate("samverka::cli",
                                                   "%1: no agreement has the id or title “%2”.")
                           .arg(fileName, wanted)};
    QStringList ids;
    for (const auto *candidate : candidates)
        ids << candidate->id;
    throw CliError{CliError::UserError,
                   QCoreApplication::translate(
                       "samverka::cli", "%1: %2 agreements have the title “%3”; name one by id: %4")
                       .arg(fileName)
                       .arg(candidates.size())
                       .arg(wanted, ids.join(QLatin1String(", ")))};
}

} // namespace samverka::cli
