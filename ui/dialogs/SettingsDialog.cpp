#include "SettingsDialog.h"

#include "UserIdentity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

SettingsDialog::SettingsDialog(bool firstStart, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setWindowTitle(firstStart ? tr("Welcome to Samverka") : tr("Settings"));
    auto *intro = new QLabel(
        firstStart ? tr("What is your name? It is shown as the author of your review comments "
                        "and follow-ups, and recorded with your changes. It is kept on this "
                        "computer only; you can change it under Edit › Settings.")
                   : tr("Your name is shown as the author of your review comments and "
                        "follow-ups, and recorded with your changes. It is kept on this "
                        "computer only."),
        this);
    intro->setWordWrap(true);
    const QString current = UserIdentity::name();
    m_name->setText(current.isEmpty() ? UserIdentity::suggestion() : current);
    m_name->selectAll();
    m_name->setPlaceholderText(tr("First name and surname"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Your &name:"), this);
    label->setBuddy(m_name);
    form->addRow(label, m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
}

QString SettingsDialog::userName() const
{
    return m_name->text().trimmed();
}

} // namespace samverka::ui
