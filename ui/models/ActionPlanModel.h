#pragma once

// The action-plan table of one focus area, as every municipality prints it:
// Mål | Aktivitet | När | Ansvarig, one row per measure of the focus area in the
// agreement's order. Activity, when and responsible are editable in place; rows move
// by drag and drop or by keyboard, which reorders the agreement's measures.

#include "Agreement.h"
#include "Measure.h"

#include <QAbstractTableModel>

namespace samverka::ui {

class AppContext;

class ActionPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GoalsColumn, ActivityColumn, WhenColumn, ResponsibleColumn, ColumnCount };
    static constexpr int MeasureIdRole = Qt::UserRole + 1;
    static constexpr const char *MimeType = "application/x-samverka-measure-id";

    explicit ActionPlanModel(AppContext &context, QObject *parent = nullptr);

    /// Shows the measures of one focus area of one agreement.
    void setFocusArea(const QString &agreementId, const QString &focusAreaId);
    QString focusAreaId() const { return m_focusAreaId; }
    /// Re-reads the rows from the file.
    void reload();
    /// Re-reads the rows from an agreement already loaded (the page's own reload).
    void reload(const core::Agreement &agreement);
    /// Whether the model reloads itself when its agreement changes (the default). A page
    /// that reloads it as part of its own reload turns this off, so it is read once.
    void setFollowsChanges(bool follows) { m_followsChanges = follows; }
    /// Frozen (signed) plans cannot be edited or reordered.
    void setEditable(bool editable);

    QString measureId(int row) const;
    int rowOf(const QString &measureId) const;
    /// Moves the measure at row 'from' so that it ends at row 'to' of this table;
    /// persisted through AppContext::moveRecord. False when refused.
    bool moveMeasure(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Row {
        core::Measure measure;
        QString goals;       ///< the goals' texts, one per line
        QString responsible; ///< responsibleText or the parties' names
        QString when;        ///< when, or start–end
    };
    QList<Row> loadRows(const core::Agreement &agreement) const;
    void scheduleReload();

    AppContext &m_context;
    QString m_agreementId;
    QString m_focusAreaId;
    QStringList m_allMeasures; ///< ids of all the agreement's measures, in order
    QList<Row> m_rows;
    bool m_editable = true;
    bool m_reloadPending = false;
    bool m_followsChanges = true;
};

} // namespace samverka::ui
