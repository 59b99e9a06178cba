#pragma once

// Before a document is exported, printed or previewed: which agreement (or, for the
// lägesbild, which edition), which document (when printing) and whether confidential
// items go in (off by default; the document then says so on every page).

#include "DocumentOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace samverka::ui {

class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    /// One record a document can be made of: an agreement, or an edition of the lägesbild.
    struct Choice {
        QString label;
        QString id;
    };

    /// chooseKind: show the document choice (print, preview); else kind is fixed. The
    /// record is one of agreements for an agreement's document, else one of editions;
    /// currentId is chosen first, else the last.
    DocumentDialog(const QList<Choice> &agreements, const QList<Choice> &editions,
                   const QString &currentId, documents::DocumentKind kind, bool chooseKind,
                   const QString &actionText, QWidget *parent = nullptr);

    documents::DocumentOptions options() const;

private:
    documents::DocumentKind currentKind() const;
    /// Lists the records a document of kind is made of, with the words that go with them.
    void showChoices(documents::DocumentKind kind);

    QList<Choice> m_agreements;
    QList<Choice> m_editions;
    QString m_currentId;
    bool m_listsAgreements = true;
    QLabel *m_recordLabel;
    QLabel *m_note;
    QPushButton *m_ok;
    QComboBox *m_record;
    QComboBox *m_kind;
    QCheckBox *m_confidential;
    documents::DocumentKind m_fixedKind;
};

} // namespace samverka::ui
