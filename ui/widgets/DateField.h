#pragma once

// An optional date: a date editor with a calendar popup and a button that clears
// it (dates of the domain are optional). Reports a change once per edit.

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace samverka::ui {

class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// Shows a loaded value (a null date = not set); does not emit committed().
    void setValue(const QDate &date);
    /// The date, or a null QDate when not set.
    QDate value() const;
    /// Sets the date as if the user had picked it (emits committed() when changed).
    void pick(const QDate &date);
    QDateEdit *editor() const { return m_edit; }
    /// Names the field and its inner editor for assistive technology.
    void setName(const QString &name);

signals:
    void committed(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commitIfChanged();
    void updateClearButton();

    QDateEdit *m_edit;
    QToolButton *m_clear;
    QDate m_loaded;
};

} // namespace samverka::ui
