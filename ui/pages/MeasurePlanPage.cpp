#include "MeasurePlanPage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "LawChecklist.h"
#include "PlanChecklist.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/MeasureEditor.h"
#include "widgets/PlanRowPanel.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace samverka::ui {

using storage::RecordKind;

namespace {

/// The Uppföljning cell: "Gul 2026-03-16: Tre av fem platser röjda." or "Not rated".
QString ratingText(const core::PlanTable::Row &row)
{
    if (!row.latest)
        return MeasurePlanPage::tr("Not rated");
    QString text = core::EnumLabels::label(row.latest->colour) + QLatin1Char(' ') +
                   row.latest->date.toString(Qt::ISODate);
    if (!row.latest->comment.trimmed().isEmpty())
        text += QStringLiteral(": ") + row.latest->comment.simplified();
    return text;
}

QString causesText(const core::PlanTable::Row &row)
{
    if (row.causes.isEmpty())
        return MeasurePlanPage::tr("No cause");
    // Short in the table: the whole text of each cause shows below it, for the row chosen.
    constexpr int shown = 60;
    QStringList causes;
    for (const core::PlanTable::Cause &c : row.causes) {
        const QString text = c.text.simplified();
        causes << c.label + QLatin1Char(' ') +
                      (text.size() > shown ? text.left(shown - 1).trimmed() + QChar(0x2026) : text);
    }
    return causes.join(QLatin1Char('\n'));
}

} // namespace

MeasurePlanPage::MeasurePlanPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Measure plans"), parent)
    , m_binder(new FieldBinder(context, this))
{
    list()->setHeaders(tr("Measure plan"), tr("Status"));
    list()->setAddText(tr("New plan"));
    list()->setEmptyText(tr("No measure plan yet. The law (2023:196) requires the municipality "
                            "to decide a plan of measures from its situation picture. Start "
                            "the first plan here."));
    list()->setRemoveText(tr("Remove plan"));

    auto *content = new QWidget;
    auto *form = makeForm(content);
    buildHead(form);
    buildRows(form);
    setUpLayout(content, {200, 820});
}

void MeasurePlanPage::buildHead(QFormLayout *form)
{
    auto *title = new LineField;
    auto *from = new DateField;
    auto *to = new DateField;
    m_basis = new EnumCombo;
    auto *status = new EnumCombo;
    auto *decidedBy = new LineField;
    auto *decidedOn = new DateField;
    auto *paragraph = new LineField;
    auto *diary = new LineField;
    auto *background = new TextField;
    from->setName(tr("Valid from"));
    to->setName(tr("Valid to"));
    decidedOn->setName(tr("Decision date"));
    status->setEnum<core::PlanStatus>(false);
    decidedBy->setPlaceholderText(tr("e.g. the municipal executive board"));
    background->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    addFormRow(form, tr("&Title:"), title);
    addFormRow(form, tr("&Valid:"), spanOf(from, tr("to"), to))->setBuddy(from);
    addFormRow(form, tr("Based on the &situation picture:"), m_basis);
    addFormRow(form, tr("&Status:"), status);
    addFormRow(form, tr("Decided &by:"), decidedBy);
    addFormRow(form, tr("Decision d&ate:"), decidedOn);
    addFormRow(form, tr("Para&graph:"), paragraph);
    addFormRow(form, tr("Diary &number:"), diary);
    addFormRow(form, tr("Bac&kground:"), background);
    auto *hint = new QLabel;
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_binder->setHintLabel(hint);
    // The plan as the document the council decides on, and as its follow-up report.
    m_export = new QPushButton(tr("E&xport as PDF…"));
    m_export->setToolTip(tr("The measure plan as a PDF document in landscape: Brå's table with "
                            "the latest ratings, and the follow-up history"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        emit context().documentRequested(documents::DocumentKind::MeasurePlan,
                                         m_binder->recordId());
    });
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    form->addRow(QString(), exportRow);
    m_binder->bind(title, QStringLiteral("title"), tr("Edit plan title"));
    m_binder->bind(from, QStringLiteral("validFrom"), tr("Edit valid from"));
    m_binder->bind(to, QStringLiteral("validTo"), tr("Edit valid to"));
    m_binder->bind(m_basis, QStringLiteral("situationPicture"), tr("Edit basis of plan"));
    m_binder->bind(status, QStringLiteral("status"), tr("Edit plan status"));
    m_binder->bind(decidedBy, QStringLiteral("decidedBy"), tr("Edit decided by"));
    m_binder->bind(decidedOn, QStringLiteral("decidedOn"), tr("Edit decision date"));
    m_binder->bind(paragraph, QStringLiteral("decisionParagraph"), tr("Edit paragraph"));
    m_binder->bind(diary, QStringLiteral("diaryNumber"), tr("Edit diary number"));
    m_binder->bind(background, QStringLiteral("background"), tr("Edit background"));
    // A decided plan is locked but for its decision (storage's rule).
    for (QWidget *open :
         std::initializer_list<QWidget *>{status, decidedBy, decidedOn, paragraph, diary})
        m_binder->setAlwaysEditable(open);
    m_binder->setValidator([from, to](const QString &field, const QVariant &value) -> QString {
        const QDate start = field == QLatin1String("validFrom") ? value.toDate() : from->value();
        const QDate end = field == QLatin1String("validTo") ? value.toDate() : to->value();
        if (start.isValid() && end.isValid() && end < start)
            return tr("The plan ends before it starts. Not saved.");
        return {};
    });
    m_lockNote = new QLabel(tr("Decided: the plan and its measures are locked. Ratings, "
                               "follow-up dates and the decision stay open. Set the status "
                               "back to Draft to change the plan."));
    m_lockNote->setWordWrap(true);
    m_lockNote->setVisible(false);
    form->addRow(QString(), m_lockNote);

    m_dates = new RecordTableEditor(context(), RecordKind::PlanFollowUpDate, {});
    m_dates->setNoun(tr("follow-up date"));
    m_dates->setAddLabel(tr("Add follow-up date"));
    m_dates->setEmptyText(tr("No follow-up dates. At each, every measure of the plan is rated."));
    m_dates->setVisibleRows(3);
    m_dates->setStretchColumn(1);
    m_dates->setColumns(
        {TableColumn::of(TableColumn::Type::Date, QStringLiteral("date"), tr("Date")),
         TableColumn::text(QStringLiteral("note"), tr("Note"))});
    m_dates->setRowProvider([this] {
        refreshPlans();
        QList<TableRow> rows;
        if (const core::MeasurePlan *plan = shownPlan())
            for (const core::PlanFollowUpDate &d : plan->followUpDates)
                rows.append({d.id, {d.date, d.note}, {}});
        return rows;
    });
    addFormRow(form, tr("&Follow-up dates:"), m_dates);
}

void MeasurePlanPage::buildRows(QFormLayout *form)
{
    QLabel *heading =
        addPartHeading(form, tr("Measu&res"),
                       tr("One row per measure, as in Brå's template. Adopt the measures of the "
                          "agreements with the police that belong in the plan, and add the "
                          "municipality's own, each aimed at the situation picture's problems."));
    m_rows = new RecordTableEditor(context(), RecordKind::PlanRow, {});
    m_rows->setNoun(tr("measure"));
    m_rows->setAddLabel(tr("Add own &measure"));
    m_rows->setReorderable(true);
    m_rows->setDefaults({{QStringLiteral("title"), tr("New measure")}});
    m_rows->setEmptyText(tr("No measures in the plan yet."));
    m_rows->setVisibleRows(16);
    m_rows->setEvenColumns(true);
    // Rows of several wrapped lines: room for a few of them, not a slit of one.
    m_rows->view()->setMinimumHeight(fontMetrics().lineSpacing() * 24);
    m_rows->setColumns(
        {TableColumn::text(QStringLiteral("causes"), tr("Cause"), true),
         TableColumn::text(QStringLiteral("title"), tr("Measure"), true),
         TableColumn::text(QStringLiteral("operativeGoals"), tr("Operative goals"), true),
         TableColumn::text(QStringLiteral("when"), tr("When"), true),
         TableColumn::text(QStringLiteral("responsibleText"), tr("Who"), true),
         TableColumn::text(QStringLiteral("ratings"), tr("Follow-up"), true)});
    m_rows->setRowProvider([this] {
        refreshPlans(); // a table reloads right after its own Add, before the page does
        QList<TableRow> rows;
        for (const core::PlanTable::Row &r : std::as_const(m_view)) {
            QString measure =
                r.measureMissing ? tr("(measure removed from its agreement)") : r.measure;
            if (r.confidential)
                measure = tr("%1 (secrecy)").arg(measure);
            TableRow row{r.id,
                         {causesText(r), measure, r.operative.join(QLatin1Char('\n')), r.when,
                          r.who, ratingText(r)},
                         {}};
            if (r.latest)
                row.backgrounds.insert(5, PlanRowPanel::background(r.latest->colour));
            rows.append(row);
        }
        return rows;
    });
    form->addRow(m_rows); // the whole width: six columns
    heading->setBuddy(m_rows->view());
    m_rows->view()->setAccessibleName(tr("Measures of the plan"));

    m_adopt = new QToolButton;
    m_adopt->setText(tr("Adopt from an agreement"));
    m_adopt->setPopupMode(QToolButton::InstantPopup);
    m_adopt->setMenu(new QMenu(m_adopt));
    form->addRow(QString(), m_adopt);

    m_rowPanel = new PlanRowPanel(context());
    form->addRow(m_rowPanel);
    connect(m_rows, &RecordTableEditor::currentChanged, this, &MeasurePlanPage::showRow);
    // An own measure just added is named in its editor: its title selected, typing
    // replaces it.
    connect(m_rows, &RecordTableEditor::rowAdded, this, [this](const QString &id) {
        showRow(id);
        LineField *title = m_rowPanel->ownEditor()->titleField();
        title->setFocus(Qt::OtherFocusReason);
        title->selectAll();
    });
    connect(m_rowPanel, &PlanRowPanel::openMeasure, this,
            [this](const QString &agreementId, const QString &measureId) {
                context().navigate(NavTarget{NavTarget::Page::Measures, agreementId, measureId});
            });
}

QString MeasurePlanPage::title() const
{
    return tr("Measure plan");
}

void MeasurePlanPage::loadData()
{
    storage::MunicipalityFile *file = context().file();
    m_data.measurePlans = file->measurePlans();
    m_data.agreements = file->agreements();
    m_data.situationPictures = file->situationPictures();
    m_data.parties = file->parties();
    m_data.people = file->people();
}

void MeasurePlanPage::refreshPlans()
{
    if (!context().hasFile())
        return;
    try {
        m_data.measurePlans = context().file()->measurePlans();
    } catch (const std::exception &error) {
        emit context().errorOccurred(QString::fromUtf8(error.what()));
        return;
    }
    const core::MeasurePlan *plan = shownPlan();
    m_view = plan ? core::PlanTable::rows(*plan, m_data, context().file()->clock().today())
                  : QList<core::PlanTable::Row>();
}

const core::MeasurePlan *MeasurePlanPage::shownPlan() const
{
    const QString id = m_binder->recordId();
    for (const core::MeasurePlan &p : m_data.measurePlans)
        if (!id.isEmpty() && p.id == id)
            return &p;
    return nullptr;
}

void MeasurePlanPage::reload()
{
    if (!context().hasFile())
        return;
    try {
        loadData();
    } catch (const std::exception &error) {
        // A colleague's lock just now: what is shown stays until the next reload.
        emit context().errorOccurred(QString::fromUtf8(error.what()));
        return;
    }
    const core::MeasurePlan *current = core::PlanChecklist::current(m_data.measurePlans);
    const QDate today = context().file()->clock().today();
    QList<ListEntry> entries;
    for (const core::MeasurePlan &p : std::as_const(m_data.measurePlans)) {
        // The plan in force is marked when it has expired.
        const bool expired = &p == current && p.validTo.isValid() && p.validTo < today;
        QString tip = p.validTo.isValid()
                          ? tr("Valid until %1.").arg(p.validTo.toString(Qt::ISODate))
                          : tr("No end of validity.");
        if (expired)
            tip = tr("Expired on %1.").arg(p.validTo.toString(Qt::ISODate));
        entries.append({p.id,
                        {},
                        p.title.isEmpty() ? tr("(untitled)") : p.title,
                        core::EnumLabels::label(p.status),
                        tip,
                        expired,
                        {}});
    }
    list()->setEntries(entries);
    showRecord(list()->currentId());
}

void MeasurePlanPage::showRecord(const QString &id)
{
    QList<QPair<QString, QString>> editions;
    for (const core::SituationPicture &p : std::as_const(m_data.situationPictures))
        editions.append(
            {p.id,
             tr("%1 (%2)", "edition (status)").arg(p.title, core::EnumLabels::label(p.status))});
    m_basis->setChoices(editions, true);
    if (m_binder->recordId() == id)
        m_binder->load();
    else
        m_binder->setRecord(RecordKind::MeasurePlan, id);
    const core::MeasurePlan *plan = shownPlan();
    const bool decided = plan && plan->status == core::PlanStatus::Decided;
    const bool readOnly = context().file()->isReadOnly();
    m_binder->setFrozen(decided);
    m_lockNote->setVisible(decided);
    m_dates->setParentId(id);
    m_dates->setEnabled(!id.isEmpty());
    m_dates->setEditable(!readOnly);
    m_dates->setDefaults({{QStringLiteral("date"), context().file()->clock().today()}});
    m_dates->reload();
    m_rows->setParentId(id);
    m_rows->setEnabled(!id.isEmpty());
    m_rows->setEditable(!decided && !readOnly);
    m_rows->reload();
    if (m_rows->currentId().isEmpty() && m_rows->model()->rowCount() > 0)
        m_rows->selectId(m_rows->model()->idAt(0));
    m_adopt->setEnabled(!id.isEmpty() && !decided && !readOnly);
    m_export->setEnabled(!id.isEmpty()); // no plan, no document
    fillAdoptMenu();
    showRow(m_rows->currentId());
}

void MeasurePlanPage::showRow(const QString &rowId)
{
    PlanRowPanel::Shown shown;
    const core::MeasurePlan *plan = shownPlan();
    if (plan)
        for (const core::PlanRow &r : plan->rows)
            if (r.id == rowId)
                shown.row = r;
    for (const core::PlanTable::Row &v : std::as_const(m_view))
        if (v.id == rowId)
            shown.view = v;
    shown.problems = offeredProblems();
    shown.parties = m_data.parties;
    shown.people = m_data.people;
    shown.frozen = plan && plan->status == core::PlanStatus::Decided;
    shown.readOnly = context().file()->isReadOnly();
    m_rowPanel->show(shown);
}

QList<QPair<QString, QString>> MeasurePlanPage::offeredProblems() const
{
    const core::MeasurePlan *plan = shownPlan();
    const core::SituationPicture *edition = nullptr;
    for (const core::SituationPicture &p : m_data.situationPictures)
        if (plan && p.id == plan->situationPicture)
            edition = &p;
    if (!edition)
        edition = core::LawChecklist::current(m_data.situationPictures);
    QList<QPair<QString, QString>> out;
    if (!edition)
        return out;
    for (int i = 0; i < edition->problems.size(); ++i)
        out.append({edition->problems.at(i).id,
                    tr("Problem %1: %2").arg(i + 1).arg(edition->problems.at(i).title)});
    return out;
}

void MeasurePlanPage::fillAdoptMenu()
{
    QMenu *menu = m_adopt->menu();
    menu->clear();
    QStringList adopted;
    if (const core::MeasurePlan *plan = shownPlan())
        for (const core::PlanRow &r : plan->rows)
            adopted << r.measure;
    for (const core::Agreement &a : std::as_const(m_data.agreements)) {
        if (a.measures.isEmpty())
            continue;
        QMenu *sub = menu->addMenu(a.title.isEmpty() ? tr("(untitled agreement)") : a.title);
        for (const core::Measure &m : a.measures) {
            QString text = m.title.isEmpty() ? tr("(untitled)") : m.title;
            if (adopted.contains(m.id))
                text = tr("%1 (already in the plan)").arg(text);
            QAction *action = sub->addAction(text);
            action->setEnabled(!adopted.contains(m.id));
            const QString id = m.id;
            connect(action, &QAction::triggered, this, [this, id] { adoptMeasure(id); });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("The file's agreements have no measures yet"))->setEnabled(false);
}

QString MeasurePlanPage::adoptMeasure(const QString &measureId)
{
    const QString planId = m_binder->recordId();
    if (planId.isEmpty())
        return {};
    const QString id =
        context().insertRecord(RecordKind::PlanRow, planId,
                               {{QStringLiteral("measure"), measureId}}, -1, tr("Adopt measure"));
    if (!id.isEmpty()) {
        reload();
        m_rows->selectId(id);
        showRow(id);
    }
    return id;
}

QString MeasurePlanPage::addPlan()
{
    const QDate today = context().file()->clock().today();
    // The list outlives the pointer into it.
    const QList<core::SituationPicture> editions = context().file()->situationPictures();
    const core::SituationPicture *basis = core::LawChecklist::current(editions);
    QVariantMap fields{{QStringLiteral("title"), tr("Measure plan %1").arg(today.year())},
                       {QStringLiteral("validFrom"), today},
                       {QStringLiteral("validTo"), QDate(today.year() + 1, 12, 31)}};
    if (basis)
        fields.insert(QStringLiteral("situationPicture"), basis->id);
    return addRecord(RecordKind::MeasurePlan, {}, fields, tr("New measure plan"));
}

void MeasurePlanPage::addRequested()
{
    addPlan();
}

void MeasurePlanPage::removeRequested(const QString &id)
{
    removeRecord(RecordKind::MeasurePlan, id, tr("Remove measure plan"));
}

} // namespace samverka::ui
