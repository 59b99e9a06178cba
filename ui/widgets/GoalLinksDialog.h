#pragma once

// Picks the goals a measure serves, from the action-plan table's Goal cell.

#include "widgets/LinkChecklist.h"

#include <QDialog>

namespace samverka::ui {

class GoalLinksDialog : public QDialog
{
    Q_OBJECT

public:
    GoalLinksDialog(const QString &measureTitle, const QList<LinkItem> &goals,
                    const QStringList &checked, QWidget *parent = nullptr);

    QStringList checkedIds() const { return m_list->checkedIds(); }

private:
    LinkChecklist *m_list;
};

} // namespace samverka::ui
