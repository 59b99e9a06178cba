#include "DateField.h"

#include "CalendarSetup.h"
#include "InputProblem.h"
#include "TypedInput.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace samverka::ui {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(tr("No date"));
    m_edit->setToolTip(tr("Type a date as 2025-01-01, 20250101 or 1/1 2025, or press F4 "
                          "for the calendar"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                            24);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00 0000")) *
                            2);
    m_edit->installEventFilter(this);
    m_calendarButton->setArrowType(Qt::DownArrow);
    m_calendarButton->setToolTip(tr("Choose the date in a calendar (F4)"));
    m_calendarButton->setAccessibleName(tr("Open the calendar"));
    m_calendarButton->setFocusPolicy(Qt::TabFocus); // F4 or Alt+Down opens it from the field
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAccessibleName(tr("Clear the date"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setFocusProxy(m_edit);
    updateClearButton();

    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::commitText);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::openCalendar);
    connect(m_clear, &QToolButton::clicked, this, [this] { pick(QDate()); });
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::updateClearButton);
}

void DateField::setValue(const QDate &date)
{
    const QDate loaded = date.isValid() ? date : QDate();
    // A reload after another field's edit keeps refused text to be corrected, unless
    // the stored date itself changed (undo, a colleague).
    if (!problem().isEmpty() && loaded == m_loaded)
        return;
    InputProblem::clear(m_edit);
    m_loaded = loaded;
    show(m_loaded);
}

void DateField::discardTyped()
{
    InputProblem::clear(m_edit);
    show(m_loaded);
}

void DateField::show(const QDate &date)
{
    const QString text = TypedInput::dateText(date);
    if (m_edit->text() != text)
        m_edit->setText(text);
    updateClearButton();
}

void DateField::pick(const QDate &date)
{
    InputProblem::clear(m_edit);
    show(date.isValid() ? date : QDate());
    commit(date.isValid() ? date : QDate());
}

void DateField::setName(const QString &name)
{
    m_name = name;
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_calendarButton->setAccessibleName(tr("Calendar for %1").arg(name));
    m_clear->setAccessibleName(tr("Clear %1").arg(name));
}

QDate DateField::referenceDate() const
{
    return m_reference.isValid() ? m_reference : QDate::currentDate();
}

QString DateField::problem() const
{
    return InputProblem::of(m_edit);
}

void DateField::commitText()
{
    const QString text = m_edit->text();
    if (text == TypedInput::dateText(m_loaded)) { // left unchanged, or changed back
        InputProblem::clear(m_edit);
        return;
    }
    if (text.trimmed().isEmpty()) {
        pick(QDate());
        return;
    }
    const std::optional<QDate> date = TypedInput::date(text);
    if (!date) {
        const QString name = m_name.isEmpty() ? tr("The date") : m_name;
        const QString message = TypedInput::dateProblem(name, text);
        InputProblem::show(m_edit, message);
        emit refused(message);
        return;
    }
    pick(*date);
}

void DateField::commit(const QDate &date)
{
    if (date == m_loaded)
        return;
    m_loaded = date;
    emit committed(date);
}

void DateField::openCalendar()
{
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(m_popup);
        box->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(false);
        CalendarSetup::configure(m_calendar); // Monday first, "mån" whole, week numbers
        box->addWidget(m_calendar);
        m_calendar->installEventFilter(this);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::calendarChosen);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::calendarChosen);
    }
    // What is typed but not yet committed counts: the calendar shows that date.
    const QDate typed = TypedInput::date(m_edit->text()).value_or(m_loaded);
    const QDate at = typed.isValid() ? typed : referenceDate();
    const QSignalBlocker blocker(m_calendar);
    m_calendar->setSelectedDate(at);
    m_calendar->setCurrentPage(at.year(), at.month());
    m_popup->adjustSize();
    m_popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::calendarChosen(const QDate &date)
{
    if (m_popup)
        m_popup->hide();
    m_edit->setFocus(Qt::OtherFocusReason);
    pick(date);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool opens = key->key() == Qt::Key_F4 ||
                           (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier);
        if (watched == m_edit && opens) {
            openCalendar();
            return true;
        }
        if (watched == m_calendar && key->key() == Qt::Key_Escape) {
            m_popup->hide();
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::updateClearButton()
{
    m_clear->setEnabled(isEnabled() && !m_edit->text().isEmpty());
}

void DateField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        updateClearButton();
}

} // namespace samverka::ui
