#pragma once

// The follow-ups of an agreement, newest first: process follow-ups of measures and
// effect follow-ups of goals. This is work under the agreement: editable when signed.
// An effect follow-up shows its goal's baseline and target beside the latest value in
// the statistics of the goal's problem.

#include "ListEditorPage.h"

#include "Agreement.h"

#include <memory>

class QLabel;

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class LineField;
class NumberField;
class StatisticsContext;
class TextField;

class FollowUpsPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit FollowUpsPage(AppContext &context, QWidget *parent = nullptr);
    ~FollowUpsPage() override;

    void reload() override;
    QString title() const override;

    QString addFollowUp(const QString &kindWord = QStringLiteral("process"));
    bool removeFollowUp(const QString &id);
    void selectFollowUp(const QString &id) { selectRecord(id); }
    FieldBinder *binder() const { return m_binder; }
    TextField *textField() const { return m_text; }
    /// "Utgångsvärde 46 (2023-12-31) · Målvärde 35 (2027-12-31)" and the latest value in
    /// the statistics; hidden unless the follow-up is an effect follow-up.
    QLabel *goalValues() const { return m_goalValues; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void updateKindFields();
    void updateGoalValues();

    FieldBinder *m_binder;
    DateField *m_date;
    EnumCombo *m_kind;
    EnumCombo *m_measure;
    EnumCombo *m_goal;
    TextField *m_text;
    LineField *m_author;
    NumberField *m_value;
    NumberField *m_count;
    EnumCombo *m_assessment;
    EnumCombo *m_reportedTo;
    QLabel *m_goalValuesLabel;
    QLabel *m_goalValues;
    std::shared_ptr<const StatisticsContext> m_statistics;
    core::Agreement m_agreement;
};

} // namespace samverka::ui
