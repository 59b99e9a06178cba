#pragma once

// Överenskommelse › Jämför med… (issue #16): what a revision changed, as a reviewer reads
// it. Two agreements of the file (by default the current one against the agreement it
// replaces) compared by core::AgreementComparer, shown section by section: what was
// added, removed, changed (field by field, a text's changes word by word, struck and
// inserted) or moved; a match made by content is marked as a guess. A click on a record
// opens it. Confidential items only on request, as everywhere else.

#include "AgreementDiff.h"
#include "MunicipalityData.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QComboBox;
class QTextBrowser;

namespace samverka::ui {

class AppContext;

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    /// Compares toId (the later agreement) with the agreement it replaces, or the first
    /// other one.
    CompareDialog(AppContext &context, const QString &toId, QWidget *parent = nullptr);

    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *confidentialBox() const { return m_confidential; }
    QTextBrowser *view() const { return m_view; }
    const core::AgreementDiff &diff() const { return m_diff; }
    /// Writes the document Ändringar i överenskommelsen of the two agreements shown (with
    /// the confidential items when shown) as a PDF; false, with a message, when it cannot.
    bool savePdf(const QString &path);
    QPushButton *pdfButton() const { return m_pdf; }

private:
    void compare();
    void render();
    QString itemHtml(const core::DiffItem &item) const;
    QString fieldHtml(const core::FieldDifference &field) const;
    void openLink(const QUrl &url);

    AppContext &m_context;
    core::MunicipalityData m_data;
    core::AgreementDiff m_diff;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_kind;
    QCheckBox *m_confidential;
    QTextBrowser *m_view;
    QPushButton *m_pdf = nullptr;
};

} // namespace samverka::ui
