#pragma once

// The organisation of part 1: the groups (steering group, project group, working
// groups, local council) with kind, name, meeting frequency and members.

#include "Agreement.h"
#include "Person.h"

#include <QWidget>

namespace samverka::ui {

class AppContext;
class EnumCombo;
class FieldBinder;
class LineField;
class RecordListPanel;
class RecordTableEditor;

class GroupsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsEditor(AppContext &context, QWidget *parent = nullptr);

    void setAgreement(const core::Agreement &agreement, const QList<core::Person> &people);
    QString addGroup();
    RecordListPanel *list() const { return m_list; }
    FieldBinder *binder() const { return m_binder; }

private:
    /// The group's id, or its "<agreement>#<index>" address when it has none.
    static QString addressOf(const core::Agreement &agreement, qsizetype index);
    void showGroup(const QString &id);

    AppContext &m_context;
    RecordListPanel *m_list;
    FieldBinder *m_binder;
    EnumCombo *m_kind;
    LineField *m_name;
    LineField *m_frequency;
    RecordTableEditor *m_members;
    core::Agreement m_agreement;
};

} // namespace samverka::ui
