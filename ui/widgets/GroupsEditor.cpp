#include "GroupsEditor.h"

#include "AppContext.h"
#include "EnumCombo.h"
#include "EnumLabels.h"
#include "FieldBinder.h"
#include "FormRow.h"
#include "LineField.h"
#include "RecordLabels.h"
#include "RecordListPanel.h"
#include "RecordTableEditor.h"
#include "UiErrors.h"
#include "models/RecordId.h"

#include <QHBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

GroupsEditor::GroupsEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new RecordListPanel(tr("Groups"), this))
    , m_binder(new FieldBinder(context, this))
    , m_kind(new EnumCombo(this))
    , m_name(new LineField(this))
    , m_frequency(new LineField(this))
    , m_members(new RecordTableEditor(context, RecordKind::GroupMember, {}, this))
{
    m_list->setAddText(tr("Add group"));
    m_list->setRemoveText(tr("Remove group"));
    m_kind->setEnum<core::GroupKind>(false);
    m_frequency->setPlaceholderText(tr("e.g. four times a year"));
    m_members->setNoun(tr("member"));
    m_members->setReorderable(true);
    m_members->setVisibleRows(5);
    m_list->setMinimumWidth(220);

    auto *details = new QWidget(this);
    auto *form = makeForm(details);
    details->layout()->setContentsMargins(0, 0, 0, 0);
    addFormRow(form, tr("Group &kind:"), m_kind);
    addFormRow(form, tr("Group &name:"), m_name);
    addFormRow(form, tr("Meeting &frequency:"), m_frequency);
    addFormRow(form, tr("&Members:"), m_members);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 2);
    layout->addWidget(details, 3);

    m_binder->bind(m_kind, QStringLiteral("kind"), tr("Edit group kind"));
    m_binder->bind(m_name, QStringLiteral("name"), tr("Edit group name"));
    m_binder->bind(m_frequency, QStringLiteral("meetingFrequency"), tr("Edit meeting frequency"));
    m_members->setRowProvider([this] {
        QList<TableRow> rows;
        // Read from the file, not m_agreement: the table reloads right after its own
        // insert, before the page has passed on the new agreement.
        core::Agreement agreement = m_agreement;
        try {
            if (m_context.hasFile() && !m_agreement.id.isEmpty())
                agreement = m_context.file()->agreement(m_agreement.id);
        } catch (const std::exception &error) {
            UiErrors::recordGone(m_context, QStringLiteral("GroupsEditor, member rows"), error);
        }
        for (qsizetype g = 0; g < agreement.part1.groups.size(); ++g) {
            const core::Group &group = agreement.part1.groups.at(g);
            const QString groupId = addressOf(agreement, g);
            if (groupId == m_binder->recordId())
                for (qsizetype i = 0; i < group.members.size(); ++i) {
                    const core::GroupMember &member = group.members.at(i);
                    rows.append({fileIdOf(member), {member.person, member.role}});
                }
        }
        return rows;
    });

    connect(m_list, &RecordListPanel::currentChanged, this, &GroupsEditor::showGroup);
    connect(m_list, &RecordListPanel::addRequested, this, [this] { addGroup(); });
    connect(m_list, &RecordListPanel::removeRequested, this, [this](const QString &id) {
        m_context.removeRecord(RecordKind::Group, id, tr("Remove group"));
    });
}

void GroupsEditor::setAgreement(const core::Agreement &agreement, const QList<core::Person> &people)
{
    m_agreement = agreement;
    m_members->setColumns({TableColumn::choice(QStringLiteral("person"), tr("Person"),
                                               RecordLabels::personChoices(people)),
                           TableColumn::text(QStringLiteral("role"), tr("Role"))});
    QList<ListEntry> entries;
    for (qsizetype g = 0; g < agreement.part1.groups.size(); ++g) {
        const core::Group &group = agreement.part1.groups.at(g);
        entries.append({addressOf(agreement, g),
                        {},
                        group.name.isEmpty() ? core::EnumLabels::label(group.kind) : group.name,
                        {},
                        core::EnumLabels::label(group.kind),
                        false,
                        {}});
    }
    m_list->setEntries(entries);
    const bool frozen = agreement.isSigned();
    m_list->setEditable(!frozen);
    m_binder->setFrozen(frozen);
    m_members->setEditable(!frozen);
    showGroup(m_list->currentId());
}

QString GroupsEditor::addressOf(const core::Agreement &agreement, qsizetype index)
{
    // A group imported without an id by the file's id of its row.
    return fileIdOf(agreement.part1.groups.at(index));
}

void GroupsEditor::showGroup(const QString &id)
{
    if (m_binder->recordId() == id)
        m_binder->load();
    else
        m_binder->setRecord(RecordKind::Group, id);
    m_members->setParentId(id);
    m_members->setEnabled(!id.isEmpty());
    m_members->reload();
}

QString GroupsEditor::addGroup()
{
    const QString id =
        m_context.insertRecord(RecordKind::Group, m_agreement.id,
                               {{QStringLiteral("kind"), QStringLiteral("steering_group")},
                                {QStringLiteral("name"), tr("Steering group")}},
                               -1, tr("Add group"));
    if (!id.isEmpty()) {
        try {
            setAgreement(m_context.file()->agreement(m_agreement.id), m_context.file()->people());
        } catch (const std::exception &error) {
            UiErrors::recordGone(m_context, QStringLiteral("GroupsEditor::addGroup"), error);
        }
        m_list->selectId(id);
        showGroup(id);
    }
    return id;
}

} // namespace samverka::ui
