#include "MeetingsPage.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/RecordListPanel.h"
#include "widgets/TextField.h"

#include <algorithm>

namespace samverka::ui {

using storage::RecordKind;

MeetingsPage::MeetingsPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Meetings"), parent)
    , m_binder(new FieldBinder(context, this))
    , m_agreement(new EnumCombo)
    , m_group(new EnumCombo)
    , m_date(new DateField)
    , m_attendees(new TextField)
    , m_notes(new TextField)
    , m_decisions(new TextField)
{
    list()->setHeaders(tr("Meeting"), tr("Date"));
    list()->setAddText(tr("Add meeting"));
    list()->setEmptyText(
        tr("No meetings yet. The minutes of meetings are evidence for the follow-up."));
    list()->setRemoveText(tr("Remove meeting"));
    m_attendees->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_date->setName(tr("Meeting date"));

    auto *content = new QWidget;
    auto *form = makeForm(content);
    addFormRow(form, tr("&Agreement:"), m_agreement);
    addFormRow(form, tr("&Group:"), m_group);
    addFormRow(form, tr("&Date:"), m_date);
    addFormRow(form, tr("A&ttendees:"), m_attendees);
    addFormRow(form, tr("&Notes:"), m_notes);
    addFormRow(form, tr("D&ecisions:"), m_decisions);
    setUpLayout(content, {360, 640});

    m_binder->bind(m_agreement, QStringLiteral("agreement"), tr("Edit meeting agreement"));
    m_binder->bind(m_group, QStringLiteral("group"), tr("Edit meeting group"));
    m_binder->bind(m_date, QStringLiteral("date"), tr("Edit meeting date"));
    m_binder->bind(m_attendees, QStringLiteral("attendees"), tr("Edit attendees"));
    m_binder->bind(m_notes, QStringLiteral("notes"), tr("Edit notes"));
    m_binder->bind(m_decisions, QStringLiteral("decisions"), tr("Edit decisions"));
    m_binder->setValidator([this](const QString &field, const QVariant &value) -> QString {
        if (field == QLatin1String("date") && !value.toDate().isValid())
            return tr("A meeting needs a date. Not saved.");
        return {};
    });
    connect(m_binder, &FieldBinder::committed, this, [this](const QString &field) {
        if (field == QLatin1String("agreement"))
            updateGroups();
    });
}

QString MeetingsPage::title() const
{
    return tr("Meetings");
}

void MeetingsPage::updateGroups()
{
    // The groups named in part 1 of the meeting's agreement.
    QList<QPair<QString, QString>> groups;
    const QString agreementId = m_binder->value(QStringLiteral("agreement")).toString();
    if (!agreementId.isEmpty()) {
        try {
            for (const core::Group &g : context().file()->agreement(agreementId).part1.groups)
                if (!g.name.isEmpty())
                    groups.append({g.name, g.name});
        } catch (const std::exception &error) {
            UiErrors::recordGone(context(), QStringLiteral("MeetingsPage::updateGroups"), error);
        }
    }
    m_group->setChoices(groups, true);
    m_group->setValue(m_binder->value(QStringLiteral("group")).toString());
}

void MeetingsPage::showRecord(const QString &id)
{
    m_binder->setRecord(RecordKind::Meeting, id);
    updateGroups();
}

void MeetingsPage::reload()
{
    if (!context().hasFile())
        return;
    QList<QPair<QString, QString>> agreements;
    for (const core::Agreement &a : context().file()->agreementHeads())
        agreements.append({a.id, a.title});
    m_agreement->setChoices(agreements, true);
    QList<core::Meeting> meetings = context().file()->meetings();
    std::stable_sort(
        meetings.begin(), meetings.end(),
        [](const core::Meeting &a, const core::Meeting &b) { return a.date > b.date; });
    QList<ListEntry> entries;
    for (const core::Meeting &m : std::as_const(meetings)) {
        if (!target().agreementId.isEmpty() && !m.agreement.isEmpty() &&
            m.agreement != target().agreementId)
            continue;
        entries.append({m.id,
                        {},
                        m.group.isEmpty() ? tr("Meeting") : m.group,
                        m.date.toString(Qt::ISODate),
                        m.notes.left(200),
                        false,
                        {}});
    }
    list()->setEntries(entries);
    if (list()->currentId() != m_binder->recordId())
        showRecord(list()->currentId());
    else {
        m_binder->load();
        updateGroups();
    }
}

QString MeetingsPage::addMeeting()
{
    QVariantMap fields{{QStringLiteral("date"), context().file()->clock().today()}};
    if (!target().agreementId.isEmpty())
        fields.insert(QStringLiteral("agreement"), target().agreementId);
    return addRecord(RecordKind::Meeting, {}, fields, tr("Add meeting"));
}

bool MeetingsPage::removeMeeting(const QString &id)
{
    return removeRecord(RecordKind::Meeting, id, tr("Remove meeting"));
}

void MeetingsPage::addRequested()
{
    addMeeting();
}

void MeetingsPage::removeRequested(const QString &id)
{
    removeMeeting(id);
}

} // namespace samverka::ui
