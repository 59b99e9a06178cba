#include "CauseAnalysisPage.h"

#include "AppContext.h"
#include "EnumLabels.h"
#include "widgets/CheckField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/RecordListPanel.h"
#include "widgets/TextField.h"

#include <QLabel>
#include <QPushButton>

namespace samverka::ui {

using storage::RecordKind;

CauseAnalysisPage::CauseAnalysisPage(AppContext &context, QWidget *parent)
    : ListEditorPage(context, tr("Problems and causes"), parent)
    , m_binder(new FieldBinder(context, this))
    , m_number(PageHeading::create(nullptr))
    , m_hint(new QLabel)
    , m_text(new TextField)
    , m_perspective(new EnumCombo)
    , m_proximity(new EnumCombo)
    , m_nature(new EnumCombo)
    , m_riskDomain(new EnumCombo)
    , m_withinMandate(new CheckField(tr("The parties can influence this cause")))
    , m_confidential(new CheckField(tr("Confidential (sekretess)")))
    , m_informationHolder(new EnumCombo)
{
    list()->setHeaders(tr("Problem / cause"));
    list()->setAddText(tr("Add cause"));
    list()->setEmptyText(tr("No problems to analyse yet. Add the problems to the problem picture "
                            "first; their causes are listed here."),
                         false);
    list()->setRemoveText(tr("Remove cause"));
    m_perspective->setEnum<core::Perspective>(true);
    m_proximity->setEnum<core::Proximity>(true);
    m_nature->setEnum<core::CauseNature>(true);
    m_riskDomain->setEnum<core::RiskDomain>(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_hint->setWordWrap(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 8);

    auto *content = new QWidget;
    auto *form = makeForm(content);
    form->addRow(m_number);
    addFormRow(form, tr("&Cause:"), m_text);
    addFormRow(form, tr("&Perspective:"), m_perspective);
    addFormRow(form, tr("P&roximity:"), m_proximity);
    addFormRow(form, tr("&Nature:"), m_nature);
    addFormRow(form, tr("Risk &domain:"), m_riskDomain);
    addFormRow(form, tr("Mandate:"), m_withinMandate);
    addFormRow(form, tr("Secrecy:"), m_confidential);
    addFormRow(form, tr("&Information held by:"), m_informationHolder);
    form->addRow(QString(), m_hint);

    setUpLayout(content, {420, 580});

    m_binder->bind(m_text, QStringLiteral("text"), tr("Edit cause"));
    m_binder->bind(m_perspective, QStringLiteral("perspective"), tr("Edit perspective"));
    m_binder->bind(m_proximity, QStringLiteral("proximity"), tr("Edit proximity"));
    m_binder->bind(m_nature, QStringLiteral("nature"), tr("Edit nature"));
    m_binder->bind(m_riskDomain, QStringLiteral("riskDomain"), tr("Edit risk domain"));
    m_binder->bind(m_withinMandate, QStringLiteral("withinMandate"), tr("Edit mandate"));
    m_binder->bind(m_confidential, QStringLiteral("confidential"), tr("Edit secrecy"));
    m_binder->bind(m_informationHolder, QStringLiteral("informationHolder"),
                   tr("Edit information holder"));
    connect(m_binder, &FieldBinder::committed, this, &CauseAnalysisPage::updateHint);
}

QString CauseAnalysisPage::title() const
{
    return tr("Cause analysis");
}

void CauseAnalysisPage::showRecord(const QString &id)
{
    const bool isCause = m_problemOfCause.contains(id);
    m_binder->setRecord(RecordKind::Cause, isCause ? id : QString());
    m_number->setText(isCause ? m_causeNumbers.value(id) : tr("Select a cause"));
    list()->removeButton()->setEnabled(isCause && !isFrozen());
    list()->addButton()->setEnabled(!id.isEmpty() && !isFrozen());
    updateHint();
}

void CauseAnalysisPage::updateHint()
{
    QString hint;
    if (!m_binder->recordId().isEmpty() &&
        m_binder->value(QStringLiteral("confidential")).toBool() &&
        m_binder->value(QStringLiteral("informationHolder")).toString().isEmpty())
        hint = tr("A confidential cause should name the party that holds the information "
                  "instead of the details.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void CauseAnalysisPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    if (!readTargetAgreement(agreement))
        return;
    m_informationHolder->setChoices(RecordLabels::partyChoices(context().file()->parties()), true);
    m_problemIds.clear();
    m_problemOfCause.clear();
    m_causeNumbers.clear();
    QList<ListEntry> entries;
    for (int p = 0; p < agreement.problems.size(); ++p) {
        const core::Problem &problem = agreement.problems.at(p);
        m_problemIds.insert(problem.id);
        ListEntry entry;
        entry.id = problem.id;
        entry.label = QStringLiteral("%1. %2").arg(p + 1).arg(problem.title);
        entry.warn = problem.prioritized && problem.causes.isEmpty();
        if (entry.warn)
            entry.toolTip = tr("A prioritised problem without a cause analysis");
        entries.append(entry);
        for (int c = 0; c < problem.causes.size(); ++c) {
            const core::Cause &cause = problem.causes.at(c);
            const QString number =
                RecordLabels::causeNumber(p + 1, cause.number > 0 ? cause.number : c + 1);
            m_problemOfCause.insert(cause.id, problem.id);
            m_causeNumbers.insert(cause.id, number);
            ListEntry child;
            child.id = cause.id;
            child.parentId = problem.id;
            child.label = number + QStringLiteral(" – ") + RecordLabels::brief(cause.text, 70);
            if (cause.confidential)
                child.label += tr(" (confidential)");
            child.toolTip = cause.text;
            entries.append(child);
        }
    }
    const bool hadSelection = !list()->currentId().isEmpty();
    list()->setEntries(entries);
    // Opening the page shows the first cause rather than an empty editor.
    if (!hadSelection && !m_problemOfCause.isEmpty()) {
        for (const ListEntry &entry : std::as_const(entries))
            if (!entry.parentId.isEmpty()) {
                list()->selectId(entry.id);
                break;
            }
    }
    const bool frozen = agreement.isSigned();
    list()->setEditable(!frozen);
    m_binder->setFrozen(frozen);
    showRecord(list()->currentId());
}

QString CauseAnalysisPage::addCause(const QString &problemId, const QString &text)
{
    if (problemId.isEmpty())
        return {};
    const QString id =
        addRecord(RecordKind::Cause, problemId, {{QStringLiteral("text"), text}}, tr("Add cause"));
    if (!id.isEmpty())
        m_text->setFocus();
    return id;
}

bool CauseAnalysisPage::removeCause(const QString &causeId)
{
    if (!m_problemOfCause.contains(causeId))
        return false;
    return removeRecord(RecordKind::Cause, causeId, tr("Remove cause"));
}

void CauseAnalysisPage::addRequested()
{
    // Under the selected problem, or under the problem of the selected cause.
    const QString id = list()->currentId();
    addCause(m_problemIds.contains(id) ? id : m_problemOfCause.value(id));
}

void CauseAnalysisPage::removeRequested(const QString &id)
{
    removeCause(id);
}

} // namespace samverka::ui
