#include "SearchDialog.h"

#include "AppContext.h"
#include "TextSearch.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

#include <algorithm>

namespace samverka::ui {

namespace {
constexpr int TargetRole = Qt::UserRole + 1;
constexpr int kTypingDelayMs = 200;
} // namespace

SearchDialog::SearchDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Find"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Find:"));
    m_text = new QLineEdit;
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text to find"));
    m_text->setPlaceholderText(tr("Any text in the file: a title, a description, a name…"));
    label->setBuddy(m_text);
    row->addWidget(label);
    row->addWidget(m_text, 1);
    layout->addLayout(row);
    m_results = new QTreeWidget;
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformRowHeights(true);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Record"), tr("Agreement"), tr("Where the text was found")});
    m_results->header()->setStretchLastSection(true);
    // The snippet starts just before the match: cut at the end, never in the middle.
    m_results->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_results, 1);
    m_count = new QLabel;
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kTypingDelayMs);
    connect(m_delay, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_results->topLevelItemCount() > 0)
            activateResult(std::max(0, m_results->indexOfTopLevelItem(m_results->currentItem())));
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        activateResult(m_results->indexOfTopLevelItem(item));
    });
    // A hidden dialog does not search the whole file again on every edit: it searches when
    // it is shown again (showEvent).
    connect(&m_context, &AppContext::dataChanged, this, [this] {
        if (isVisible())
            m_delay->start();
        else
            m_stale = true;
    });
    connect(&m_context, &AppContext::fileChanged, this, &SearchDialog::search);
    resize(900, 460);
    m_results->setColumnWidth(0, 300);
    m_results->setColumnWidth(1, 230);
}

void SearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (std::exchange(m_stale, false))
        m_delay->start();
    m_text->setFocus();
    m_text->selectAll();
}

void SearchDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void SearchDialog::search()
{
    m_delay->stop();
    m_results->clear();
    if (!m_context.hasFile() || m_text->text().trimmed().isEmpty()) {
        m_count->clear();
        return;
    }
    QList<SearchHit> hits;
    try {
        hits = TextSearch::search(m_context.file()->load({false, storage::StatisticsRows::None}),
                                  m_text->text());
    } catch (const storage::StorageError &e) {
        m_count->setText(e.message());
        return;
    }
    for (const SearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem(
            m_results, {tr("%1: %2").arg(hit.kind, hit.title), hit.agreement, hit.snippet});
        item->setToolTip(0, hit.label());
        item->setToolTip(1, hit.agreement);
        item->setToolTip(2, hit.snippet);
        item->setData(0, TargetRole, QVariant::fromValue(hit.target));
    }
    m_count->setText(hits.isEmpty() ? tr("Nothing found.")
                                    : tr("%n result(s).", nullptr, int(hits.size())));
    if (!hits.isEmpty())
        m_results->setCurrentItem(m_results->topLevelItem(0));
}

int SearchDialog::resultCount() const
{
    return m_results->topLevelItemCount();
}

QString SearchDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_results->topLevelItem(row);
    return item ? item->toolTip(0) : QString();
}

void SearchDialog::activateResult(int row)
{
    const QTreeWidgetItem *item = m_results->topLevelItem(row);
    if (!item)
        return;
    // The page opened is what the user wants to see: the dialog steps aside (Ctrl+F
    // brings it back with the same text and results).
    hide();
    m_context.navigate(item->data(0, TargetRole).value<NavTarget>());
}

} // namespace samverka::ui
