#include "SettingsDialog.h"

#include "UserIdentity.h"

#include "BackupManager.h"
#include "StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samverka::ui {

SettingsDialog::SettingsDialog(bool firstStart, const QString &backupFolder, int backupKeep,
                               QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(backupFolder), this))
    , m_keep(new QSpinBox(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_defaultFolder(new QPushButton(tr("Restore de&fault"), this))
    , m_initialFolder(backupFolder)
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
    m_keep->setRange(storage::BackupManager::minKeep, storage::BackupManager::maxKeep);
    m_keep->setValue(backupKeep);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Your &name:"), this);
    label->setBuddy(m_name);
    form->addRow(label, m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(backupGroup());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
}

QWidget *SettingsDialog::backupGroup()
{
    auto *group = new QGroupBox(tr("Backups"), this);
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_keep->setAccessibleName(tr("Backups kept per file"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_defaultFolder);
    auto *folderLabel = new QLabel(tr("&Folder:"), group);
    folderLabel->setBuddy(m_folder);
    auto *keepLabel = new QLabel(tr("&Keep per file:"), group);
    keepLabel->setBuddy(m_keep);
    auto *hint = new QLabel(
        tr("Samverka copies a file when it is opened for changes, if it has changed since its "
           "last copy. On a virtual desktop "
           "the local data folder may be emptied when you log out: choose a folder on your "
           "home drive on the network or in OneDrive, which is kept."),
        group);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(group);
    form->addRow(folderLabel, folderRow);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    form->addRow(keepLabel, keepRow);
    form->addRow(hint);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_defaultFolder, &QPushButton::clicked, this, [this] {
        m_folder->setText(QDir::toNativeSeparators(storage::BackupManager::defaultDirectory()));
    });
    return group;
}

void SettingsDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), backupFolder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

QString SettingsDialog::userName() const
{
    return m_name->text().trimmed();
}

QString SettingsDialog::backupFolder() const
{
    const QString typed = m_folder->text().trimmed();
    return typed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(typed));
}

int SettingsDialog::backupKeep() const
{
    return m_keep->value();
}

void SettingsDialog::accept()
{
    const QString folder = backupFolder();
    QString problem;
    if (folder.isEmpty())
        problem = tr("Enter the folder where backups go, or choose Restore default.");
    else if (QDir::isRelativePath(folder))
        problem = tr("The backup folder \"%1\" is not a whole path. Enter it from the drive "
                     "on, or choose it with Browse….")
                      .arg(QDir::toNativeSeparators(folder));
    else if (folder != QDir::cleanPath(m_initialFolder)) {
        try {
            storage::BackupManager::prepareDirectory(folder);
        } catch (const storage::StorageError &e) {
            problem = e.message();
        }
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Backup folder"), problem);
        m_folder->setFocus();
        m_folder->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace samverka::ui
