#include "SidebarModel.h"

#include "AppContext.h"

#include "AgreementLabel.h"
#include "EnumLabels.h"

#include <QFont>
#include <QLocale>
#include <QTimer>

namespace samverka::ui {

using Page = NavTarget::Page;

struct SidebarModel::Node {
    Node *parent = nullptr;
    QString key;
    QString text;
    QString toolTip;
    bool bold = false;
    bool expand = false;
    NavTarget target;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

SidebarModel::SidebarModel(AppContext &context, QObject *parent)
    : QAbstractItemModel(parent)
    , m_context(context)
    , m_root(std::make_unique<Node>())
{
    connect(&m_context, &AppContext::fileChanged, this, &SidebarModel::rebuild);
    connect(&m_context, &AppContext::dataChanged, this, [this](const storage::Change &change) {
        if (showsChange(change))
            scheduleRebuild();
    });
    rebuild();
}

SidebarModel::~SidebarModel() = default;

void SidebarModel::setPageAvailable(std::function<bool(NavTarget::Page)> isAvailable)
{
    m_available = std::move(isAvailable);
    rebuild();
}

bool SidebarModel::available(NavTarget::Page page) const
{
    return !m_available || m_available(page);
}

bool SidebarModel::showsChange(const storage::Change &change)
{
    // The tree shows the municipality's name, each agreement's title, status and period,
    // its focus areas' titles and its count of open review comments: nothing else.
    using K = storage::RecordKind;
    if (change.extent == storage::Change::Extent::Statistics)
        return false;
    return change.extent == storage::Change::Extent::Everything || change.kind == K::Municipality ||
           change.kind == K::Agreement || change.kind == K::FocusArea || change.kind == K::Comment;
}

void SidebarModel::scheduleRebuild()
{
    // One rebuild per burst of changes (an insert with its children, an import).
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void SidebarModel::rebuild()
{
    m_rebuildPending = false;
    auto root = std::make_unique<Node>();
    fill(root.get());
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
}

SidebarModel::Node *SidebarModel::add(Node *parent, const QString &key, const QString &text,
                                      const NavTarget &target)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->key = key;
    node->text = text;
    node->target = target;
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

SidebarModel::Node *SidebarModel::addPage(Node *parent, const QString &key, const QString &text,
                                          NavTarget::Page page, const QString &agreementId,
                                          const QString &recordId)
{
    if (!available(page))
        return nullptr;
    return add(parent, key, text, NavTarget{page, agreementId, recordId});
}

void SidebarModel::fill(Node *root)
{
    storage::MunicipalityFile *file = m_context.file();
    if (!file)
        return;

    QString name;
    QList<core::Agreement> agreements;
    try {
        name = file->municipality().name;
        agreements = file->agreementHeads(); // titles, status, focus areas, comments
    } catch (const storage::StorageError &) {
        // A colleague holds the file: keep the tree as it is until the next change.
        return;
    }
    if (name.isEmpty())
        name = tr("Municipality");

    Node *top = add(root, QStringLiteral("municipality"), name,
                    NavTarget{available(Page::Overview) ? Page::Overview : Page::None, {}, {}});
    top->bold = true;
    top->expand = true;
    top->toolTip = file->path();
    addPage(top, QStringLiteral("overview"), tr("Overview"), Page::Overview);

    Node *list = add(top, QStringLiteral("agreements"), tr("Agreements"), NavTarget{});
    list->expand = true;
    const QLocale locale;
    for (const core::Agreement &a : agreements) {
        const QString k = QStringLiteral("agreement:") + a.id;
        const QString title = a.title.isEmpty() ? tr("Untitled agreement") : a.title;
        const NavTarget own{available(Page::Agreement) ? Page::Agreement : Page::None, a.id, {}};
        Node *node = add(list, k, core::AgreementLabel::withStatus(a), own);
        QString period;
        if (a.validFrom.isValid() || a.validTo.isValid())
            period = tr("%1 – %2").arg(locale.toString(a.validFrom, QLocale::ShortFormat),
                                       locale.toString(a.validTo, QLocale::ShortFormat));
        node->expand = !a.isSigned();
        node->toolTip = period.isEmpty() ? title : title + QLatin1Char('\n') + period;

        addPage(node, k + QStringLiteral("/part1"), tr("Part 1"), Page::Part1, a.id);
        addPage(node, k + QStringLiteral("/part2"), tr("Part 2"), Page::Part2, a.id);
        addPage(node, k + QStringLiteral("/problems"), tr("Problem picture"), Page::ProblemPicture,
                a.id);
        addPage(node, k + QStringLiteral("/causes"), tr("Cause analysis"), Page::CauseAnalysis,
                a.id);
        if (Node *areas = addPage(node, k + QStringLiteral("/focus"), tr("Focus areas"),
                                  Page::FocusArea, a.id)) {
            for (const core::FocusArea &f : a.focusAreas)
                addPage(areas, QStringLiteral("focus:") + f.id,
                        f.title.isEmpty() ? tr("Untitled focus area") : f.title, Page::FocusArea,
                        a.id, f.id);
        }
        addPage(node, k + QStringLiteral("/goals"), tr("Goals"), Page::Goals, a.id);
        addPage(node, k + QStringLiteral("/measures"), tr("Measures"), Page::Measures, a.id);
        addPage(node, k + QStringLiteral("/followups"), tr("Follow-up"), Page::FollowUps, a.id);
        addPage(node, k + QStringLiteral("/signatures"), tr("Signatures"), Page::Signatures, a.id);
        int open = 0;
        for (const core::ReviewComment &c : a.comments)
            if (!c.resolved)
                ++open;
        addPage(node, k + QStringLiteral("/comments"),
                open > 0 ? tr("Review comments (%n open)", nullptr, open) : tr("Review comments"),
                Page::Comments, a.id);
    }

    addPage(top, QStringLiteral("situation"), tr("Situation picture"), Page::SituationPicture);
    addPage(top, QStringLiteral("measurePlan"), tr("Measure plan"), Page::MeasurePlan);
    addPage(top, QStringLiteral("promises"), tr("Citizen promises"), Page::PromiseSets);
    addPage(top, QStringLiteral("meetings"), tr("Meetings"), Page::Meetings);
    addPage(top, QStringLiteral("attachments"), tr("Attachments"), Page::Attachments);
    addPage(top, QStringLiteral("people"), tr("People and parties"), Page::People);
    addPage(top, QStringLiteral("statistics"), tr("Statistics"), Page::Statistics);
    addPage(top, QStringLiteral("municipalityData"), tr("Municipality details"),
            Page::Municipality);
}

SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SidebarModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::FontRole:
        if (node->bold) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case TargetRole:
        return QVariant::fromValue(node->target);
    case KeyRole:
        return node->key;
    case ExpandByDefaultRole:
        return node->expand;
    default:
        return {};
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex SidebarModel::indexForKey(const QString &key) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && n->key == key)
            return indexOf(n);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

QModelIndex SidebarModel::indexForTarget(const NavTarget &target) const
{
    if (target.page == Page::None)
        return {};
    // Exact match first (a focus area), then the section of the agreement (a measure
    // selected on the measures page), then the agreement itself.
    const Node *section = nullptr;
    const Node *agreement = nullptr;
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n != m_root.get()) {
            if (n->target == target)
                return indexOf(n);
            if (n->target.page == target.page && n->target.agreementId == target.agreementId &&
                n->target.recordId.isEmpty() && !section)
                section = n;
            if (!target.agreementId.isEmpty() &&
                n->key == QStringLiteral("agreement:") + target.agreementId)
                agreement = n;
        }
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return indexOf(section ? section : agreement);
}

} // namespace samverka::ui
