#pragma once

// Minutes of the groups' meetings (date, attendees, notes, decisions): evidence for
// follow-up. Work, not frozen content.

#include "ListEditorPage.h"

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class TextField;

class MeetingsPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QString title() const override;

    QString addMeeting();
    bool removeMeeting(const QString &id);
    void selectMeeting(const QString &id) { selectRecord(id); }
    FieldBinder *binder() const { return m_binder; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void updateGroups();

    FieldBinder *m_binder;
    EnumCombo *m_agreement;
    EnumCombo *m_group;
    DateField *m_date;
    TextField *m_attendees;
    TextField *m_notes;
    TextField *m_decisions;
};

} // namespace samverka::ui
