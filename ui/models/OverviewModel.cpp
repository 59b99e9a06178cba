#include "OverviewModel.h"

#include "EnumLabels.h"
#include "OverviewLabels.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace samverka::ui {

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

QString OverviewModel::display(const core::OverviewRow &row, int column) const
{
    if (!row.isOk()) {
        if (column == Municipality)
            return QFileInfo(row.source).completeBaseName();
        if (column == Agreement)
            return core::OverviewLabels::state(row.state);
        return {};
    }
    switch (column) {
    case Municipality:
        return row.municipality;
    case Agreement:
        return row.agreementId.isEmpty() ? tr("No agreement") : row.agreementTitle;
    case Status:
        return row.agreementId.isEmpty() ? QString() : core::EnumLabels::label(row.agreementStatus);
    case Period:
        return core::OverviewLabels::period(row);
    case InForce:
        return core::OverviewLabels::inForce(row);
    case Promises:
        return core::OverviewLabels::promises(row);
    case MeasuresLate:
        return QString::number(row.measuresLate);
    case FollowUpsDue:
        return QString::number(row.followUpsDue);
    case OpenComments:
        return QString::number(row.openComments);
    case SituationPicture:
        return core::OverviewLabels::situationPicture(row.situationPicture);
    case MeasurePlan:
        return core::OverviewLabels::measurePlan(row.measurePlan);
    case LastChange:
        return core::OverviewLabels::lastChange(row);
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
