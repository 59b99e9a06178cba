#include "NumberField.h"

#include "InputProblem.h"

namespace samverka::ui {

namespace {

bool isSet(const QVariant &value)
{
    bool ok = false;
    value.toDouble(&ok);
    return value.isValid() && !value.isNull() && ok &&
           !(value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

NumberField::NumberField(int decimals, double lowest, double highest, QWidget *parent)
    : QLineEdit(parent)
{
    m_rule.decimals = decimals;
    m_rule.lowest = lowest;
    m_rule.highest = highest;
    setPlaceholderText(tr("–"));
    setAlignment(Qt::AlignRight);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QLineEdit::editingFinished, this, &NumberField::commitText);
}

void NumberField::setValue(const QVariant &value)
{
    const QVariant loaded = isSet(value) ? value : QVariant();
    // A reload after another field's edit keeps refused text to be corrected, unless
    // the stored value itself changed (undo, a colleague).
    if (!problem().isEmpty() && loaded == m_loaded)
        return;
    InputProblem::clear(this);
    m_loaded = loaded;
    show(m_loaded);
}

void NumberField::discardTyped()
{
    InputProblem::clear(this);
    show(m_loaded);
}

void NumberField::show(const QVariant &value)
{
    m_shown = value.isValid() ? TypedInput::numberText(value.toDouble(), m_rule) : QString();
    const QSignalBlocker blocker(this);
    if (text() != m_shown)
        setText(m_shown);
}

void NumberField::enter(const QVariant &value)
{
    setText(isSet(value) ? TypedInput::numberText(value.toDouble(), m_rule) : QString());
    commitText();
}

void NumberField::setSuffix(const QString &suffix)
{
    m_rule.unit = suffix;
    show(m_loaded);
}

void NumberField::setGroupSeparatorShown(bool shown)
{
    m_rule.grouped = shown;
    show(m_loaded);
}

void NumberField::setName(const QString &name)
{
    m_name = name;
    setAccessibleName(name);
}

QString NumberField::name() const
{
    if (!m_name.isEmpty())
        return m_name;
    return accessibleName().isEmpty() ? tr("The number") : accessibleName();
}

QString NumberField::problem() const
{
    return InputProblem::of(this);
}

void NumberField::commitText()
{
    if (text() == m_shown) { // left unchanged, or changed back
        InputProblem::clear(this);
        return;
    }
    const TypedInput::NumberReading reading = TypedInput::number(text(), m_rule, name());
    if (!reading.problem.isEmpty()) {
        InputProblem::show(this, reading.problem);
        emit refused(reading.problem);
        return;
    }
    InputProblem::clear(this);
    QVariant now;
    if (reading.value) {
        // Whole numbers travel as a 64-bit integer: 5 000 000 000 must not become an int.
        now = m_rule.decimals == 0 ? QVariant(qint64(*reading.value)) : QVariant(*reading.value);
    }
    show(now);
    if (now == m_loaded)
        return;
    m_loaded = now;
    emit committed(now);
}

} // namespace samverka::ui
