#pragma once

// The editor of one measure: what, aimed at which causes, serving which goals, who is
// responsible (the first party leads), when, method, resources and status. Under a
// signed agreement only the execution status stays editable.
//
// The same editor serves an åtgärdsplan's own measure (Mode::PlanRow), which has the
// same fields but is aimed at the lägesbild's problems and states its operative goals in
// words, with no focus area or goals of an agreement.

#include "Agreement.h"
#include "Party.h"
#include "Person.h"

#include <QWidget>

class QLabel;

namespace samverka::ui {

class AppContext;
class CheckField;
class DateField;
class EnumCombo;
class FieldBinder;
class LineField;
class LinkChecklist;
class NumberField;
class TextField;

class MeasureEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { AgreementMeasure, PlanRow };

    explicit MeasureEditor(AppContext &context, QWidget *parent = nullptr,
                           Mode mode = Mode::AgreementMeasure);

    /// Shows one measure of the agreement (empty id: nothing).
    void setMeasure(const core::Agreement &agreement, const QString &measureId,
                    const QList<core::Party> &parties, const QList<core::Person> &people);
    /// Shows one own row of an åtgärdsplan (Mode::PlanRow; empty id: nothing). problems
    /// are the lägesbild's problems it may be aimed at, as (id, label).
    void setPlanRow(const QString &rowId, const QList<QPair<QString, QString>> &problems,
                    const QList<core::Party> &parties, const QList<core::Person> &people,
                    bool frozen);
    FieldBinder *binder() const { return m_binder; }
    LinkChecklist *causes() const { return m_causes; }
    LinkChecklist *goals() const { return m_goals; }
    LinkChecklist *responsible() const { return m_responsible; }
    EnumCombo *status() const { return m_status; }
    LineField *titleField() const { return m_title; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    NumberField *budgetField() const { return m_budget; }
    NumberField *hoursField() const { return m_hours; }
    NumberField *plannedCountField() const { return m_plannedCount; }
    QLabel *hintLabel() const { return m_hint; }

private:
    QString validate(const QString &field, const QVariant &value) const;
    void buildForm(Mode mode);
    void bindFields(Mode mode);

    FieldBinder *m_binder;
    QLabel *m_hint;
    LineField *m_title;
    TextField *m_description;
    EnumCombo *m_focusArea;
    LinkChecklist *m_causes;
    LinkChecklist *m_goals;
    EnumCombo *m_type;
    EnumCombo *m_aimedAt;
    EnumCombo *m_horizon;
    LinkChecklist *m_responsible;
    EnumCombo *m_responsiblePerson;
    LineField *m_responsibleText;
    LineField *m_when;
    DateField *m_start;
    DateField *m_end;
    LineField *m_method;
    NumberField *m_budget;
    NumberField *m_hours;
    NumberField *m_plannedCount;
    EnumCombo *m_status;
    CheckField *m_confidential;
    TextField *m_operative = nullptr; ///< a plan row's Operativa mål
};

} // namespace samverka::ui
