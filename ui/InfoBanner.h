#pragma once

// A strip above the page that says something about what is shown: a signed, locked
// agreement (with its fingerprint and a Revise button) or a file open read-only.

#include <QFrame>

class QLabel;
class QPushButton;

namespace samverka::ui {

class InfoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit InfoBanner(QWidget *parent = nullptr);

    /// Shows text; with a button when buttonText is not empty.
    void showMessage(const QString &text, const QString &detail = {},
                     const QString &buttonText = {});
    QString text() const;
    QPushButton *button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel *m_text;
    QLabel *m_detail;
    QPushButton *m_button;
};

} // namespace samverka::ui
