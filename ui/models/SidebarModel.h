#pragma once

// The sidebar's tree: the municipality, its agreements with their sections, citizen
// promises, meetings, attachments, people and the file's metadata. Every item
// carries the NavTarget it opens (TargetRole) and a stable key (KeyRole) so a view
// can keep expansion and selection across rebuilds. Items whose page does not exist
// in this build are left out.

#include "NavTarget.h"

#include "Change.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <vector>

namespace samverka::ui {

class AppContext;

class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        TargetRole = Qt::UserRole + 1, ///< NavTarget (None: a heading that only groups)
        KeyRole,                       ///< QString, stable across rebuilds
        ExpandByDefaultRole,           ///< bool: expanded the first time it is shown
    };

    explicit SidebarModel(AppContext &context, QObject *parent = nullptr);
    ~SidebarModel() override;

    /// Which pages exist; entries of other pages are hidden. Unset: all exist.
    void setPageAvailable(std::function<bool(NavTarget::Page)> available);
    /// Re-reads the file now (the model also rebuilds itself after every change).
    void rebuild();

    /// The item that best shows the target: the exact item, else its agreement's
    /// section, else the agreement; invalid when none.
    QModelIndex indexForTarget(const NavTarget &target) const;
    QModelIndex indexForKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *add(Node *parent, const QString &key, const QString &text, const NavTarget &target);
    Node *addPage(Node *parent, const QString &key, const QString &text, NavTarget::Page page,
                  const QString &agreementId = {}, const QString &recordId = {});
    void fill(Node *root);
    bool available(NavTarget::Page page) const;
    void scheduleRebuild();
    /// Whether a change may alter what the tree shows (titles, status, focus areas, open
    /// review comments); other edits leave it as it is.
    static bool showsChange(const storage::Change &change);

    AppContext &m_context;
    std::function<bool(NavTarget::Page)> m_available;
    std::unique_ptr<Node> m_root;
    bool m_rebuildPending = false;
};

} // namespace samverka::ui
