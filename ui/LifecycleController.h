#pragma once

// The agreement's lifecycle for the main window: a new agreement, send for review,
// mark ready for signing (after the method checklist), sign (asking first when the
// review was skipped), revise. Status changes
// and signing are not undoable edits; they go through AppContext::run.

#include "MainMenus.h"

#include "Agreement.h"
#include "Finding.h"

#include <QObject>

class QWidget;

namespace samverka::ui {

class AppContext;

class LifecycleController : public QObject
{
    Q_OBJECT

public:
    LifecycleController(AppContext &context, QWidget &window);

    /// The agreement the lifecycle actions apply to: the one shown, else the newest
    /// that is not signed, else the newest; empty when the file has none.
    QString currentAgreementId() const;

    void newAgreement();
    void sendForReview();
    void markReady();
    void sign();
    void revise();

    /// Enables the lifecycle actions for the current agreement's status.
    void updateActions(const MainMenus::Actions &actions) const;

signals:
    void statusMessage(const QString &message);
    /// A new agreement was made (Agreement › New agreement) and is shown.
    void agreementCreated(const QString &id);

private:
    bool load(core::Agreement &agreement) const;
    /// Signing before "ready for signing" skips the review: shows the findings and asks,
    /// "Do not sign" being the default.
    bool confirmUnreviewedSigning(const core::Agreement &agreement,
                                  const QList<core::Finding> &findings) const;

    AppContext &m_context;
    QWidget &m_window;
};

} // namespace samverka::ui
