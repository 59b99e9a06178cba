#pragma once

// Before an agreement is marked ready for signing: what the method checklist finds
// missing. A warning, never a block: "Mark anyway" goes on; double-clicking a
// finding closes the dialog and opens the record so the user can fix it.

#include "NavTarget.h"

#include "Agreement.h"
#include "Finding.h"

#include <QDialog>

class QListWidget;

namespace samverka::ui {

class ChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistDialog(const core::Agreement &agreement, const QList<core::Finding> &findings,
                    QWidget *parent = nullptr);

    /// Where the user asked to go (valid after a double-click), else Page::None.
    NavTarget jumpTarget() const { return m_jump; }

private:
    QListWidget *m_list;
    NavTarget m_jump;
};

} // namespace samverka::ui
