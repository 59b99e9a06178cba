#include "RecordTableEditor.h"

#include "AppContext.h"
#include "KeyboardTableView.h"
#include "RecordTableDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samverka::ui {

RecordTableEditor::RecordTableEditor(AppContext &context, storage::RecordKind kind,
                                     const QList<TableColumn> &columns, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kind(kind)
    , m_model(new RecordTableModel(context, kind, columns, this))
    , m_view(new KeyboardTableView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_noun(tr("row"))
{
    m_view->setModel(m_model);
    auto *delegate = new RecordTableDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setVisible(false);
    // One line per row; the whole text is in the tooltip and the editor.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);

    // Ctrl+Shift+Up/Down move the current row while the table has focus (see eventFilter).
    m_up->setToolTip(tr("Move the row up (Ctrl+Shift+Up)"));
    m_down->setToolTip(tr("Move the row down (Ctrl+Shift+Down)"));
    m_view->installEventFilter(this);
    m_up->setVisible(false);
    m_down->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setVisible(false);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        if (m_add->isEnabled())
            addRow();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (currentId() != m_newRowId)
            m_newRowId.clear();
        updateButtons();
        emit currentChanged(currentId());
    });
    // The view has closed the editor when this runs (it connected first).
    connect(delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    discardUntouchedNewRow();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTableEditor::updateButtons);
    updateButtons();
}

void RecordTableEditor::setCompanions(RecordTableModel::Companions companions)
{
    m_model->setCompanions(std::move(companions));
}

void RecordTableEditor::setReorderable(bool reorderable)
{
    m_reorderable = reorderable;
    m_up->setVisible(reorderable);
    m_down->setVisible(reorderable);
    updateButtons();
}

void RecordTableEditor::setAddLabel(const QString &label)
{
    m_add->setText(label);
    updateButtons();
}

void RecordTableEditor::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateButtons();
}

void RecordTableEditor::setColumns(const QList<TableColumn> &columns)
{
    // Pages set the columns on every reload, before the rows: without this, each
    // edit (which reloads the page) would lose the user's place in the table.
    const QString current = currentId();
    const int column = m_view->currentIndex().column();
    m_model->setColumns(columns);
    selectId(current, column);
}

void RecordTableEditor::reload()
{
    const QString current = currentId();
    const int column = m_view->currentIndex().column();
    m_model->setRows(m_provider ? m_provider() : QList<TableRow>{});
    selectId(current, column);
    sizeColumns();
    updateButtons();
}

void RecordTableEditor::setStretchColumn(int column)
{
    m_stretchColumn = column;
    sizeColumns();
}

void RecordTableEditor::setVisibleRows(int rows)
{
    const int row = m_view->verticalHeader()->defaultSectionSize();
    const int chrome = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    m_view->setMinimumHeight(chrome + 3 * row);
    m_view->setMaximumHeight(chrome + rows * row + 2);
    // Inside a form the table takes its rows' height, not the form's spare space.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void RecordTableEditor::setEvenColumns(bool even)
{
    m_evenColumns = even;
    m_view->setWordWrap(even);
    m_view->verticalHeader()->setSectionResizeMode(even ? QHeaderView::ResizeToContents
                                                        : QHeaderView::Interactive);
    sizeColumns();
}

void RecordTableEditor::sizeColumns()
{
    // Columns fit their content (within reason); one column takes what is left.
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_model->columnCount();
    if (m_evenColumns) {
        header->setStretchLastSection(false);
        for (int c = 0; c < columns; ++c)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        return;
    }
    const int stretch = m_stretchColumn >= 0 ? m_stretchColumn : columns - 1;
    header->setStretchLastSection(stretch == columns - 1);
    for (int c = 0; c < columns; ++c) {
        if (c == stretch) {
            header->setSectionResizeMode(c, stretch == columns - 1 ? QHeaderView::Interactive
                                                                   : QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_view->resizeColumnToContents(c);
        header->resizeSection(c, qBound(90, header->sectionSize(c) + 12, 300));
    }
}

void RecordTableEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_model->setEditable(editable);
    updateButtons();
}

QString RecordTableEditor::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : QString();
}

void RecordTableEditor::selectId(const QString &id, int column)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(
            m_model->index(row, column >= 0 && column < m_model->columnCount() ? column : 0));
}

QString RecordTableEditor::addRow()
{
    if (!m_editable)
        return {};
    const QString id =
        m_context.insertRecord(m_kind, m_parentId, m_defaults, -1, tr("Add %1").arg(m_noun));
    if (id.isEmpty())
        return id;
    reload();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return id;
    int column = 0;
    while (column + 1 < m_model->columnCount() &&
           !(m_model->flags(m_model->index(row, column)) & Qt::ItemIsEditable))
        ++column;
    const QModelIndex first = m_model->index(row, column);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(first);
    m_view->scrollTo(first);
    const QUndoStack *stack = m_context.undoStack();
    m_newRowId = m_model->idAt(row);
    m_newRowStackIndex = stack->index();
    m_newRowCommand = stack->command(stack->index() - 1);
    // A table of read-only columns (an overview) leaves the naming to the page.
    if (m_model->flags(first) & Qt::ItemIsEditable)
        m_view->edit(first);
    emit rowAdded(id);
    return id;
}

void RecordTableEditor::discardUntouchedNewRow()
{
    QUndoStack *stack = m_context.undoStack();
    const bool untouched = !m_newRowId.isEmpty() && currentId() == m_newRowId &&
                           stack->index() == m_newRowStackIndex &&
                           stack->command(stack->index() - 1) == m_newRowCommand;
    m_newRowId.clear();
    if (!untouched)
        return;
    stack->undo();
    reload();
}

bool RecordTableEditor::removeCurrent()
{
    const QString id = currentId();
    if (!m_editable || id.isEmpty())
        return false;
    const bool ok = m_context.removeRecord(m_kind, id, tr("Remove %1").arg(m_noun));
    if (ok)
        reload();
    return ok;
}

bool RecordTableEditor::moveCurrent(int delta)
{
    const QString id = currentId();
    const int row = m_view->currentIndex().row();
    const int column = qMax(0, m_view->currentIndex().column());
    const int target = row + delta;
    if (!m_editable || id.isEmpty() || target < 0 || target >= m_model->rowCount())
        return false;
    const bool ok = m_context.moveRecord(m_kind, id, target, tr("Move %1").arg(m_noun));
    if (ok) {
        reload();
        const int now = m_model->rowOf(id);
        m_view->setCurrentIndex(m_model->index(now < 0 ? target : now, column));
    }
    return ok;
}

bool RecordTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && m_reorderable) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTableEditor::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const bool addressable = index.isValid() && !m_model->idAt(index.row()).isEmpty();
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && addressable);
    m_up->setEnabled(m_editable && addressable && index.row() > 0);
    m_down->setEnabled(m_editable && addressable && index.row() + 1 < m_model->rowCount());
    const bool empty = m_model->rowCount() == 0 && !m_emptyText.isEmpty();
    if (empty) {
        QString text = m_emptyText.toHtmlEscaped();
        if (m_editable)
            text += QStringLiteral(" – <a href=\"add\">%1</a>")
                        .arg(QString(m_add->text()).remove(QLatin1Char('&')).toHtmlEscaped());
        m_empty->setText(text);
    }
    m_empty->setVisible(empty);
}

} // namespace samverka::ui
