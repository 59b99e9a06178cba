#pragma once

// The goals of an agreement as a tree (overall goal and sub-goals) with an editor:
// kind, text, links, and for measurable goals indicator, baseline and target.

#include "Page.h"

class QLabel;

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class LineField;
class NumberField;
class RecordListPanel;
class TextField;

class GoalsPage : public Page
{
    Q_OBJECT

public:
    explicit GoalsPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    QString addGoal(const QString &kindWord = QStringLiteral("effect"), const QString &text = {});
    bool removeGoal(const QString &id);
    void selectGoal(const QString &id);
    FieldBinder *binder() const { return m_binder; }
    QLabel *measurableHint() const { return m_measurableHint; }

private:
    void showGoal(const QString &id);
    void updateHint();

    RecordListPanel *m_list;
    FieldBinder *m_binder;
    QLabel *m_measurableHint;
    EnumCombo *m_kind;
    TextField *m_text;
    EnumCombo *m_parent;
    EnumCombo *m_focusArea;
    EnumCombo *m_problem;
    LineField *m_indicator;
    LineField *m_unit;
    LineField *m_source;
    NumberField *m_baselineValue;
    DateField *m_baselineDate;
    NumberField *m_targetValue;
    DateField *m_targetDate;
};

} // namespace samverka::ui
