#include "LifecycleController.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/SignDialog.h"

#include "EnumLabels.h"
#include "Fingerprint.h"
#include "MethodChecklist.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>

namespace samverka::ui {

using Status = core::AgreementStatus;

LifecycleController::LifecycleController(AppContext &context, QWidget &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
{}

QString LifecycleController::currentAgreementId() const
{
    if (!m_context.hasFile())
        return {};
    const QString shown = m_context.currentTarget().agreementId;
    if (!shown.isEmpty())
        return shown;
    QList<core::Agreement> all;
    try {
        all = m_context.file()->agreementHeads();
    } catch (const storage::StorageError &) {
        return {};
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (!it->isSigned())
            return it->id;
    return all.isEmpty() ? QString() : all.last().id;
}

bool LifecycleController::load(core::Agreement &agreement) const
{
    const QString id = currentAgreementId();
    if (id.isEmpty())
        return false;
    try {
        agreement = m_context.file()->agreement(id);
        return true;
    } catch (const storage::StorageError &e) {
        emit m_context.errorOccurred(e.message());
        return false;
    }
}

void LifecycleController::newAgreement()
{
    if (!m_context.hasFile())
        return;
    QUndoStack *stack = m_context.undoStack();
    stack->beginMacro(tr("New agreement"));
    // Every agreement is between the municipality and the police: both are parties from
    // the start (the user unticks or adds others on the agreement page).
    QStringList parties;
    try {
        for (const core::Party &p : m_context.file()->parties())
            if (p.kind == core::PartyKind::Municipality || p.kind == core::PartyKind::Police)
                parties << p.id;
    } catch (const std::exception &error) {
        UiErrors::recordGone(m_context,
                             QStringLiteral("LifecycleController, new agreement's parties"), error);
    }
    QVariantMap fields{{QStringLiteral("title"), tr("New agreement")}};
    if (!parties.isEmpty())
        fields.insert(QStringLiteral("parties"), parties);
    const QString id = m_context.insertRecord(storage::RecordKind::Agreement, {}, fields);
    if (!id.isEmpty()) {
        // The handbook's plain check items of step 1, for the user to tick.
        for (const QString &text :
             {tr("First leadership meeting held"), tr("Decision to collaborate recorded")})
            m_context.insertRecord(storage::RecordKind::CheckItem, id,
                                   {{QStringLiteral("step"), 1},
                                    {QStringLiteral("text"), text},
                                    {QStringLiteral("done"), false}});
    }
    stack->endMacro();
    if (!id.isEmpty()) {
        m_context.navigate(NavTarget{NavTarget::Page::Agreement, id, {}});
        emit agreementCreated(id);
    }
}

void LifecycleController::sendForReview()
{
    core::Agreement a;
    if (!load(a))
        return;
    if (m_context.run([&] { m_context.file()->setAgreementStatus(a.id, Status::InReview); }))
        emit statusMessage(tr("“%1” was sent for review.").arg(a.title));
}

void LifecycleController::markReady()
{
    core::Agreement a;
    if (!load(a))
        return;
    ChecklistDialog dialog(a, core::MethodChecklist::check(a), &m_window);
    if (dialog.exec() == QDialog::Accepted) {
        if (m_context.run(
                [&] { m_context.file()->setAgreementStatus(a.id, Status::ReadyForSigning); }))
            emit statusMessage(tr("“%1” is ready for signing.").arg(a.title));
    } else if (dialog.jumpTarget().page != NavTarget::Page::None) {
        m_context.navigate(dialog.jumpTarget());
    }
}

void LifecycleController::sign()
{
    core::Agreement a;
    if (!load(a))
        return;
    QString place;
    try {
        place = m_context.file()->municipality().name;
    } catch (const storage::StorageError &error) {
        UiErrors::recordGone(m_context, QStringLiteral("LifecycleController::sign"), error);
    }
    const QList<core::Finding> findings = core::MethodChecklist::check(a);
    if (a.status != Status::ReadyForSigning && !confirmUnreviewedSigning(a, findings))
        return;
    SignDialog dialog(a, findings, place, m_context.file()->clock().today(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString fingerprint;
    if (!m_context.run([&] {
            fingerprint =
                m_context.file()->sign(a.id, dialog.date(), dialog.place(), dialog.signatureIds());
        }))
        return;
    const QString shown = core::Fingerprint::display(fingerprint);
    emit statusMessage(tr("“%1” was signed. Fingerprint %2.").arg(a.title, shown));
    QMessageBox::information(&m_window, tr("Signed"),
                             tr("“%1” is signed and locked.\n\nFingerprint: %2\n\nA printed copy "
                                "can be checked against the file with this fingerprint.")
                                 .arg(a.title, shown));
}

bool LifecycleController::confirmUnreviewedSigning(const core::Agreement &a,
                                                   const QList<core::Finding> &findings) const
{
    // Plain text: a finding quotes what users typed, which is never markup.
    constexpr qsizetype maxListed = 12;
    QStringList lines;
    lines << tr("“%1” has the status %2, not %3: its review is not finished.")
                 .arg(a.title, core::EnumLabels::label(a.status),
                      core::EnumLabels::label(Status::ReadyForSigning));
    lines << QString();
    if (findings.isEmpty()) {
        lines << tr("The method checklist finds nothing missing.");
    } else {
        lines << tr("The method checklist finds %n thing(s) missing:", nullptr,
                    int(findings.size()));
        for (qsizetype i = 0; i < findings.size() && i < maxListed; ++i)
            lines << QStringLiteral("• ") + findings.at(i).message;
        if (findings.size() > maxListed)
            lines << tr("… and %n more.", nullptr, int(findings.size() - maxListed));
    }
    lines << QString() << tr("Do you want to sign it anyway?");

    QMessageBox box(QMessageBox::Warning, tr("Sign before the review is finished?"),
                    lines.join(QLatin1Char('\n')), QMessageBox::Yes | QMessageBox::No, &m_window);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("&Sign anyway"));
    box.button(QMessageBox::No)->setText(tr("&Do not sign"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void LifecycleController::revise()
{
    core::Agreement a;
    if (!load(a) || !a.isSigned())
        return;
    const auto answer = QMessageBox::question(
        &m_window, tr("Revise"),
        tr("Make a new draft copied from “%1”? The signed agreement stays as it is; the new "
           "draft replaces it once signed.")
            .arg(a.title));
    if (answer != QMessageBox::Yes)
        return;
    QString draft;
    if (m_context.run([&] { draft = m_context.file()->revise(a.id); })) {
        emit statusMessage(tr("A new draft replacing “%1” was made.").arg(a.title));
        m_context.navigate(NavTarget{NavTarget::Page::Agreement, draft, {}});
    }
}

void LifecycleController::updateActions(const MainMenus::Actions &actions) const
{
    const bool writable = m_context.hasFile() && !m_context.file()->isReadOnly();
    core::Agreement a;
    bool have = false;
    if (writable) {
        const QString id = currentAgreementId();
        if (!id.isEmpty()) {
            try {
                // The status alone decides the actions: reading the whole agreement here
                // cost every opening and every navigation a full load.
                a.status = core::fromWord<Status>(m_context.file()
                                                      ->field(storage::RecordKind::Agreement, id,
                                                              QStringLiteral("status"))
                                                      .toString())
                               .value_or(Status::Draft);
                have = true;
            } catch (const storage::StorageError &error) {
                UiErrors::recordGone(m_context, QStringLiteral("LifecycleController, actions"),
                                     error);
            }
        }
    }
    actions.newAgreement->setEnabled(writable);
    actions.sendForReview->setEnabled(have && a.status == Status::Draft);
    actions.markReady->setEnabled(have &&
                                  (a.status == Status::Draft || a.status == Status::InReview));
    actions.sign->setEnabled(have && !a.isSigned());
    actions.revise->setEnabled(have && a.isSigned());
    // Comparing reads only: a read-only file's agreements are compared too.
    bool two = false;
    if (m_context.hasFile()) {
        try {
            two = m_context.file()->agreementHeads().size() > 1;
        } catch (const storage::StorageError &error) {
            UiErrors::recordGone(m_context, QStringLiteral("LifecycleController, compare"), error);
        }
    }
    actions.compare->setEnabled(two);
}

} // namespace samverka::ui
