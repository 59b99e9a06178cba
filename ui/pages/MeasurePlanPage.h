#pragma once

// The åtgärdsplan of Lag (2023:196) §5, one plan at a time: its validity, the lägesbild it
// is based on, its decision by a political body, its follow-up dates, and its measures in
// Brå's template (Orsak | Åtgärd | Operativa mål | När | Vem | Uppföljning). A row adopts a
// measure of one of the municipality's agreements, or is the plan's own measure aimed at
// the lägesbild's problems. The selected row's details and ratings show below the table.

#include "ListEditorPage.h"

#include "MunicipalityData.h"
#include "PlanTable.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace samverka::ui {

class EnumCombo;
class FieldBinder;
class PlanRowPanel;
class RecordTableEditor;

class MeasurePlanPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit MeasurePlanPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QString title() const override;

    /// A new plan: this year's title, valid from today to the end of next year, based on
    /// the lägesbild in force, with two follow-up dates a half-year apart.
    QString addPlan();
    /// Adopts an agreement's measure as a new row of the plan shown. Returns the row's id.
    QString adoptMeasure(const QString &measureId);

    FieldBinder *binder() const { return m_binder; }
    RecordTableEditor *rows() const { return m_rows; }
    RecordTableEditor *followUpDates() const { return m_dates; }
    QToolButton *adoptButton() const { return m_adopt; }
    PlanRowPanel *rowPanel() const { return m_rowPanel; }
    QPushButton *exportButton() const { return m_export; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void buildHead(QFormLayout *form);
    void buildRows(QFormLayout *form);
    /// The file's agreements, lägesbild, parties and people that the table reads.
    void loadData();
    /// The plans read again, and the table's rows of the plan shown computed from them.
    void refreshPlans();
    void fillAdoptMenu();
    void showRow(const QString &rowId);
    const core::MeasurePlan *shownPlan() const;
    /// The lägesbild's problems a row of the plan shown may be aimed at, as (id, label):
    /// those of its basis, else of the edition in force.
    QList<QPair<QString, QString>> offeredProblems() const;

    FieldBinder *m_binder;
    EnumCombo *m_basis = nullptr;
    QLabel *m_lockNote = nullptr;
    QPushButton *m_export = nullptr;
    RecordTableEditor *m_dates = nullptr;
    RecordTableEditor *m_rows = nullptr;
    QToolButton *m_adopt = nullptr;
    PlanRowPanel *m_rowPanel = nullptr;
    core::MunicipalityData m_data; ///< plans, agreements, lägesbild, parties, people
    QList<core::PlanTable::Row> m_view;
};

} // namespace samverka::ui
