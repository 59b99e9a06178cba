#pragma once

// Creating a municipality file: pick the municipality from Sweden's 290 (searchable
// by name, code or county), then where to save it (default ~/Samverka/<Name>.samverka).
// A name typed without a folder goes into ~/Samverka, ".samverka" is added when it is
// missing, a folder that is not there is made only when the user says so, and an
// existing file is never chosen: the dialog stays open with what was typed.

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
    /// Where the file is made: what was typed, in ~/Samverka when it names no folder,
    /// ending in ".samverka".
    QString path() const;

    /// Checks the place first (see above); closes only when the file can be made there.
    void accept() override;

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
