#include "Part1Page.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "UiErrors.h"
#include "models/RecordId.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/GroupsEditor.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/StringListEditor.h"
#include "widgets/TextField.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

namespace {
QScrollArea *scrolled(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}
} // namespace

Part1Page::Part1Page(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_binder(new FieldBinder(context, this))
    , m_tabs(new QTabWidget(this))
    , m_introduction(new TextField)
    , m_purpose(new TextField)
    , m_startingPoints(new StringListEditor)
    , m_collaborationModel(new TextField)
    , m_commitments(new RecordTableEditor(context, RecordKind::Commitment, {}))
    , m_groups(new GroupsEditor(context))
    , m_coordinators(new RecordTableEditor(context, RecordKind::Coordinator, {}))
    , m_communicationPlan(new TextField)
    , m_followUpPlan(new TextField)
    , m_reporting(new RecordTableEditor(context, RecordKind::ReportingRule, {}))
{
    auto *texts = new QWidget;
    auto *textForm = makeForm(texts);
    addFormRow(textForm, tr("&Introduction:"), m_introduction);
    addFormRow(textForm, tr("&Purpose:"), m_purpose);
    addFormRow(textForm, tr("&Starting points:"), m_startingPoints);
    addFormRow(textForm, tr("&Collaboration model:"), m_collaborationModel);
    m_tabs->addTab(scrolled(texts), tr("Background and purpose"));

    auto *organisation = new QWidget;
    auto *orgForm = makeForm(organisation);
    addFormRow(orgForm, tr("Co&mmitments:"), m_commitments);
    addFormRow(orgForm, tr("&Groups:"), m_groups);
    addFormRow(orgForm, tr("C&oordinators:"), m_coordinators);
    m_tabs->addTab(scrolled(organisation), tr("Commitments and organisation"));

    auto *followUp = new QWidget;
    auto *followForm = makeForm(followUp);
    addFormRow(followForm, tr("Co&mmunication plan:"), m_communicationPlan);
    addFormRow(followForm, tr("&Follow-up plan:"), m_followUpPlan);
    addFormRow(followForm, tr("&Reporting:"), m_reporting);
    m_tabs->addTab(scrolled(followUp), tr("Communication and follow-up"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    m_commitments->setVisibleRows(6);
    m_coordinators->setVisibleRows(4);
    m_reporting->setVisibleRows(4);
    m_commitments->setNoun(tr("commitment"));
    m_commitments->setReorderable(true);
    m_coordinators->setNoun(tr("coordinator"));
    m_coordinators->setEmptyText(tr("No coordinators yet: each party names one."));
    m_reporting->setNoun(tr("reporting rule"));
    m_reporting->setDefaults({{QStringLiteral("to"), QStringLiteral("steering_group")},
                              {QStringLiteral("everyMonths"), 6}});
    m_commitments->setDefaults({{QStringLiteral("part"), 1}});

    m_binder->bind(m_introduction, QStringLiteral("part1.introduction"), tr("Edit introduction"));
    m_binder->bind(m_purpose, QStringLiteral("part1.purpose"), tr("Edit purpose"));
    m_binder->bind(m_collaborationModel, QStringLiteral("part1.collaborationModel"),
                   tr("Edit collaboration model"));
    m_binder->bind(m_communicationPlan, QStringLiteral("part1.communicationPlan"),
                   tr("Edit communication plan"));
    m_binder->bind(m_followUpPlan, QStringLiteral("part1.followUpPlan"), tr("Edit follow-up plan"));

    connectStartingPoints();

    auto agreementRows = [this](auto make) {
        QList<TableRow> rows;
        try {
            make(this->context().file()->agreement(target().agreementId), rows);
        } catch (const std::exception &error) {
            UiErrors::recordGone(this->context(), QStringLiteral("Part1Page, table rows"), error);
        }
        return rows;
    };
    m_commitments->setRowProvider([agreementRows] {
        return agreementRows([](const core::Agreement &a, QList<TableRow> &rows) {
            for (const core::Commitment &c : a.part1.commitments)
                rows.append({fileIdOf(c), {c.party, c.text}});
        });
    });
    m_coordinators->setRowProvider([agreementRows] {
        return agreementRows([](const core::Agreement &a, QList<TableRow> &rows) {
            for (const core::Coordinator &c : a.part1.coordinators)
                rows.append({fileIdOf(c), {c.party, c.person}});
        });
    });
    m_reporting->setRowProvider([agreementRows] {
        return agreementRows([](const core::Agreement &a, QList<TableRow> &rows) {
            for (const core::ReportingRule &r : a.part1.reporting)
                rows.append({fileIdOf(r), {core::toWord(r.to), r.everyMonths}});
        });
    });
}

void Part1Page::connectStartingPoints()
{
    // Row by row: an edit names its own starting point, never the whole list, so a
    // colleague's edit of another one is kept and undo restores only this row.
    connect(m_startingPoints, &StringListEditor::rowAdded, this,
            [this](int index, const QString &text) {
                context().insertRecord(RecordKind::StartingPoint, target().agreementId,
                                       {{QStringLiteral("text"), text}}, index,
                                       tr("Add starting point"));
            });
    connect(m_startingPoints, &StringListEditor::rowEdited, this,
            [this](const QString &id, const QString &text) {
                context().setField(RecordKind::StartingPoint, id, QStringLiteral("text"), text,
                                   tr("Edit starting point"));
            });
    connect(m_startingPoints, &StringListEditor::rowRemoved, this, [this](const QString &id) {
        context().removeRecord(RecordKind::StartingPoint, id, tr("Remove starting point"));
    });
}

QString Part1Page::title() const
{
    return tr("Part 1");
}

void Part1Page::showTarget(const NavTarget &target)
{
    setTarget(target);
    m_binder->setRecord(RecordKind::Agreement, target.agreementId);
    reload();
}

void Part1Page::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        if (!UiErrors::recordGone(context(), QStringLiteral("Part1Page::reload"), error))
            return; // reported; keep what the page shows
        m_binder->setRecord(RecordKind::Agreement, {});
        m_startingPoints->setRows({});
        m_startingPoints->setEnabled(false);
        return;
    }
    QList<QPair<QString, QString>> startingPoints;
    for (qsizetype i = 0; i < agreement.part1.startingPoints.size(); ++i)
        startingPoints.append({agreement.part1.startingPointIds.value.value(i),
                               agreement.part1.startingPoints.at(i)});
    m_startingPoints->setRows(startingPoints);
    m_startingPoints->setEnabled(!agreement.isSigned() && !context().file()->isReadOnly());
    const QList<core::Party> parties = context().file()->parties();
    const QList<core::Person> people = context().file()->people();
    const auto partyChoices = RecordLabels::partyChoices(parties);
    QList<QPair<QString, QString>> targets;
    for (core::ReportingTarget t : core::allValues<core::ReportingTarget>())
        targets.append({core::toWord(t), core::EnumLabels::label(t)});
    m_commitments->setColumns(
        {TableColumn::choice(QStringLiteral("party"), tr("Party"), partyChoices),
         TableColumn::text(QStringLiteral("text"), tr("Commitment"))});
    m_coordinators->setColumns(
        {TableColumn::choice(QStringLiteral("party"), tr("Party"), partyChoices),
         TableColumn::choice(QStringLiteral("person"), tr("Coordinator"),
                             RecordLabels::personChoices(people))});
    m_reporting->setColumns(
        {TableColumn::choice(QStringLiteral("to"), tr("Report to"), targets, false),
         TableColumn::of(TableColumn::Type::Integer, QStringLiteral("everyMonths"),
                         tr("Every (months)"))});
    for (RecordTableEditor *table : {m_commitments, m_coordinators, m_reporting}) {
        table->setParentId(agreement.id);
        table->reload();
    }
    const bool frozen = agreement.isSigned();
    m_commitments->setEditable(!frozen);
    m_coordinators->setEditable(!frozen);
    m_reporting->setEditable(!frozen);
    m_groups->setAgreement(agreement, people);
    m_binder->setFrozen(agreement.isSigned());
    m_binder->load();
}

} // namespace samverka::ui
