#include "PromiseSetsPage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "UiErrors.h"
#include "models/RecordId.h"
#include "models/SignatoryFromPerson.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/NumberField.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/RecordTableEditor.h"
#include "widgets/TextField.h"

#include <QHBoxLayout>
#include <QLabel>

namespace samverka::ui {

using storage::RecordKind;

PromiseSetsPage::PromiseSetsPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Citizen promise sets"), parent)
    , m_setBinder(new FieldBinder(context, this))
    , m_promiseBinder(new FieldBinder(context, this))
    , m_title(new LineField)
    , m_agreement(new EnumCombo)
    , m_fromYear(new NumberField(0, 2000, 2100))
    , m_toYear(new NumberField(0, 2000, 2100))
    , m_preamble(new TextField)
    , m_basis(new LinkChecklist)
    , m_status(new EnumCombo)
    , m_promises(new RecordTableEditor(context, RecordKind::Promise, {}))
    , m_responsible(new LinkChecklist)
    , m_measures(new LinkChecklist)
    , m_signatures(new RecordTableEditor(context, RecordKind::Signature, {}))
{
    list()->setHeaders(tr("Set"), tr("Status"));
    list()->setAddText(tr("Add set"));
    list()->setEmptyText(tr("No citizen promises yet. A set holds the short public promises of "
                            "police and municipality for one or two years."));
    list()->setRemoveText(tr("Remove set"));
    m_basis->setItems(RecordLabels::enumItems<core::PromiseBasis>());
    m_basis->setFitRows(5);
    m_status->setEnum<core::PromiseSetStatus>(false);
    m_fromYear->setGroupSeparatorShown(false);
    m_toYear->setGroupSeparatorShown(false);
    m_fromYear->setName(tr("From year"));
    m_toYear->setName(tr("To year"));
    m_preamble->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_promises->setNoun(tr("promise"));
    m_promises->setAddLabel(tr("Add promise"));
    m_promises->setReorderable(true);
    m_promises->setDefaults({{QStringLiteral("text"), tr("New promise")}});
    m_signatures->setNoun(tr("signatory"));
    m_signatures->setDefaults({{QStringLiteral("name"), tr("New signatory")}});
    m_responsible->setOrdered(true);
    m_responsible->setFitRows(5);
    m_measures->setFitRows(6);
    m_promises->setVisibleRows(5);
    m_promises->setStretchColumn(0);
    m_signatures->setVisibleRows(4);

    auto *content = new QWidget;
    auto *form = makeForm(content);
    addFormRow(form, tr("&Title:"), m_title);
    addFormRow(form, tr("&Agreement:"), m_agreement);
    auto *years = new QWidget;
    auto *yearsRow = new QHBoxLayout(years);
    yearsRow->setContentsMargins(0, 0, 0, 0);
    yearsRow->addWidget(m_fromYear);
    auto *toLabel = new QLabel(tr("to"));
    toLabel->setBuddy(m_toYear);
    yearsRow->addWidget(toLabel);
    yearsRow->addWidget(m_toYear);
    yearsRow->addStretch(1);
    addFormRow(form, tr("&Years:"), years)->setBuddy(m_fromYear);
    addFormRow(form, tr("&Preamble:"), m_preamble);
    addFormRow(form, tr("&Based on:"), m_basis);
    addFormRow(form, tr("&Status:"), m_status);
    addFormRow(form, tr("Pro&mises:"), m_promises);
    addFormRow(form, tr("Promise: &responsible:"), m_responsible);
    addFormRow(form, tr("Promise: measures:"), m_measures);
    addFormRow(form, tr("Signatories:"), m_signatures);

    setUpLayout(content, {300, 720});

    m_setBinder->bind(m_title, QStringLiteral("title"), tr("Edit promise set title"));
    m_setBinder->bind(m_agreement, QStringLiteral("agreement"), tr("Edit promise set agreement"));
    m_setBinder->bind(m_fromYear, QStringLiteral("fromYear"), tr("Edit from year"));
    m_setBinder->bind(m_toYear, QStringLiteral("toYear"), tr("Edit to year"));
    m_setBinder->bind(m_preamble, QStringLiteral("preamble"), tr("Edit preamble"));
    m_setBinder->bind(m_basis, QStringLiteral("basis"), tr("Edit basis"));
    m_setBinder->bind(m_status, QStringLiteral("status"), tr("Edit promise set status"));
    m_setBinder->setValidator([this](const QString &field, const QVariant &value) -> QString {
        QVariant from = field == QLatin1String("fromYear") ? value : m_fromYear->value();
        QVariant to = field == QLatin1String("toYear") ? value : m_toYear->value();
        if (from.isValid() && to.isValid() && to.toInt() < from.toInt())
            return tr("The last year is before the first. Not saved.");
        return {};
    });
    auto *hint = new QLabel;
    form->insertRow(3, QString(), hint);
    m_setBinder->setHintLabel(hint);
    m_promiseBinder->bind(m_responsible, QStringLiteral("responsible"),
                          tr("Edit promise responsible"));
    m_promiseBinder->bind(m_measures, QStringLiteral("measures"), tr("Edit promise measures"));

    m_promises->setColumns({TableColumn::text(QStringLiteral("text"), tr("Promise")),
                            TableColumn::choice(
                                QStringLiteral("status"), tr("Status"),
                                [] {
                                    QList<QPair<QString, QString>> c;
                                    for (auto s : core::allValues<core::MeasureStatus>())
                                        c.append({core::toWord(s), core::EnumLabels::label(s)});
                                    return c;
                                }(),
                                false)});
    m_promises->setRowProvider([this] {
        QList<TableRow> rows;
        for (const core::CitizenPromise &p : shownSet().promises)
            rows.append({p.id, {p.text, core::toWord(p.status)}});
        return rows;
    });
    m_signatures->setRowProvider([this] {
        QList<TableRow> rows;
        for (const auto &[id, s] : signatories())
            rows.append({id, {s.person, s.name, s.title, s.party, s.place, s.date, s.signed_}});
        return rows;
    });
    m_signatures->setCompanions(
        [this](const QString &id, const QString &field, const QVariant &value) {
            return SignatoryFromPerson::companions(signatories(), this->context().file()->people(),
                                                   id, field, value);
        });

    connect(m_promises, &RecordTableEditor::currentChanged, this, &PromiseSetsPage::showPromise);
}

core::CitizenPromiseSet PromiseSetsPage::shownSet() const
{
    // From the file, not from m_sets: a table reloads right after its own Add, before
    // the page has read the file again, and must already show the new row to open it.
    if (!context().hasFile() || m_setBinder->recordId().isEmpty())
        return {};
    for (const core::CitizenPromiseSet &set : context().file()->promiseSets())
        if (set.id == m_setBinder->recordId())
            return set;
    return {};
}

QList<QPair<QString, core::Signature>> PromiseSetsPage::signatories() const
{
    QList<QPair<QString, core::Signature>> rows;
    const core::CitizenPromiseSet set = shownSet();
    for (qsizetype i = 0; i < set.signatures.size(); ++i) {
        const core::Signature &s = set.signatures.at(i);
        // One imported without an id by the file's id of its row.
        rows.append({fileIdOf(s), s});
    }
    return rows;
}

QString PromiseSetsPage::title() const
{
    return tr("Citizen promises");
}

void PromiseSetsPage::showRecord(const QString &id)
{
    if (m_setBinder->recordId() == id)
        m_setBinder->load();
    else
        m_setBinder->setRecord(RecordKind::PromiseSet, id);
    QString agreementId;
    for (const core::CitizenPromiseSet &set : std::as_const(m_sets))
        if (set.id == id)
            agreementId = set.agreement;
    QList<LinkItem> measures;
    if (!agreementId.isEmpty()) {
        try {
            measures = RecordLabels::measures(context().file()->agreement(agreementId));
        } catch (const std::exception &error) {
            UiErrors::recordGone(context(), QStringLiteral("PromiseSetsPage::showRecord"), error);
        }
    }
    m_measures->setItems(measures);
    m_responsible->setItems(RecordLabels::parties(context().file()->parties()));
    for (RecordTableEditor *table : {m_promises, m_signatures}) {
        table->setParentId(id);
        table->setEnabled(!id.isEmpty());
        table->reload();
    }
    showPromise(m_promises->currentId());
}

void PromiseSetsPage::showPromise(const QString &id)
{
    if (m_promiseBinder->recordId() == id)
        m_promiseBinder->load();
    else
        m_promiseBinder->setRecord(RecordKind::Promise, id);
}

void PromiseSetsPage::reload()
{
    if (!context().hasFile())
        return;
    m_sets = context().file()->promiseSets();
    const QList<core::Agreement> agreements = context().file()->agreementHeads();
    QList<QPair<QString, QString>> agreementChoices;
    for (const core::Agreement &a : agreements)
        agreementChoices.append({a.id, a.title});
    m_agreement->setChoices(agreementChoices, true);
    // The person first: choosing one fills in the name, title and party after it.
    m_signatures->setColumns(
        {TableColumn::choice(QStringLiteral("person"), tr("Person"),
                             RecordLabels::personChoices(context().file()->people())),
         TableColumn::text(QStringLiteral("name"), tr("Name")),
         TableColumn::text(QStringLiteral("title"), tr("Title")),
         TableColumn::choice(QStringLiteral("party"), tr("Party"),
                             RecordLabels::partyChoices(context().file()->parties())),
         TableColumn::text(QStringLiteral("place"), tr("Place")),
         TableColumn::of(TableColumn::Type::Date, QStringLiteral("date"), tr("Date")),
         TableColumn::of(TableColumn::Type::Bool, QStringLiteral("signed"), tr("Signed"))});
    QList<ListEntry> entries;
    for (const core::CitizenPromiseSet &set : std::as_const(m_sets)) {
        if (!target().agreementId.isEmpty() && !set.agreement.isEmpty() &&
            set.agreement != target().agreementId)
            continue;
        QString years;
        if (set.fromYear)
            years = set.toYear && *set.toYear != *set.fromYear
                        ? QStringLiteral(" %1–%2").arg(*set.fromYear).arg(*set.toYear)
                        : QStringLiteral(" %1").arg(*set.fromYear);
        entries.append({set.id,
                        {},
                        (set.title.isEmpty() ? tr("(untitled)") : set.title) + years,
                        core::EnumLabels::label(set.status),
                        set.preamble,
                        false,
                        {}});
    }
    list()->setEntries(entries);
    showRecord(list()->currentId());
}

QString PromiseSetsPage::addSet()
{
    QVariantMap fields{{QStringLiteral("title"), tr("Citizen promises")},
                       {QStringLiteral("fromYear"), context().file()->clock().today().year()}};
    if (!target().agreementId.isEmpty())
        fields.insert(QStringLiteral("agreement"), target().agreementId);
    return addRecord(RecordKind::PromiseSet, {}, fields, tr("Add promise set"));
}

void PromiseSetsPage::addRequested()
{
    addSet();
}

void PromiseSetsPage::removeRequested(const QString &id)
{
    removeRecord(RecordKind::PromiseSet, id, tr("Remove promise set"));
}

} // namespace samverka::ui
