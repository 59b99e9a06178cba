#pragma once

// Creating a municipality file: pick the municipality from Sweden's 290 (searchable
// by name, code or county), then where to save it (default ~/Samverka/<Name>.samverka).

#include "Municipality.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace samverka::ui {

class NewFileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewFileDialog(QWidget *parent = nullptr);

    core::Municipality municipality() const;
    QString path() const;

    /// Selects the municipality with this SCB code (tests, a remembered choice).
    void selectCode(const QString &code);
    void setFilterText(const QString &text);
    int visibleCount() const;

private:
    void refilter();
    void chosen();
    void browse();
    void updateOk();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
    QString m_suggested;
};

} // namespace samverka::ui
