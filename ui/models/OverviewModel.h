#pragma once

// The workspace's overview as a table (issue #16): one row per municipality file with its
// current agreement, the citizen promises, what is late and due, the law's status and the
// last change (core::OverviewRow, the same rows as `samverka-cli overview`). A file that
// could not be read keeps its row, with why in words.

#include "OverviewRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace samverka::ui {

class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Municipality,
        Agreement,
        Status,
        Period,
        InForce,
        Promises,
        MeasuresLate,
        FollowUpsDue,
        OpenComments,
        SituationPicture,
        MeasurePlan,
        LastChange,
        ColumnCount
    };
    enum Role {
        SourceRole = Qt::UserRole + 1, ///< the file's path
        OkRole,                        ///< bool: the file was read
    };

    explicit OverviewModel(QObject *parent = nullptr);

    void setRows(const QList<core::OverviewRow> &rows);
    const QList<core::OverviewRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const core::OverviewRow &row, int column) const;

    QList<core::OverviewRow> m_rows;
};

} // namespace samverka::ui
