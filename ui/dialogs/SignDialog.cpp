#include "SignDialog.h"

#include "models/RecordId.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

SignDialog::SignDialog(const core::Agreement &agreement, const QList<core::Finding> &findings,
                       const QString &defaultPlace, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign “%1”").arg(agreement.title));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(today);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Date of signing"));
    form->addRow(tr("&Date:"), m_date);
    m_place = new QLineEdit(defaultPlace);
    m_place->setAccessibleName(tr("Place of signing"));
    m_place->setPlaceholderText(tr("e.g. Härnösand"));
    form->addRow(tr("&Place:"), m_place);
    layout->addLayout(form);

    auto *whoLabel = new QLabel(tr("&Who signed:"));
    layout->addWidget(whoLabel);
    m_signatories = new QListWidget;
    m_signatories->setAccessibleName(tr("Signatories"));
    whoLabel->setBuddy(m_signatories);
    for (qsizetype i = 0; i < agreement.signatures.size(); ++i) {
        const core::Signature &s = agreement.signatures.at(i);
        const QString text = s.title.isEmpty() ? s.name : tr("%1, %2").arg(s.name, s.title);
        auto *item =
            new QListWidgetItem(text.isEmpty() ? tr("(unnamed signatory)") : text, m_signatories);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        // One imported without an id is named by the file's id of its row.
        item->setData(IdRole, fileIdOf(s));
    }
    layout->addWidget(m_signatories, 1);
    if (agreement.signatures.isEmpty()) {
        auto *none = new QLabel(tr("The agreement has no signatories yet: add them on its "
                                   "Signatures page first."));
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    const auto openComments = std::count_if(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.code == QLatin1String("comment-open");
    });
    if (openComments > 0) {
        auto *comments = new QLabel(tr("%n review comment(s) are not resolved: the review is "
                                       "not finished.",
                                       nullptr, int(openComments)));
        comments->setObjectName(QStringLiteral("openComments"));
        comments->setWordWrap(true);
        QFont bold = comments->font();
        bold.setBold(true);
        comments->setFont(bold);
        layout->addWidget(comments);
    }
    if (!findings.isEmpty()) {
        auto *warnLabel =
            new QLabel(tr("The method checklist still finds %n thing(s) missing:", nullptr,
                          int(findings.size())));
        warnLabel->setWordWrap(true);
        layout->addWidget(warnLabel);
        auto *warnings = new QListWidget;
        warnings->setAccessibleName(tr("What the checklist finds missing"));
        warnings->setWordWrap(true);
        for (const core::Finding &f : findings)
            warnings->addItem(tr("Step %1: %2").arg(f.step).arg(f.message));
        warnings->setMaximumHeight(120);
        layout->addWidget(warnings);
    }

    auto *lock = new QLabel(tr("Signing locks the agreement's content and records its "
                               "fingerprint. It cannot be undone; changes later need a "
                               "revision."));
    lock->setWordWrap(true);
    QFont bold = lock->font();
    bold.setBold(true);
    lock->setFont(bold);
    layout->addWidget(lock);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signatories, &QListWidget::itemChanged, this, &SignDialog::updateOk);
    connect(m_place, &QLineEdit::textChanged, this, &SignDialog::updateOk);
    resize(560, 480);
    updateOk();
}

QDate SignDialog::date() const
{
    return m_date->date();
}

QString SignDialog::place() const
{
    return m_place->text().trimmed();
}

QStringList SignDialog::signatureIds() const
{
    QStringList ids;
    for (int i = 0; i < m_signatories->count(); ++i)
        if (m_signatories->item(i)->checkState() == Qt::Checked)
            ids << m_signatories->item(i)->data(IdRole).toString();
    return ids;
}

void SignDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!signatureIds().isEmpty() && !place().isEmpty());
}

} // namespace samverka::ui
