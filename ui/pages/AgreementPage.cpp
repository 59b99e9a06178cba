#include "AgreementPage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "UiErrors.h"
#include "models/RecordId.h"
#include "widgets/CheckField.h"
#include "widgets/DateField.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/LinkChecklist.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordTableEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

AgreementPage::AgreementPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_binder(new FieldBinder(context, this))
    , m_heading(PageHeading::create(this))
    , m_status(new QLabel(this))
    , m_replaces(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_title(new LineField(this))
    , m_validFrom(new DateField(this))
    , m_fromSigning(new CheckField(tr("From the date of signing"), this))
    , m_validTo(new DateField(this))
    , m_untilFurtherNotice(new CheckField(tr("Continues until further notice"), this))
    , m_parties(new LinkChecklist(this))
    , m_diaryNumbers(new RecordTableEditor(context, RecordKind::DiaryNumber, {}, this))
    , m_decidedBy(new LineField(this))
    , m_decidedOn(new DateField(this))
{
    auto *content = new QWidget;
    auto *form = makeForm(content);
    addFormRow(form, tr("&Title:"), m_title);
    addFormRow(form, tr("Status:"), m_status);
    auto *from = new QWidget;
    auto *fromRow = new QHBoxLayout(from);
    fromRow->setContentsMargins(0, 0, 0, 0);
    fromRow->addWidget(m_validFrom);
    fromRow->addWidget(m_fromSigning);
    fromRow->addStretch(1);
    addFormRow(form, tr("Valid &from:"), from)->setBuddy(m_validFrom);
    m_validFrom->setName(tr("Valid from"));
    auto *to = new QWidget;
    auto *toRow = new QHBoxLayout(to);
    toRow->setContentsMargins(0, 0, 0, 0);
    toRow->addWidget(m_validTo);
    toRow->addWidget(m_untilFurtherNotice);
    toRow->addStretch(1);
    addFormRow(form, tr("Valid &to:"), to)->setBuddy(m_validTo);
    m_validTo->setName(tr("Valid to"));
    form->addRow(QString(), m_hint);
    addFormRow(form, tr("&Parties:"), m_parties);
    m_diaryNumbers->setNoun(tr("diary number"));
    addFormRow(form, tr("&Diary numbers:"), m_diaryNumbers);
    addFormRow(form, tr("Replaces:"), m_replaces);
    addFormRow(form, tr("Decided &by:"), m_decidedBy);
    addFormRow(form, tr("Decided &on:"), m_decidedOn);
    m_decidedOn->setName(tr("Decided on"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);

    m_binder->bind(m_title, QStringLiteral("title"), tr("Edit title"));
    m_binder->bind(m_validFrom, QStringLiteral("validFrom"), tr("Edit valid from"));
    m_binder->bind(m_fromSigning, QStringLiteral("validFromSigning"),
                   tr("Edit valid from signing"));
    m_binder->bind(m_validTo, QStringLiteral("validTo"), tr("Edit valid to"));
    m_binder->bind(m_untilFurtherNotice, QStringLiteral("continuesUntilFurtherNotice"),
                   tr("Edit until further notice"));
    m_binder->bind(m_parties, QStringLiteral("parties"), tr("Edit parties"));
    m_binder->bind(m_decidedBy, QStringLiteral("decidedBy"), tr("Edit decided by"));
    m_binder->bind(m_decidedOn, QStringLiteral("decidedOn"), tr("Edit decided on"));
    m_binder->setHintLabel(m_hint);
    m_binder->setValidator(
        [this](const QString &field, const QVariant &value) { return validate(field, value); });
    m_parties->setFitRows(10);
    m_diaryNumbers->setVisibleRows(5);

    m_diaryNumbers->setRowProvider([this] {
        QList<TableRow> rows;
        if (!this->context().hasFile() || target().agreementId.isEmpty())
            return rows;
        try {
            const core::Agreement agreement =
                this->context().file()->agreement(target().agreementId);
            for (qsizetype i = 0; i < agreement.diaryNumbers.size(); ++i) {
                const core::DiaryNumber &number = agreement.diaryNumbers.at(i);
                rows.append({fileIdOf(number), {number.party, number.number}});
            }
        } catch (const std::exception &error) {
            UiErrors::recordGone(this->context(), QStringLiteral("AgreementPage, diary numbers"),
                                 error);
        }
        return rows;
    });
}

QString AgreementPage::validate(const QString &field, const QVariant &value) const
{
    QDate from = m_validFrom->value();
    QDate to = m_validTo->value();
    if (field == QLatin1String("validFrom"))
        from = value.toDate();
    else if (field == QLatin1String("validTo"))
        to = value.toDate();
    else
        return {};
    if (from.isValid() && to.isValid() && to < from)
        return tr("The period ends before it starts: valid to (%1) is before valid from (%2). "
                  "Not saved.")
            .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate));
    return {};
}

void AgreementPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    m_binder->setRecord(RecordKind::Agreement, target.agreementId);
    reload();
}

QString AgreementPage::title() const
{
    return tr("Agreement");
}

void AgreementPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        if (!UiErrors::recordGone(context(), QStringLiteral("AgreementPage::reload"), error))
            return; // reported; keep what the page shows
        m_heading->setText(tr("The agreement no longer exists"));
        m_binder->setRecord(RecordKind::Agreement, {});
        return;
    }
    const QList<core::Party> parties = context().file()->parties();
    m_heading->setText(agreement.title.isEmpty() ? tr("Agreement") : agreement.title);
    // An empty date's calendar opens near the period's start, not at today.
    m_validTo->setReferenceDate(agreement.validFrom);
    m_decidedOn->setReferenceDate(agreement.validFrom);
    m_status->setText(core::EnumLabels::label(agreement.status));
    QString replaces = tr("—");
    if (!agreement.replaces.isEmpty()) {
        replaces = agreement.replaces;
        for (const core::Agreement &other : context().file()->agreementHeads())
            if (other.id == agreement.replaces)
                replaces = other.title;
    }
    m_replaces->setText(replaces);
    m_parties->setItems(RecordLabels::parties(parties));
    m_diaryNumbers->setColumns({TableColumn::choice(QStringLiteral("party"), tr("Party"),
                                                    RecordLabels::partyChoices(parties)),
                                TableColumn::text(QStringLiteral("number"), tr("Diary number"))});
    m_diaryNumbers->setParentId(agreement.id);
    m_diaryNumbers->reload();
    m_binder->load();
    const bool frozen = agreement.isSigned();
    m_binder->setFrozen(frozen);
    m_diaryNumbers->setEditable(!frozen);
}

void AgreementPage::focusForNaming()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

} // namespace samverka::ui
