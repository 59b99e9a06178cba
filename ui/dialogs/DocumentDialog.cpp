#include "DocumentDialog.h"

#include "DocumentBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

DocumentDialog::DocumentDialog(const QList<Choice> &choices, const QString &currentId,
                               documents::DocumentKind kind, bool chooseKind,
                               const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_fixedKind(kind)
{
    QString heading = documents::DocumentBuilder::kindTitle(kind);
    if (chooseKind) {
        heading = actionText;
        heading.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        if (heading.isEmpty())
            heading = tr("Document");
    }
    setWindowTitle(heading);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const bool ofAgreement = documents::isAgreementDocument(kind);
    m_record = new QComboBox;
    m_record->setAccessibleName(ofAgreement ? tr("Agreement") : tr("Situation picture"));
    for (const Choice &c : choices)
        m_record->addItem(c.label, c.id);
    const int current = m_record->findData(currentId);
    m_record->setCurrentIndex(current >= 0 ? current : m_record->count() - 1);
    form->addRow(ofAgreement ? tr("&Agreement:") : tr("&Situation picture:"), m_record);

    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Document"));
    for (documents::DocumentKind k :
         {documents::DocumentKind::Agreement, documents::DocumentKind::ActionPlan,
          documents::DocumentKind::CitizenPromises, documents::DocumentKind::FollowUp})
        m_kind->addItem(documents::DocumentBuilder::kindTitle(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (chooseKind)
        form->addRow(tr("&Document:"), m_kind);
    else
        m_kind->hide();
    layout->addLayout(form);

    m_confidential = new QCheckBox(tr("&Include confidential items"));
    m_confidential->setAccessibleName(tr("Include confidential items"));
    layout->addWidget(m_confidential);
    auto *note = new QLabel(
        ofAgreement ? tr("Confidential problems, causes and measures are left out of a "
                         "document meant for the public. If you include them, every page "
                         "is marked as containing confidential information.")
                    : tr("Confidential sections and problems are left out of a document meant "
                         "for the public. If you include them, they are marked, and so is "
                         "every page."));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!actionText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_record->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

documents::DocumentOptions DocumentDialog::options() const
{
    documents::DocumentOptions o;
    o.kind =
        m_kind->isHidden() ? m_fixedKind : documents::DocumentKind(m_kind->currentData().toInt());
    if (documents::isAgreementDocument(o.kind))
        o.agreementId = m_record->currentData().toString();
    else
        o.recordId = m_record->currentData().toString();
    o.includeConfidential = m_confidential->isChecked();
    return o;
}

} // namespace samverka::ui
