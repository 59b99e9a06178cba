#pragma once

// Minutes of the groups' meetings (date, attendees, notes, decisions): evidence for
// follow-up. Work, not frozen content.

#include "Page.h"

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class RecordListPanel;
class TextField;

class MeetingsPage : public Page
{
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    QString addMeeting();
    bool removeMeeting(const QString &id);
    void selectMeeting(const QString &id);
    FieldBinder *binder() const { return m_binder; }

private:
    void showMeeting(const QString &id);
    void updateGroups();

    RecordListPanel *m_list;
    FieldBinder *m_binder;
    EnumCombo *m_agreement;
    EnumCombo *m_group;
    DateField *m_date;
    TextField *m_attendees;
    TextField *m_notes;
    TextField *m_decisions;
};

} // namespace samverka::ui
