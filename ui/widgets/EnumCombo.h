#pragma once

// A combo box of one domain enum with Swedish labels (core::EnumLabels); the value is
// the exchange-format word, as MunicipalityFile::setField takes it. An optional enum
// gets an empty first entry meaning "not set".

#include "EnumLabels.h"

#include <QComboBox>

namespace samverka::ui {

class EnumCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit EnumCombo(QWidget *parent = nullptr);

    template <typename E> void setEnum(bool optional)
    {
        QList<QPair<QString, QString>> choices;
        for (E value : core::allValues<E>())
            choices.append({core::toWord(value), core::EnumLabels::label(value)});
        setChoices(choices, optional);
    }
    /// Any list of (value, label) pairs, e.g. the file's parties (value = id).
    void setChoices(const QList<QPair<QString, QString>> &choices, bool optional);

    /// Shows a loaded value (empty = not set); does not emit committed().
    void setValue(const QString &value);
    QString value() const { return currentData().toString(); }

signals:
    /// The user picked a value; an empty string means "not set".
    void committed(const QString &value);
};

} // namespace samverka::ui
