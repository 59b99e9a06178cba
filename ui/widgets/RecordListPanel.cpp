#include "RecordListPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

RecordListPanel::RecordListPanel(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_filterLabel(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_tree->setAccessibleName(accessibleName);
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_filterLabel->setBuddy(m_filter);
    m_filterLabel->setVisible(false);
    m_filter->setVisible(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMargin(8);
    m_empty->setVisible(false);
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        if (m_editable)
            emit addRequested();
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *buttons = new QHBoxLayout;
    m_buttons = buttons;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_remove->setEnabled(m_editable && current);
        const QString id = current ? current->data(0, IdRole).toString() : QString();
        if (!m_rebuilding && id != m_lastId) {
            m_lastId = id;
            emit currentChanged(id);
        }
    });
    connect(m_add, &QPushButton::clicked, this, &RecordListPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit removeRequested(currentId());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit activated(item->data(0, IdRole).toString());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RecordListPanel::rebuild);
    m_remove->setEnabled(false);
}

void RecordListPanel::setHeaders(const QString &label, const QString &detail)
{
    m_tree->setHeaderHidden(false);
    if (detail.isEmpty()) {
        m_tree->setColumnCount(1);
        m_tree->setHeaderLabels({label});
    } else {
        m_tree->setColumnCount(2);
        m_tree->setHeaderLabels({label, detail});
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }
}

void RecordListPanel::setEntries(const QList<ListEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

void RecordListPanel::setFilter(const QString &label, const QList<QPair<QString, QString>> &choices)
{
    m_filterLabel->setText(label);
    m_filter->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    const QString current = m_filter->currentData().toString();
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All"), QString());
        for (const auto &[key, text] : choices)
            m_filter->addItem(text, key);
        m_filter->setCurrentIndex(qMax(0, m_filter->findData(current)));
    }
    m_filterLabel->setVisible(true);
    m_filter->setVisible(true);
}

void RecordListPanel::rebuild()
{
    m_rebuilding = true;
    const QString current = currentId();
    const QString filter = m_filter->currentData().toString();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    bool nested = false;
    for (const ListEntry &entry : std::as_const(m_entries)) {
        if (!filter.isEmpty() && entry.parentId.isEmpty() && entry.filterKey != filter)
            continue;
        QTreeWidgetItem *parentItem = items.value(entry.parentId);
        if (!entry.parentId.isEmpty() && !parentItem)
            continue; // its parent is filtered out
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        nested = nested || parentItem;
        item->setText(0, entry.label);
        if (m_tree->columnCount() > 1)
            item->setText(1, entry.detail);
        item->setData(0, IdRole, entry.id);
        item->setToolTip(0, entry.toolTip.isEmpty() ? entry.label : entry.toolTip);
        if (entry.warn) {
            item->setForeground(0, QColor(0xb0, 0x00, 0x20));
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
        }
        items.insert(entry.id, item);
    }
    m_tree->setRootIsDecorated(nested);
    m_tree->expandAll();
    m_rebuilding = false;
    selectId(current);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_remove->setEnabled(m_editable && m_tree->currentItem());
    m_lastId = currentId();
    updateEmptyState();
}

void RecordListPanel::setEmptyText(const QString &text, bool withAddLink)
{
    m_emptyText = text;
    m_emptyLink = withAddLink;
    updateEmptyState();
}

void RecordListPanel::updateEmptyState()
{
    const bool empty = m_entries.isEmpty() && !m_emptyText.isEmpty();
    if (empty) {
        QString text = m_emptyText.toHtmlEscaped();
        // The Add button's words, as a link that does the same.
        const QString add = QString(m_add->text()).remove(QLatin1Char('&')).toHtmlEscaped();
        if (m_editable && m_emptyLink)
            text += QStringLiteral(" – <a href=\"add\">%1</a>").arg(add);
        m_empty->setText(text);
    }
    m_empty->setVisible(empty);
}

QString RecordListPanel::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void RecordListPanel::selectId(const QString &id)
{
    if (id.isEmpty())
        return;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void RecordListPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_tree->currentItem());
    updateEmptyState();
}

void RecordListPanel::addExtraButton(QAbstractButton *button)
{
    // After Add and Remove, before the stretch.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void RecordListPanel::setAddText(const QString &text)
{
    m_add->setText(text);
    updateEmptyState();
}

void RecordListPanel::setRemoveText(const QString &text)
{
    m_remove->setText(text);
}

} // namespace samverka::ui
