#include "StringListEditor.h"

#include "KeyboardTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;     ///< row mode: the file's id of the row
constexpr int StoredRole = Qt::UserRole + 2; ///< row mode: the text as in the file
} // namespace

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

    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_loading)
            return;
        if (m_rowMode)
            rowChanged(item->row());
        else
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
        const QString id = m_model->item(current.row())->data(IdRole).toString();
        m_model->removeRow(current.row());
        if (!m_rowMode)
            emitIfChanged();
        else if (!id.isEmpty())
            emit rowRemoved(id);
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

void StringListEditor::setRows(const QList<QPair<QString, QString>> &rows)
{
    m_rowMode = true;
    m_loading = true;
    if (sameTexts(rows)) {
        // The rows shown are the file's (the usual case right after an own edit): only
        // name them, so a row whose editor is open is not pulled away underneath.
        int next = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row);
            if (item->text().trimmed().isEmpty()) {
                item->setData(QString(), IdRole); // cleared: removed from the file
                continue;
            }
            item->setData(rows.at(next).first, IdRole);
            item->setData(rows.at(next).second, StoredRole);
            ++next;
        }
    } else {
        const int current = m_view->currentIndex().row();
        m_model->removeRows(0, m_model->rowCount());
        for (const auto &[id, text] : rows) {
            auto *item = new QStandardItem(text);
            item->setData(id, IdRole);
            item->setData(text, StoredRole);
            m_model->appendRow(item);
        }
        if (current >= 0 && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(qMin(current, m_model->rowCount() - 1), 0));
    }
    m_loading = false;
}

bool StringListEditor::sameTexts(const QList<QPair<QString, QString>> &rows) const
{
    QStringList texts;
    for (const auto &row : rows)
        texts << row.second.trimmed();
    return value() == texts;
}

void StringListEditor::rowChanged(int row)
{
    QStandardItem *item = m_model->item(row);
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    const QString text = item->text().trimmed();
    if (!id.isEmpty()) {
        if (text.isEmpty())
            emit rowRemoved(id);
        else if (text != item->data(StoredRole).toString())
            emit rowEdited(id, text);
        return;
    }
    if (text.isEmpty())
        return;
    int index = 0; // among the rows from the file, which all have ids
    for (int before = 0; before < row; ++before)
        if (!m_model->item(before)->data(IdRole).toString().isEmpty())
            ++index;
    emit rowAdded(index, text);
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
    if (m_rowMode)
        rowChanged(m_model->rowCount() - 1);
    else
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
