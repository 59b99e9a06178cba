#include "OverviewRow.h"

namespace samverka::core {

QString overviewWord(OverviewState state)
{
    switch (state) {
    case OverviewState::Ok:
        return QStringLiteral("ok");
    case OverviewState::Missing:
        return QStringLiteral("missing");
    case OverviewState::Unreadable:
        return QStringLiteral("unreadable");
    case OverviewState::NotSamverka:
        return QStringLiteral("not-samverka");
    case OverviewState::Locked:
        return QStringLiteral("locked");
    case OverviewState::Damaged:
        return QStringLiteral("damaged");
    case OverviewState::NeedsRecovery:
        return QStringLiteral("needs-recovery");
    case OverviewState::NewerVersion:
        return QStringLiteral("newer-version");
    }
    return {};
}

QString overviewWord(SituationPictureState state)
{
    switch (state) {
    case SituationPictureState::Current:
        return QStringLiteral("current");
    case SituationPictureState::Outdated:
        return QStringLiteral("outdated");
    case SituationPictureState::Draft:
        return QStringLiteral("draft");
    case SituationPictureState::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString overviewWord(MeasurePlanState state)
{
    switch (state) {
    case MeasurePlanState::Decided:
        return QStringLiteral("decided");
    case MeasurePlanState::NotCurrent:
        return QStringLiteral("not-current");
    case MeasurePlanState::Expired:
        return QStringLiteral("expired");
    case MeasurePlanState::Draft:
        return QStringLiteral("draft");
    case MeasurePlanState::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

} // namespace samverka::core
