#include "DateField.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QTimer>
#include <QToolButton>

namespace samverka::ui {

namespace {
// A null date is shown as the editor's minimum with a special text.
const QDate kNotSet(1900, 1, 1);
} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(kNotSet);
    m_edit->setSpecialValueText(tr("No date"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                            48);
    m_edit->calendarWidget()->installEventFilter(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAccessibleName(tr("Clear the date"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setFocusProxy(m_edit);
    m_edit->setDate(kNotSet);
    updateClearButton();

    connect(m_edit, &QDateEdit::editingFinished, this, &DateField::commitIfChanged);
    // A date picked in the popup ends the edit at once.
    connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this,
            [this] { QTimer::singleShot(0, this, &DateField::commitIfChanged); });
    connect(m_edit->calendarWidget(), &QCalendarWidget::activated, this,
            [this] { QTimer::singleShot(0, this, &DateField::commitIfChanged); });
    connect(m_clear, &QToolButton::clicked, this, [this] { pick(QDate()); });
    connect(m_edit, &QDateEdit::dateChanged, this, &DateField::updateClearButton);
}

void DateField::setValue(const QDate &date)
{
    m_loaded = date.isValid() ? date : QDate();
    const QSignalBlocker blocker(m_edit);
    m_edit->setDate(m_loaded.isValid() ? m_loaded : kNotSet);
    updateClearButton();
}

QDate DateField::value() const
{
    const QDate date = m_edit->date();
    return date == kNotSet ? QDate() : date;
}

void DateField::pick(const QDate &date)
{
    m_edit->setDate(date.isValid() ? date : kNotSet);
    commitIfChanged();
}

void DateField::setName(const QString &name)
{
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_clear->setAccessibleName(tr("Clear %1").arg(name));
}

void DateField::commitIfChanged()
{
    const QDate date = value();
    if (date == m_loaded)
        return;
    m_loaded = date;
    emit committed(date);
}

void DateField::updateClearButton()
{
    m_clear->setEnabled(isEnabled() && value().isValid());
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // An empty date opens the calendar on today's month, not on the year 1900.
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show &&
        !value().isValid()) {
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        updateClearButton();
}

} // namespace samverka::ui
