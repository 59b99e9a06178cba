#pragma once

// Before a table (Excel or CSV) or the calendar (.ics) is exported: which table, which
// agreement (the calendar also offers the whole file) and whether confidential items go
// in (off by default; then they are marked).

#include "TableExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace samverka::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Table, Calendar };
    struct Choice {
        QString label;
        QString id;
    };

    /// agreements in display order; currentId is chosen first, else the last. table: the
    /// table chosen first (Mode::Table).
    ExportDialog(Mode mode, const QList<Choice> &agreements, const QString &currentId,
                 documents::TableKind table, QWidget *parent = nullptr);

    /// The chosen agreement's id; empty for the whole file (calendar) or the statistics.
    QString agreementId() const;
    documents::TableKind table() const;
    bool includeConfidential() const;

private:
    void updateChoices();

    Mode m_mode;
    QComboBox *m_table = nullptr;
    QComboBox *m_agreement;
    QCheckBox *m_confidential;
    QLabel *m_note;
    QPushButton *m_ok;
};

} // namespace samverka::ui
