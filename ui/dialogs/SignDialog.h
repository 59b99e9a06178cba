#pragma once

// Recording the signing of an agreement: the date (with a calendar), the place and
// which signatories signed. It lists what the checklist still finds missing (open review
// comments named apart) and says that signing locks the agreement and cannot be undone.

#include "Agreement.h"
#include "Finding.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace samverka::ui {

class SignDialog : public QDialog
{
    Q_OBJECT

public:
    SignDialog(const core::Agreement &agreement, const QList<core::Finding> &findings,
               const QString &defaultPlace, const QDate &today, QWidget *parent = nullptr);

    QDate date() const;
    QString place() const;
    /// The ticked signatories' ids.
    QStringList signatureIds() const;

private:
    void updateOk();

    QDateEdit *m_date;
    QLineEdit *m_place;
    QListWidget *m_signatories;
    QDialogButtonBox *m_buttons;
};

} // namespace samverka::ui
