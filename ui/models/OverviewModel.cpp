#include "OverviewModel.h"

#include "EnumLabels.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace samverka::ui {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OverviewModel::setRows(const QList<core::OverviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewModel::stateText(core::OverviewState state)
{
    using S = core::OverviewState;
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

QString OverviewModel::situationText(core::SituationPictureState state)
{
    using S = core::SituationPictureState;
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

QString OverviewModel::planText(core::MeasurePlanState state)
{
    using S = core::MeasurePlanState;
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

QString OverviewModel::display(const core::OverviewRow &row, int column) const
{
    if (!row.isOk()) {
        if (column == Municipality)
            return QFileInfo(row.source).completeBaseName();
        if (column == Agreement)
            return stateText(row.state);
        return {};
    }
    switch (column) {
    case Municipality:
        return row.municipality;
    case Agreement:
        return row.agreementId.isEmpty() ? tr("No agreement") : row.agreementTitle;
    case Status:
        return row.agreementId.isEmpty() ? QString() : core::EnumLabels::label(row.agreementStatus);
    case Period: {
        if (row.agreementId.isEmpty())
            return {};
        const QString from = row.validFromSigning && !row.validFrom.isValid()
                                 ? tr("from signing")
                                 : isoDate(row.validFrom);
        const QString to =
            row.untilFurtherNotice ? tr("until further notice") : isoDate(row.validTo);
        return tr("%1 – %2", "period from – to").arg(from, to);
    }
    case InForce:
        return row.agreementId.isEmpty() ? QString() : row.inForce ? tr("Yes") : tr("No");
    case Promises:
        if (!row.hasPromises)
            return tr("none");
        if (row.promisesFromYear && row.promisesToYear &&
            *row.promisesFromYear != *row.promisesToYear)
            return QStringLiteral("%1–%2").arg(*row.promisesFromYear).arg(*row.promisesToYear);
        if (row.promisesFromYear)
            return QString::number(*row.promisesFromYear);
        return core::EnumLabels::label(row.promisesStatus);
    case MeasuresLate:
        return QString::number(row.measuresLate);
    case FollowUpsDue:
        return QString::number(row.followUpsDue);
    case OpenComments:
        return QString::number(row.openComments);
    case SituationPicture:
        return situationText(row.situationPicture);
    case MeasurePlan:
        return planText(row.measurePlan);
    case LastChange:
        if (!row.lastChangeAt.isValid())
            return {};
        return tr("%1, %2", "time, by whom")
            .arg(row.lastChangeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 row.lastChangeBy);
    default:
        return {};
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::OverviewRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (!row.isOk())
            return row.message;
        return index.column() == Municipality ? row.source : display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= MeasuresLate && index.column() <= OpenComments)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        const bool warn = !row.isOk() || (index.column() == MeasuresLate && row.measuresLate > 0) ||
                          (index.column() == FollowUpsDue && row.followUpsDue > 0) ||
                          (index.column() == InForce && !row.agreementId.isEmpty() && !row.inForce);
        return warn ? QVariant(QBrush(QColor(0xb0, 0x30, 0x20))) : QVariant();
    }
    case SourceRole:
        return row.source;
    case OkRole:
        return row.isOk();
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Municipality:
        return tr("Municipality");
    case Agreement:
        return tr("Current agreement");
    case Status:
        return tr("Status");
    case Period:
        return tr("Period");
    case InForce:
        return tr("In force");
    case Promises:
        return tr("Citizen promises");
    case MeasuresLate:
        return tr("Measures late");
    case FollowUpsDue:
        return tr("Follow-ups due");
    case OpenComments:
        return tr("Open comments");
    case SituationPicture:
        return tr("Situation picture");
    case MeasurePlan:
        return tr("Measure plan");
    case LastChange:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace samverka::ui
