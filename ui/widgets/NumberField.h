#pragma once

// An optional number typed as a Swedish user writes it (5 000 000, 7,5, an empty field
// for "not set"), for budgets, hours, counts and goal values. Commits once per edit,
// on Enter or when focus leaves. What is not a number, has too many decimals or lies
// outside the range is refused with a message naming the field and what it takes:
// the stored value stays as it was, nothing is wrapped, clamped or rounded.

#include "TypedInput.h"

#include <QLineEdit>
#include <QVariant>

namespace samverka::ui {

class NumberField : public QLineEdit
{
    Q_OBJECT

public:
    /// decimals 0 makes a whole-number field (value() then holds a qint64).
    explicit NumberField(int decimals, double lowest, double highest, QWidget *parent = nullptr);

    /// Shows a loaded value (invalid/null = not set); does not emit committed().
    void setValue(const QVariant &value);
    /// The value last loaded or committed, or an invalid QVariant when not set.
    QVariant value() const { return m_loaded; }
    /// Shows the loaded value again instead of refused text (another record is shown).
    void discardTyped();
    /// Sets the value as if the user had typed it (emits committed() when changed).
    void enter(const QVariant &value);

    /// The unit shown after the number, e.g. " kr" (it may be typed too).
    void setSuffix(const QString &suffix);
    void setGroupSeparatorShown(bool shown);
    /// Names the field in messages and for assistive technology.
    void setName(const QString &name);
    /// Why the text now in the field was refused, or empty.
    QString problem() const;

signals:
    void committed(const QVariant &value);
    /// The typed text was refused; message says why, naming the field.
    void refused(const QString &message);

private:
    void commitText();
    void show(const QVariant &value);
    QString name() const;

    TypedInput::NumberRule m_rule;
    QString m_name;
    QVariant m_loaded;
    QString m_shown; ///< the text of m_loaded as shown
};

} // namespace samverka::ui
