#include "StringListEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

StringListEditor::StringListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4);
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            emitIfChanged();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_loading = true;
        auto *item = new QListWidgetItem(QString(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_loading = false;
        m_list->editItem(item); // committed once the text is entered
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emitIfChanged();
    });
}

void StringListEditor::setValue(const QStringList &values)
{
    m_loaded = values;
    if (value() == values)
        return;
    m_loading = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &text : values) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_loading = false;
}

QStringList StringListEditor::value() const
{
    QStringList values;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString text = m_list->item(row)->text().trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values;
}

void StringListEditor::append(const QString &text)
{
    m_loading = true;
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_loading = false;
    emitIfChanged();
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
