#include "StatisticsTableModel.h"

#include "widgets/StatisticsFormat.h"

#include <QFont>
#include <QHash>
#include <QPalette>

#include <algorithm>

namespace samverka::ui {

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void StatisticsTableModel::setTable(const core::StatisticsTable &table)
{
    beginResetModel();
    m_table = table;
    m_nodes.clear();
    m_topLevel.clear();
    QHash<QString, int> categoryNodes;
    QHash<QString, int> typeNodes;
    for (const core::StatisticsLine &line : table.categories)
        categoryNodes.insert(line.key, addNode(line, LineKind::Category, -1));
    // Parents before their parts: a part may belong to another category than its parent
    // (the table lists types by category), and it belongs under the parent it is part of.
    QList<const core::StatisticsLine *> byDepth;
    for (const core::StatisticsLine &line : table.types)
        byDepth << &line;
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto *a, const auto *b) { return a->depth < b->depth; });
    for (const core::StatisticsLine *line : std::as_const(byDepth)) {
        int parent = line->parentType.isEmpty() ? -1 : typeNodes.value(line->parentType, -1);
        if (parent < 0)
            parent = categoryNodes.value(line->category, -1);
        if (parent < 0) { // a category the table has no line for: keep the row visible
            core::StatisticsLine category;
            category.key = category.label = category.category = line->category;
            parent = addNode(category, LineKind::Category, -1);
            categoryNodes.insert(line->category, parent);
        }
        typeNodes.insert(line->key,
                         addNode(*line, line->isPart ? LineKind::Part : LineKind::Type, parent));
    }
    if (!table.isEmpty())
        addNode(table.total, LineKind::Total, -1);
    endResetModel();
}

int StatisticsTableModel::addNode(const core::StatisticsLine &line, LineKind kind, int parent)
{
    Node node;
    node.line = line;
    node.kind = kind;
    node.parent = parent;
    const int id = int(m_nodes.size());
    QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(node);
    return id;
}

QModelIndex StatisticsTableModel::categoryIndex(const QString &category) const
{
    for (const int id : m_topLevel) {
        const Node &node = m_nodes.at(id);
        if (node.kind == LineKind::Category && node.line.key == category)
            return createIndex(node.row, 0, quintptr(id));
    }
    return {};
}

QModelIndex StatisticsTableModel::totalIndex() const
{
    if (m_topLevel.isEmpty() || m_nodes.at(m_topLevel.last()).kind != LineKind::Total)
        return {};
    return createIndex(int(m_topLevel.size()) - 1, 0, quintptr(m_topLevel.last()));
}

const QList<int> &StatisticsTableModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_topLevel;
}

QModelIndex StatisticsTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent).at(row)));
}

QModelIndex StatisticsTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(nodeOf(child)).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int StatisticsTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString StatisticsTableModel::displayText(const Node &node, int column) const
{
    const core::StatisticsLine &l = node.line;
    switch (column) {
    case Name:
        if (node.kind == LineKind::Part)
            return tr("of which %1").arg(l.label); // sv: därav %1
        if (node.kind == LineKind::Total)
            return tr("Total reported crimes"); // sv: Samtliga anmälda brott
        return l.label;
    case Count:
        return StatisticsFormat::count(l.count);
    case Share:
        return StatisticsFormat::percent(l.sharePercent);
    case Rate:
        return StatisticsFormat::decimal(l.ratePer100k);
    case Change:
        return StatisticsFormat::signedCount(l.change);
    case ChangePercent:
        return StatisticsFormat::signedPercent(l.changePercent);
    }
    return {};
}

QVariant StatisticsTableModel::value(const Node &node, int column) const
{
    const core::StatisticsLine &l = node.line;
    auto v = [](const auto &optional) {
        return optional ? QVariant::fromValue(*optional) : QVariant();
    };
    switch (column) {
    case Name:
        return l.key;
    case Count:
        return v(l.count);
    case Share:
        return v(l.sharePercent);
    case Rate:
        return v(l.ratePer100k);
    case Change:
        return v(l.change);
    case ChangePercent:
        return v(l.changePercent);
    }
    return {};
}

QString StatisticsTableModel::toolTip(const Node &node, int column) const
{
    const core::StatisticsLine &l = node.line;
    QStringList tips;
    if (column == Name) {
        if (node.kind == LineKind::Part)
            // sv: Ingår i raden ovan och räknas inte med i summorna
            tips << tr("Part of the row above; not counted in the sums");
        if (node.kind == LineKind::Type || node.kind == LineKind::Part)
            tips << l.key;
        if (l.discontinued)
            tips << tr("This crime type is no longer reported");
    }
    if (column == Count || column == Share || column == Rate) {
        if (!l.count)
            tips << StatisticsFormat::missingTooltip();
        else if (l.suppressed)
            // sv: Summan saknar uppgifter som är skyddade eller saknas
            tips << tr("The sum leaves out values that are missing or suppressed");
        if (column == Rate && l.count && !l.ratePer100k)
            tips << tr("No population for %1: add it under Import statistics").arg(m_table.year);
    }
    if ((column == Change || column == ChangePercent) && l.count && !l.change)
        tips << tr("No value for %1 to compare with").arg(m_table.year - 1);
    if (column == Change && l.previousCount)
        tips << tr("%1: %2").arg(m_table.year - 1).arg(StatisticsFormat::count(l.previousCount));
    if (l.preliminary && column == Count)
        tips << tr("Preliminary");
    return tips.join(QLatin1Char('\n'));
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(node, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(node, index.column());
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (node.kind == LineKind::Type)
            return {};
        QFont font;
        font.setBold(node.kind == LineKind::Category || node.kind == LineKind::Total);
        font.setItalic(node.kind == LineKind::Part);
        return font;
    }
    case Qt::ForegroundRole:
        // ".." is a mark, not a number: muted. Parts are told apart by italics alone.
        if (index.column() != Name && !value(node, index.column()).isValid())
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case ValueRole:
        return value(node, index.column());
    case KindRole:
        return QVariant::fromValue(node.kind);
    case KeyRole:
        return node.line.key;
    }
    return {};
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section >= Change)
        return tr("Change from %1 to %2").arg(m_table.year - 1).arg(m_table.year);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Crime category / crime type"); // sv: Brottskategori / brottstyp
    case Count:
        return tr("Count"); // sv: Antal
    case Share:
        return tr("Share of all crimes"); // sv: Andel av alla brott
    case Rate:
        return tr("Per 100 000 inh."); // sv: Per 100 000 inv.
    case Change:
        return tr("Change"); // sv: Förändring
    case ChangePercent:
        return tr("Change (%)"); // sv: Förändring (%)
    }
    return {};
}

} // namespace samverka::ui
