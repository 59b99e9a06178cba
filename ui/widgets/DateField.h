#pragma once

// An optional date typed as a Swedish user writes it (2025-01-01, 20250101, 2025-1-1,
// 1/1 2025; an empty field for "no date"), with a calendar popup and a button that
// clears it. Commits once per edit, on Enter or when focus leaves. Text that is no
// date is refused with a message naming the field and the forms it takes; the stored
// date stays as it was. The calendar opens at the date, or, when there is none, at a
// reference date the page sets (e.g. the start of the agreement's period), else today.

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

namespace samverka::ui {

class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// Shows a loaded value (a null date = not set); does not emit committed().
    void setValue(const QDate &date);
    /// The date last loaded or committed, or a null QDate when not set.
    QDate value() const { return m_loaded; }
    /// Shows the loaded date again instead of refused text (another record is shown).
    void discardTyped();
    /// Sets the date as if the user had picked it (emits committed() when changed).
    void pick(const QDate &date);
    QLineEdit *editor() const { return m_edit; }
    QToolButton *calendarButton() const { return m_calendarButton; }
    /// Names the field and its inner editor for assistive technology and messages.
    void setName(const QString &name);
    /// Where an empty field's calendar opens (invalid: today).
    void setReferenceDate(const QDate &date) { m_reference = date; }
    QDate referenceDate() const;
    /// Opens the calendar popup at the date, or at the reference date when empty.
    void openCalendar();
    /// The calendar of the popup (created when first opened), or nullptr.
    QCalendarWidget *calendar() const { return m_calendar; }
    /// Why the text now in the field was refused, or empty.
    QString problem() const;

signals:
    void committed(const QDate &date);
    /// The typed text was refused; message says why, naming the field.
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commitText();
    void commit(const QDate &date);
    void show(const QDate &date);
    void calendarChosen(const QDate &date);
    void updateClearButton();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QToolButton *m_clear;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_loaded;
    QDate m_reference;
    QString m_name;
};

} // namespace samverka::ui
