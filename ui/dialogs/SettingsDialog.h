#pragma once

// Settings of the person at this computer: their name, shown as author and recorded in
// the audit log. Opened from Redigera › Inställningar…, and once at the first start.

#include <QDialog>

class QLineEdit;

namespace samverka::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// firstStart: the welcome wording of the first start, asking for the name.
    explicit SettingsDialog(bool firstStart, QWidget *parent = nullptr);

    QString userName() const;
    QLineEdit *nameField() const { return m_name; }

private:
    QLineEdit *m_name;
};

} // namespace samverka::ui
