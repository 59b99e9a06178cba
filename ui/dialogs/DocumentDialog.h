#pragma once

// Before a document is exported, printed or previewed: which agreement (or, for the
// lägesbild, which edition), which document (when printing) and whether confidential
// items go in (off by default; the document then says so on every page).

#include "DocumentOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

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

    /// chooseKind: show the document choice (print, preview) among the agreement's
    /// documents; else kind is fixed. choices are agreements for an agreement's document,
    /// else editions; currentId is chosen first, else the last.
    DocumentDialog(const QList<Choice> &choices, const QString &currentId,
                   documents::DocumentKind kind, bool chooseKind, const QString &actionText,
                   QWidget *parent = nullptr);

    documents::DocumentOptions options() const;

private:
    QComboBox *m_record;
    QComboBox *m_kind;
    QCheckBox *m_confidential;
    documents::DocumentKind m_fixedKind;
};

} // namespace samverka::ui
