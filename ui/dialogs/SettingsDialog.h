#pragma once

// Settings of the person at this computer: their name, shown as author and recorded in
// the audit log, and where backup copies go and how many are kept. Opened from
// Redigera › Inställningar…, and once at the first start.

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace samverka::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// firstStart: the welcome wording of the first start, asking for the name.
    /// backupFolder, backupKeep: the backup settings in force, shown for change.
    SettingsDialog(bool firstStart, const QString &backupFolder, int backupKeep,
                   QWidget *parent = nullptr);

    QString userName() const;
    /// The folder as typed, cleaned and with the platform's separators made '/'.
    QString backupFolder() const;
    int backupKeep() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *backupFolderField() const { return m_folder; }
    QSpinBox *backupKeepField() const { return m_keep; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *defaultFolderButton() const { return m_defaultFolder; }

    /// Refuses to close while the backup folder, if changed, cannot be created or written
    /// in: says so naming the folder, and leaves the dialog open on the field.
    void accept() override;

private:
    QWidget *backupGroup();
    void browse();

    QLineEdit *m_name;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QPushButton *m_browse;
    QPushButton *m_defaultFolder;
    QString m_initialFolder;
};

} // namespace samverka::ui
