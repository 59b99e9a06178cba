#include "BannerController.h"

#include "AppContext.h"
#include "InfoBanner.h"

#include "AgreementFacts.h"
#include "Fingerprint.h"

#include <QCoreApplication>
#include <QLocale>

namespace samverka::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::ui::BannerController", text);
}
} // namespace

BannerController::BannerController(AppContext &context, InfoBanner &readOnly,
                                   InfoBanner &signedBanner)
    : m_context(context)
    , m_readOnly(readOnly)
    , m_signed(signedBanner)
{}

bool BannerController::showsFrozenContent(NavTarget::Page page)
{
    using P = NavTarget::Page;
    switch (page) {
    case P::Agreement:
    case P::Part1:
    case P::Part2:
    case P::ProblemPicture:
    case P::CauseAnalysis:
    case P::FocusArea:
    case P::Goals:
    case P::Measures:
    case P::Signatures:
        return true;
    default:
        return false;
    }
}

void BannerController::update(const NavTarget &target)
{
    if (!m_context.hasFile()) {
        m_readOnly.hide();
        m_signed.hide();
        return;
    }
    updateReadOnly();
    updateSigned(target);
}

void BannerController::updateReadOnly()
{
    using R = storage::MunicipalityFile::ReadOnlyReason;
    // An older file that could not be updated here is shown from an updated copy: say so,
    // or a reader would take what is shown for what the file holds.
    const QString olderVersion =
        m_context.file()->isMigratedCopy()
            ? tr("The file was made by an older version of Samverka. It is shown as it will be "
                 "once updated; the file itself is not changed.")
            : QString();
    switch (m_context.file()->readOnlyReason()) {
    case R::None:
        m_readOnly.hide();
        break;
    case R::NewerVersion:
        m_readOnly.showMessage(tr("This file was made by a newer version of Samverka. It is open "
                                  "read-only: you can read and print, not change."));
        break;
    case R::FilePermissions:
        m_readOnly.showMessage(tr("You may not write to this file. It is open read-only: you can "
                                  "read and print, not change."),
                               olderVersion);
        break;
    case R::Requested:
        m_readOnly.showMessage(tr("The file is open read-only."), olderVersion);
        break;
    }
}

void BannerController::updateSigned(const NavTarget &target)
{
    if (!showsFrozenContent(target.page) || target.agreementId.isEmpty()) {
        m_signed.hide();
        return;
    }
    core::Agreement agreement;
    try {
        agreement = m_context.file()->agreement(target.agreementId);
    } catch (const storage::StorageError &) {
        m_signed.hide();
        return;
    }
    if (!agreement.isSigned()) {
        m_signed.hide();
        return;
    }
    const QDate signedOn = core::AgreementFacts::signingDate(agreement);
    QString detail = tr("Fingerprint %1").arg(core::Fingerprint::display(agreement.fingerprint));
    if (signedOn.isValid())
        detail =
            tr("Signed %1 · %2").arg(QLocale().toString(signedOn, QLocale::ShortFormat), detail);
    m_signed.showMessage(tr("The agreement is signed and locked. Revise it to make changes."),
                         detail, m_context.file()->isReadOnly() ? QString() : tr("&Revise"));
}

} // namespace samverka::ui
