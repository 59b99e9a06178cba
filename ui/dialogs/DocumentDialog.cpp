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

const QList<DocumentDialog::Choice> &DocumentDialog::Records::of(documents::DocumentKind kind) const
{
    if (kind == documents::DocumentKind::SituationPicture)
        return editions;
    if (kind == documents::DocumentKind::MeasurePlan)
        return plans;
    return agreements;
}

DocumentDialog::DocumentDialog(const Records &records, const QString &currentId,
                               documents::DocumentKind kind, bool chooseKind,
                               const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_currentId(currentId)
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
    m_record = new QComboBox;
    m_recordLabel = new QLabel;
    m_recordLabel->setBuddy(m_record);
    form->addRow(m_recordLabel, m_record);

    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Document"));
    for (documents::DocumentKind k :
         {documents::DocumentKind::Agreement, documents::DocumentKind::ActionPlan,
          documents::DocumentKind::CitizenPromises, documents::DocumentKind::FollowUp,
          documents::DocumentKind::SituationPicture, documents::DocumentKind::MeasurePlan})
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
    m_note = new QLabel;
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (!actionText.isEmpty())
        m_ok->setText(actionText);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showChoices(currentKind()); });
    showChoices(kind);
    resize(520, sizeHint().height());
}

documents::DocumentKind DocumentDialog::currentKind() const
{
    return m_kind->isHidden() ? m_fixedKind
                              : documents::DocumentKind(m_kind->currentData().toInt());
}

void DocumentDialog::showChoices(documents::DocumentKind kind)
{
    // The agreement's four documents share one list: switching among them keeps the pick.
    const QList<Choice> &records = m_records.of(kind);
    const QString wanted = m_record->count() > 0 && m_listed == &records
                               ? m_record->currentData().toString()
                               : m_currentId;
    m_listed = &records;
    m_record->clear();
    for (const Choice &c : records)
        m_record->addItem(c.label, c.id);
    const int current = m_record->findData(wanted);
    m_record->setCurrentIndex(current >= 0 ? current : m_record->count() - 1);
    if (documents::isAgreementDocument(kind)) {
        m_record->setAccessibleName(tr("Agreement"));
        m_recordLabel->setText(tr("&Agreement:"));
        m_note->setText(tr("Confidential problems, causes and measures are left out of a "
                           "document meant for the public. If you include them, every page "
                           "is marked as containing confidential information."));
    } else if (kind == documents::DocumentKind::MeasurePlan) {
        m_record->setAccessibleName(tr("Measure plan"));
        m_recordLabel->setText(tr("&Measure plan:"));
        m_note->setText(tr("Confidential measures and causes are left out of a document meant "
                           "for the public. If you include them, they are marked, and so is "
                           "every page."));
    } else {
        m_record->setAccessibleName(tr("Situation picture"));
        m_recordLabel->setText(tr("&Situation picture:"));
        m_note->setText(tr("Confidential sections and problems are left out of a document meant "
                           "for the public. If you include them, they are marked, and so is "
                           "every page."));
    }
    m_ok->setEnabled(m_record->count() > 0);
}

documents::DocumentOptions DocumentDialog::options() const
{
    documents::DocumentOptions o;
    o.kind = currentKind();
    if (documents::isAgreementDocument(o.kind))
        o.agreementId = m_record->currentData().toString();
    else
        o.recordId = m_record->currentData().toString();
    o.includeConfidential = m_confidential->isChecked();
    return o;
}

} // namespace samverka::ui
