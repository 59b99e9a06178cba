#include "AgreementLabel.h"

#include "EnumLabels.h"

namespace samverka::core {

QString AgreementLabel::years(const Agreement &agreement)
{
    const QString from =
        agreement.validFrom.isValid() ? QString::number(agreement.validFrom.year()) : QString();
    const QString to =
        agreement.validTo.isValid() ? QString::number(agreement.validTo.year()) : QString();
    if (from.isEmpty() && to.isEmpty())
        return {};
    if (from == to)
        return from;
    return from + QStringLiteral("–") + to;
}

QString AgreementLabel::withPeriod(const Agreement &agreement)
{
    const QString title =
        agreement.title.trimmed().isEmpty() ? tr("Untitled agreement") : agreement.title.trimmed();
    const QString period = years(agreement);
    // A title that names its years already ("… 2025-2027") is not repeated.
    const bool named =
        (!agreement.validFrom.isValid() ||
         title.contains(QString::number(agreement.validFrom.year()))) &&
        (!agreement.validTo.isValid() || title.contains(QString::number(agreement.validTo.year())));
    if (period.isEmpty() || named)
        return title;
    return title + QLatin1Char(' ') + period;
}

QString AgreementLabel::withStatus(const Agreement &agreement)
{
    return tr("%1 (%2)", "agreement (status)")
        .arg(withPeriod(agreement), EnumLabels::label(agreement.status));
}

} // namespace samverka::core
