#include "NumberField.h"

#include <QWheelEvent>

namespace samverka::ui {

NumberField::NumberField(int decimals, double lowest, double highest, QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(decimals);
    setSingleStep(1.0);
    setGroupSeparatorShown(true);
    // One step below the lowest real value is the "not set" position.
    setRange(lowest - 1.0, highest);
    setSpecialValueText(tr("–"));
    setToolTip(tr("Step below the lowest value to leave it unset"));
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignRight);
    QDoubleSpinBox::setValue(minimum());
    connect(this, &QDoubleSpinBox::editingFinished, this, &NumberField::commitIfChanged);
}

void NumberField::setValue(const QVariant &value)
{
    const QSignalBlocker blocker(this);
    bool ok = false;
    const double number = value.toDouble(&ok);
    const bool set = value.isValid() && !value.isNull() && ok;
    QDoubleSpinBox::setValue(set ? number : minimum());
    m_loaded = this->value();
}

QVariant NumberField::value() const
{
    const double number = QDoubleSpinBox::value();
    if (number <= minimum())
        return {};
    if (decimals() == 0)
        return QVariant(static_cast<int>(qRound64(number)));
    return QVariant(number);
}

void NumberField::enter(const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    QDoubleSpinBox::setValue(value.isValid() && ok ? number : minimum());
    commitIfChanged();
}

void NumberField::commitIfChanged()
{
    const QVariant now = value();
    if (now == m_loaded)
        return;
    m_loaded = now;
    emit committed(now);
}

void NumberField::wheelEvent(QWheelEvent *event)
{
    // Scrolling a form must not change a number the user did not click into.
    if (!hasFocus()) {
        event->ignore();
        return;
    }
    QDoubleSpinBox::wheelEvent(event);
}

} // namespace samverka::ui
