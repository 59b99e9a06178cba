#include "StringListEditor.h"

#include "KeyboardTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace samverka::ui {

StringListEditor::StringListEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new KeyboardTableView(this))
    , m_model(new QStandardItemModel(0, 1, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    // A one-column table rather than a list: its rows keep their height when empty,
    // so a new row is seen and its editor has room.
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_loading)
            emitIfChanged();
    });
    // The view has closed the editor when this runs (it connected first).
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &StringListEditor::dropEmptyRows);
    connect(m_add, &QPushButton::clicked, this, &StringListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        m_model->removeRow(current.row());
        emitIfChanged();
    });
}

QTableView *StringListEditor::view() const
{
    return m_view;
}

void StringListEditor::setValue(const QStringList &values)
{
    m_loaded = values;
    if (value() == values)
        return;
    m_loading = true;
    const int row = m_view->currentIndex().row();
    m_model->removeRows(0, m_model->rowCount());
    for (const QString &text : values)
        m_model->appendRow(new QStandardItem(text));
    if (row >= 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    m_loading = false;
}

QStringList StringListEditor::value() const
{
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->item(row)->text().trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values;
}

void StringListEditor::append(const QString &text)
{
    m_loading = true;
    m_model->appendRow(new QStandardItem(text));
    m_loading = false;
    emitIfChanged();
}

void StringListEditor::addRow()
{
    if (!isEnabled())
        return;
    m_loading = true;
    m_model->appendRow(new QStandardItem);
    m_loading = false;
    const QModelIndex index = m_model->index(m_model->rowCount() - 1, 0);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index); // committed once the text is entered
}

void StringListEditor::dropEmptyRows()
{
    // Not the row whose editor is open (Tab may have moved on into an empty row).
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->item(row)->text().trimmed().isEmpty() && !m_view->indexWidget(index))
            m_model->removeRow(row);
    }
}

void StringListEditor::emitIfChanged()
{
    const QStringList now = value();
    if (now == m_loaded)
        return;
    m_loaded = now;
    emit committed(now);
}

void StringListEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange) {
        m_add->setEnabled(isEnabled());
        m_remove->setEnabled(isEnabled());
    }
}

} // namespace samverka::ui
