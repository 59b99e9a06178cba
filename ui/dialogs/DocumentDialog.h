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
    /// One record a document can be made of: an agreement, an edition of the lägesbild or
    /// an åtgärdsplan.
    struct Choice {
        QString label;
        QString id;
    };
    /// The records of each kind of document: the agreements (for an agreement's four
    /// documents), the lägesbild's editions and the åtgärdsplaner.
    struct Records {
        QList<Choice> agreements;
        QList<Choice> editions;
        QList<Choice> plans;

        const QList<Choice> &of(documents::DocumentKind kind) const;
    };

    /// chooseKind: show the document choice (print, preview); else kind is fixed. The
    /// record is one of records.of(kind); currentId is chosen first, else the last.
    DocumentDialog(const Records &records, const QString &currentId, documents::DocumentKind kind,
                   bool chooseKind, const QString &actionText, QWidget *parent = nullptr);

    documents::DocumentOptions options() const;

private:
    documents::DocumentKind currentKind() const;
    /// Lists the records a document of kind is made of, with the words that go with them.
    void showChoices(documents::DocumentKind kind);

    Records m_records;
    QString m_currentId;
    /// Which list the record combo shows (the agreements' for all four of theirs).
    const QList<Choice> *m_listed = nullptr;
    QLabel *m_recordLabel;
    QLabel *m_note;
    QPushButton *m_ok;
    QComboBox *m_record;
    QComboBox *m_kind;
    QCheckBox *m_confidential;
    documents::DocumentKind m_fixedKind;
};

} // namespace samverka::ui
