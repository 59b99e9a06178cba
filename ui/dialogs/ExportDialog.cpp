#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

ExportDialog::ExportDialog(Mode mode, const QList<Choice> &agreements, const QString &currentId,
                           documents::TableKind table, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Table ? tr("Export table") : tr("Export calendar"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (mode == Mode::Table) {
        m_table = new QComboBox;
        m_table->setAccessibleName(tr("Table"));
        m_table->addItem(tr("Action plan (goal, activity, when, responsible)"),
                         int(documents::TableKind::ActionPlan));
        m_table->addItem(tr("All measures, with every field"), int(documents::TableKind::Measures));
        m_table->addItem(tr("Follow-ups"), int(documents::TableKind::FollowUps));
        m_table->addItem(tr("Reported crimes (statistics)"), int(documents::TableKind::Statistics));
        m_table->setCurrentIndex(m_table->findData(int(table)));
        form->addRow(tr("&Table:"), m_table);
    }
    m_agreement = new QComboBox;
    m_agreement->setAccessibleName(tr("Agreement"));
    if (mode == Mode::Calendar)
        m_agreement->addItem(tr("The whole file: every agreement, the situation picture and "
                                "the measure plan"),
                             QString());
    for (const Choice &c : agreements)
        m_agreement->addItem(c.label, c.id);
    const int current = currentId.isEmpty() ? -1 : m_agreement->findData(currentId);
    m_agreement->setCurrentIndex(current >= 0             ? current
                                 : mode == Mode::Calendar ? 0
                                                          : m_agreement->count() - 1);
    form->addRow(tr("&Agreement:"), m_agreement);
    layout->addLayout(form);

    m_confidential = new QCheckBox(tr("&Include confidential items"));
    m_confidential->setAccessibleName(tr("Include confidential items"));
    layout->addWidget(m_confidential);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_table)
        connect(m_table, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    updateChoices();
    resize(560, sizeHint().height());
}

void ExportDialog::updateChoices()
{
    const bool ofAgreement = table() != documents::TableKind::Statistics;
    m_agreement->setEnabled(ofAgreement);
    m_confidential->setEnabled(ofAgreement);
    if (m_mode == Mode::Calendar)
        m_note->setText(tr("Each date gets a fixed id: when you import a new export into "
                           "Outlook or another calendar, its entries are updated instead of "
                           "doubled. Confidential measures are left out unless you include "
                           "them; then they are marked."));
    else if (ofAgreement)
        m_note->setText(tr("Excel gets a sheet per focus area or table, with dates as dates "
                           "and counts as numbers; CSV is for other programs. Confidential "
                           "items are left out unless you include them; then they are "
                           "marked."));
    else
        m_note->setText(tr("The reported crimes the statistics page shows, a sheet per year."));
    m_ok->setEnabled(!ofAgreement || m_mode == Mode::Calendar || m_agreement->count() > 0);
}

QString ExportDialog::agreementId() const
{
    return table() == documents::TableKind::Statistics ? QString()
                                                       : m_agreement->currentData().toString();
}

documents::TableKind ExportDialog::table() const
{
    return m_table ? documents::TableKind(m_table->currentData().toInt())
                   : documents::TableKind::ActionPlan;
}

bool ExportDialog::includeConfidential() const
{
    return m_confidential->isEnabled() && m_confidential->isChecked();
}

} // namespace samverka::ui
