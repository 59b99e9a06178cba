#pragma once

// The sidebar tree over SidebarModel: opens the target of the item the user moves
// to, and keeps expansion and selection when the model rebuilds after a change.

#include "NavTarget.h"

#include <QSet>
#include <QTreeView>

namespace samverka::ui {

class SidebarModel;

class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(QWidget *parent = nullptr);

    void setSidebarModel(SidebarModel *model);
    /// Selects the item showing target without navigating again.
    void showTarget(const NavTarget &target);

signals:
    void targetChosen(const samverka::ui::NavTarget &target);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void restoreState();
    void expandNew(const QModelIndex &parent);

    SidebarModel *m_model = nullptr;
    QSet<QString> m_known;
    QSet<QString> m_expanded;
    NavTarget m_shown;
    bool m_syncing = false;
};

} // namespace samverka::ui
