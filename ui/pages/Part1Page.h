#pragma once

// Part 1 of an agreement (the strategic part): background, purpose, starting points,
// collaboration model, each party's commitments, the organisation, coordinators,
// communication and follow-up plans with their reporting rules.

#include "Page.h"

class QTabWidget;

namespace samverka::ui {

class FieldBinder;
class GroupsEditor;
class RecordTableEditor;
class StringListEditor;
class TextField;

class Part1Page : public Page
{
    Q_OBJECT

public:
    explicit Part1Page(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    FieldBinder *binder() const { return m_binder; }
    TextField *purposeField() const { return m_purpose; }
    RecordTableEditor *commitments() const { return m_commitments; }
    GroupsEditor *groups() const { return m_groups; }

private:
    void connectStartingPoints();

    FieldBinder *m_binder;
    QTabWidget *m_tabs;
    TextField *m_introduction;
    TextField *m_purpose;
    StringListEditor *m_startingPoints;
    TextField *m_collaborationModel;
    RecordTableEditor *m_commitments;
    GroupsEditor *m_groups;
    RecordTableEditor *m_coordinators;
    TextField *m_communicationPlan;
    TextField *m_followUpPlan;
    RecordTableEditor *m_reporting;
};

} // namespace samverka::ui
