#pragma once

// An optional number: a spin box whose lowest position means "not set" (shown as a
// dash), for budgets, hours, counts and goal values. Commits once per edit.

#include <QDoubleSpinBox>
#include <QVariant>

namespace samverka::ui {

class NumberField : public QDoubleSpinBox
{
    Q_OBJECT

public:
    /// decimals 0 makes an integer field (value() then holds an int).
    explicit NumberField(int decimals, double lowest, double highest, QWidget *parent = nullptr);

    /// Shows a loaded value (invalid/null = not set); does not emit committed().
    void setValue(const QVariant &value);
    /// The number, or an invalid QVariant when not set.
    QVariant value() const;
    /// Sets the value as if the user had typed it (emits committed() when changed).
    void enter(const QVariant &value);

signals:
    void committed(const QVariant &value);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void commitIfChanged();

    QVariant m_loaded;
};

} // namespace samverka::ui
