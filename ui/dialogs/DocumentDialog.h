#pragma once

// Before a document is exported, printed or previewed: which agreement, which
// document (when printing) and whether confidential items go in (off by default; the
// document then says so on every page).

#include "DocumentOptions.h"

#include "Agreement.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace samverka::ui {

class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    /// chooseKind: show the document choice (print, preview); else kind is fixed.
    DocumentDialog(const QList<core::Agreement> &agreements, const QString &currentAgreementId,
                   documents::DocumentKind kind, bool chooseKind, const QString &actionText,
                   QWidget *parent = nullptr);

    documents::DocumentOptions options() const;

private:
    QComboBox *m_agreement;
    QComboBox *m_kind;
    QCheckBox *m_confidential;
    documents::DocumentKind m_fixedKind;
};

} // namespace samverka::ui
