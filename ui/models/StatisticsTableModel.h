#pragma once

// The table "Anmälda brott efter brottstyp" for one municipality and year as a tree:
// category rows (expandable to their crime types, "därav" parts under the type they
// belong to) and a total row. Read-only; the numbers come from
// core::StatisticsCalculator::table(), which already leaves parts and missing counts
// out of the sums.

#include "statistics/StatisticsResults.h"

#include <QAbstractItemModel>

namespace samverka::ui {

class StatisticsTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Count, Share, Rate, Change, ChangePercent, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< the raw number (int or double), invalid when missing
        KindRole,                     ///< a LineKind
        KeyRole,                      ///< the category name or the crime type's full label
    };
    enum class LineKind { Category, Type, Part, Total };
    Q_ENUM(LineKind)

    explicit StatisticsTableModel(QObject *parent = nullptr);

    void setTable(const core::StatisticsTable &table);
    const core::StatisticsTable &table() const { return m_table; }

    /// The row of a category (top level), or an invalid index.
    QModelIndex categoryIndex(const QString &category) const;
    QModelIndex totalIndex() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        core::StatisticsLine line;
        LineKind kind = LineKind::Type;
        int parent = -1; ///< node index, -1 at the top level
        int row = 0;     ///< among its parent's children
        QList<int> children;
    };

    int nodeOf(const QModelIndex &index) const { return int(index.internalId()); }
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    int addNode(const core::StatisticsLine &line, LineKind kind, int parent);
    QString displayText(const Node &node, int column) const;
    QVariant value(const Node &node, int column) const;
    QString toolTip(const Node &node, int column) const;

    core::StatisticsTable m_table;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace samverka::ui
