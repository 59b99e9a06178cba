#pragma once

// The municipality's logo on the municipality page: a preview of what the documents
// print, "Välj logotyp…" and "Ta bort". The page does the edits (MunicipalityPage).

#include <QWidget>

class QLabel;
class QPushButton;

namespace samverka::documents {
class MunicipalityLogo;
}

namespace samverka::ui {

class LogoPicker : public QWidget
{
    Q_OBJECT

public:
    explicit LogoPicker(QWidget *parent = nullptr);

    /// Shows logo (null: "no logo") and what it was chosen from.
    void setLogo(const documents::MunicipalityLogo &logo, const QString &fileName);
    void setEditable(bool editable);
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *removeButton() const { return m_remove; }
    /// Whether a logo is shown.
    bool hasLogo() const { return m_hasLogo; }

signals:
    void chooseRequested();
    void removeRequested();

private:
    QLabel *m_preview;
    QLabel *m_name;
    QPushButton *m_choose;
    QPushButton *m_remove;
    bool m_hasLogo = false;
    bool m_editable = true;
};

} // namespace samverka::ui
