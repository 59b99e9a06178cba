#include "OverviewLabels.h"

#include "EnumLabels.h"

namespace samverka::core {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString OverviewLabels::state(OverviewState state)
{
    using S = OverviewState;
    switch (state) {
    case S::Ok:
        return tr("read");
    case S::Missing:
        return tr("missing");
    case S::Unreadable:
        return tr("cannot be read");
    case S::NotSamverka:
        return tr("not a Samverka file");
    case S::Locked:
        return tr("locked by a colleague");
    case S::Damaged:
        return tr("damaged");
    case S::NeedsRecovery:
        return tr("needs recovery");
    case S::NewerVersion:
        return tr("newer version");
    }
    return {};
}

QString OverviewLabels::situationPicture(SituationPictureState state)
{
    using S = SituationPictureState;
    switch (state) {
    case S::Current:
        return tr("current");
    case S::Outdated:
        return tr("due for update");
    case S::Draft:
        return tr("draft only");
    case S::Missing:
        return tr("missing");
    }
    return {};
}

QString OverviewLabels::measurePlan(MeasurePlanState state)
{
    using S = MeasurePlanState;
    switch (state) {
    case S::Decided:
        return tr("decided");
    case S::NotCurrent:
        return tr("based on an older situation picture");
    case S::Expired:
        return tr("expired");
    case S::Draft:
        return tr("draft only");
    case S::Missing:
        return tr("missing");
    }
    return {};
}

QString OverviewLabels::period(const OverviewRow &row)
{
    if (row.agreementId.isEmpty())
        return {};
    const QString from = row.validFromSigning && !row.validFrom.isValid() ? tr("from signing")
                                                                          : isoDate(row.validFrom);
    const QString to = row.untilFurtherNotice ? tr("until further notice") : isoDate(row.validTo);
    return tr("%1 – %2", "period from – to").arg(from, to);
}

QString OverviewLabels::promises(const OverviewRow &row)
{
    if (!row.hasPromises)
        return tr("none");
    if (row.promisesFromYear && row.promisesToYear && *row.promisesFromYear != *row.promisesToYear)
        return QStringLiteral("%1–%2").arg(*row.promisesFromYear).arg(*row.promisesToYear);
    if (row.promisesFromYear)
        return QString::number(*row.promisesFromYear);
    return EnumLabels::label(row.promisesStatus);
}

QString OverviewLabels::inForce(const OverviewRow &row)
{
    if (row.agreementId.isEmpty())
        return {};
    return row.inForce ? tr("Yes") : tr("No");
}

QString OverviewLabels::lastChange(const OverviewRow &row)
{
    if (!row.lastChangeAt.isValid())
        return {};
    return tr("%1, %2", "time, by whom")
        .arg(row.lastChangeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             row.lastChangeBy);
}

} // namespace samverka::core
