#pragma once

// The follow-ups of an agreement, newest first: process follow-ups of measures and
// effect follow-ups of goals. This is work under the agreement: editable when signed.

#include "Page.h"

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class LineField;
class NumberField;
class RecordListPanel;
class TextField;

class FollowUpsPage : public Page
{
    Q_OBJECT

public:
    explicit FollowUpsPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    QString addFollowUp(const QString &kindWord = QStringLiteral("process"));
    bool removeFollowUp(const QString &id);
    void selectFollowUp(const QString &id);
    FieldBinder *binder() const { return m_binder; }
    TextField *textField() const { return m_text; }

private:
    void showFollowUp(const QString &id);
    void updateKindFields();

    RecordListPanel *m_list;
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
};

} // namespace samverka::ui
