#pragma once

// How a date or number field shows that what was typed was refused: the input turns
// red, keeps the text so it can be corrected, and carries the reason as its tooltip
// (shown at once at the field) and accessible description. The same for every field.

#include <QString>

class QWidget;

namespace samverka::ui {

class InputProblem
{
public:
    /// Marks input as refused with message, and shows the message at the field.
    static void show(QWidget *input, const QString &message);
    /// Takes the mark away (a valid value was entered or loaded).
    static void clear(QWidget *input);
    /// The message input is marked with, or empty.
    static QString of(const QWidget *input);
};

} // namespace samverka::ui
