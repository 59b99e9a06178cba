#pragma once

// The goals of an agreement as a tree (overall goal and sub-goals) with an editor:
// kind, text, links, and for measurable goals indicator, baseline and target. A goal
// whose problem is linked to the statistics can take its baseline from them.

#include "ListEditorPage.h"

#include "Agreement.h"
#include "statistics/StatisticsCalculator.h"

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class LineField;
class NumberField;
class StatisticsContext;
class TextField;

class GoalsPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit GoalsPage(AppContext &context, QWidget *parent = nullptr);
    ~GoalsPage() override;

    void reload() override;
    QString title() const override;

    QString addGoal(const QString &kindWord = QStringLiteral("effect"), const QString &text = {});
    bool removeGoal(const QString &id);
    void selectGoal(const QString &id) { selectRecord(id); }
    FieldBinder *binder() const { return m_binder; }
    QLabel *measurableHint() const { return m_measurableHint; }
    QPushButton *fillBaselineButton() const { return m_fillBaseline; }

    /// The statistics series of the selected goal's problem, when it has values.
    std::optional<core::StatisticsSeries> selectedGoalSeries() const;
    /// Sets the selected goal's baseline value and date from its problem's series (the
    /// latest year with a value when year is empty), and its indicator, unit and source
    /// where they are empty: one undoable edit. False when there is nothing to take or
    /// the file refuses.
    bool fillBaselineFromStatistics(core::StatisticsCalculator::Measure measure,
                                    std::optional<int> year = std::nullopt);

public slots:
    /// Asks for the measure and year, then fills the baseline.
    void openFillBaselineDialog();

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void updateHint();
    void updateFillBaseline();
    const core::Goal *selectedGoal() const;

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
    QPushButton *m_fillBaseline;
    std::shared_ptr<const StatisticsContext> m_statistics;
    core::Agreement m_agreement;
};

} // namespace samverka::ui
