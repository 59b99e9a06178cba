#include "ActionPlanModel.h"

#include "AppContext.h"
#include "UiErrors.h"

#include <QMimeData>
#include <QTimer>

namespace samverka::ui {

ActionPlanModel::ActionPlanModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(&m_context, &AppContext::dataChanged, this, [this](const storage::Change &change) {
        if (m_followsChanges && change.mayConcern(m_agreementId))
            scheduleReload();
    });
    connect(&m_context, &AppContext::fileChanged, this, qOverload<>(&ActionPlanModel::reload));
}

void ActionPlanModel::setFocusArea(const QString &agreementId, const QString &focusAreaId)
{
    m_agreementId = agreementId;
    m_focusAreaId = focusAreaId;
    reload();
}

void ActionPlanModel::scheduleReload()
{
    // Deferred and coalesced: a change may arrive in the middle of a view's commit.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, qOverload<>(&ActionPlanModel::reload));
}

QList<ActionPlanModel::Row> ActionPlanModel::loadRows(const core::Agreement &agreement) const
{
    QList<Row> rows;
    if (!m_context.hasFile() || m_agreementId.isEmpty() || m_focusAreaId.isEmpty())
        return rows;
    const QList<core::Party> parties = m_context.file()->parties();
    auto partyName = [&parties](const QString &id) {
        for (const core::Party &party : parties)
            if (party.id == id)
                return party.name;
        return QString();
    };
    for (const core::Measure &measure : std::as_const(agreement.measures)) {
        if (measure.focusArea != m_focusAreaId)
            continue;
        Row row;
        row.measure = measure;
        QStringList goals;
        for (const QString &goalId : measure.goals)
            for (const core::Goal &goal : std::as_const(agreement.goals))
                if (goal.id == goalId)
                    goals.append(goal.text);
        // Several goals are listed as bullets, as the printed plans do.
        if (goals.size() > 1)
            for (QString &text : goals)
                text.prepend(QStringLiteral("• "));
        row.goals = goals.join(QLatin1Char('\n'));
        if (!measure.responsibleText.isEmpty()) {
            row.responsible = measure.responsibleText;
        } else {
            QStringList names;
            for (const QString &partyId : measure.responsible)
                names.append(partyName(partyId));
            row.responsible = names.join(QStringLiteral(", "));
        }
        if (!measure.when.isEmpty())
            row.when = measure.when;
        else if (measure.start.isValid() || measure.end.isValid())
            row.when = QStringLiteral("%1–%2").arg(measure.start.toString(Qt::ISODate),
                                                   measure.end.toString(Qt::ISODate));
        rows.append(row);
    }
    return rows;
}

void ActionPlanModel::reload()
{
    m_reloadPending = false;
    core::Agreement agreement;
    if (m_context.hasFile() && !m_agreementId.isEmpty()) {
        try {
            agreement = m_context.file()->agreement(m_agreementId);
        } catch (const std::exception &error) {
            UiErrors::recordGone(m_context, QStringLiteral("ActionPlanModel::reload"), error);
        }
    }
    reload(agreement);
}

void ActionPlanModel::reload(const core::Agreement &agreement)
{
    m_reloadPending = false;
    QList<Row> rows = agreement.id == m_agreementId ? loadRows(agreement) : QList<Row>{};
    QStringList all;
    for (const core::Measure &measure : agreement.measures)
        all.append(measure.id);
    m_allMeasures = all;
    // The same rows, or rows added at the end (a new measure): change in place, so an
    // open cell editor (the new row's, or the next cell's after Tab) stays open across
    // the reload that follows every edit. Anything else resets.
    const auto sameIds = [&](qsizetype count) {
        for (qsizetype i = 0; i < count; ++i)
            if (rows.at(i).measure.id != m_rows.at(i).measure.id)
                return false;
        return true;
    };
    if (rows.size() >= m_rows.size() && sameIds(m_rows.size())) {
        const int before = int(m_rows.size());
        for (int i = 0; i < before; ++i)
            m_rows[i] = rows.at(i);
        if (before > 0)
            emit dataChanged(index(0, 0), index(before - 1, ColumnCount - 1));
        if (rows.size() > before) {
            beginInsertRows({}, before, int(rows.size()) - 1);
            for (qsizetype i = before; i < rows.size(); ++i)
                m_rows.append(rows.at(i));
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ActionPlanModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ActionPlanModel::measureId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).measure.id : QString();
}

int ActionPlanModel::rowOf(const QString &measureId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).measure.id == measureId)
            return row;
    return -1;
}

int ActionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == MeasureIdRole)
        return row.measure.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GoalsColumn:
            return row.goals;
        case ActivityColumn:
            return row.measure.title;
        case WhenColumn:
            return row.when;
        case ResponsibleColumn:
            return row.responsible;
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case GoalsColumn:
            return row.goals;
        case ActivityColumn:
            return row.measure.title;
        case WhenColumn:
            return row.measure.when.isEmpty() ? row.when : row.measure.when;
        case ResponsibleColumn:
            return row.responsible;
        default:
            return {};
        }
    }
    return {};
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GoalsColumn:
        return tr("Goal");
    case ActivityColumn:
        return tr("Activity");
    case WhenColumn:
        return tr("When");
    case ResponsibleColumn:
        return tr("Responsible");
    default:
        return {};
    }
}

Qt::ItemFlags ActionPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) {
        flags |= Qt::ItemIsDragEnabled;
        if (index.column() != GoalsColumn)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool ActionPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    const QString id = m_rows.at(index.row()).measure.id;
    QString field;
    QString what;
    switch (index.column()) {
    case ActivityColumn:
        field = QStringLiteral("title");
        what = tr("Edit activity");
        break;
    case WhenColumn:
        field = QStringLiteral("when");
        what = tr("Edit when");
        break;
    case ResponsibleColumn:
        field = QStringLiteral("responsibleText");
        what = tr("Edit responsible");
        break;
    default:
        return false;
    }
    if (data(index, Qt::EditRole).toString() == text)
        return true;
    if (!m_context.setField(storage::RecordKind::Measure, id, field, text, what))
        return false;
    // Show the new value at once; the deferred reload brings the file's view.
    const int row = rowOf(id);
    if (row >= 0) {
        Row &r = m_rows[row];
        if (index.column() == ActivityColumn)
            r.measure.title = text;
        else if (index.column() == WhenColumn)
            r.measure.when = r.when = text;
        else
            r.measure.responsibleText = r.responsible = text;
        emit dataChanged(this->index(row, index.column()), this->index(row, index.column()));
    }
    return true;
}

bool ActionPlanModel::moveMeasure(int from, int to)
{
    if (!m_editable || from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() ||
        from == to)
        return false;
    const QString id = m_rows.at(from).measure.id;
    // The table shows a subset of the agreement's measures: place the measure next to
    // the neighbour it should follow or precede in the agreement's whole list.
    QStringList others = m_allMeasures;
    others.removeAll(id);
    QStringList area;
    for (const Row &row : std::as_const(m_rows))
        if (row.measure.id != id)
            area.append(row.measure.id);
    const qsizetype newIndex =
        to < area.size() ? others.indexOf(area.at(to)) : others.indexOf(area.last()) + 1;
    if (newIndex < 0)
        return false;
    if (!m_context.moveRecord(storage::RecordKind::Measure, id, static_cast<int>(newIndex),
                              tr("Move measure")))
        return false;
    // Mirror the move at once so views keep their selection; a reload follows.
    const int destination = to > from ? to + 1 : to;
    if (beginMoveRows({}, from, from, {}, destination)) {
        m_rows.move(from, to);
        m_allMeasures = others;
        m_allMeasures.insert(newIndex, id);
        endMoveRows();
    }
    return true;
}

Qt::DropActions ActionPlanModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ActionPlanModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ActionPlanModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *ActionPlanModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), measureId(indexes.first().row()).toUtf8());
    return mime;
}

bool ActionPlanModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return m_editable && action == Qt::MoveAction && data &&
           data->hasFormat(QString::fromLatin1(MimeType)) &&
           rowOf(QString::fromUtf8(data->data(QString::fromLatin1(MimeType)))) >= 0;
}

bool ActionPlanModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = rowOf(QString::fromUtf8(data->data(QString::fromLatin1(MimeType))));
    // 'row' is the insert-before position; dropping onto an item inserts before it.
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    int to = before > from ? before - 1 : before;
    to = qBound(0, to, rowCount() - 1);
    moveMeasure(from, to);
    // The move is done here; returning false keeps the view from removing the source row.
    return false;
}

} // namespace samverka::ui
