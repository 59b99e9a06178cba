#pragma once

// Reads the dates and numbers a Swedish user types (2025-01-01, 20250101, 1/1 2025;
// 5 000 000, 7,5, −500) and says in words what is wrong with what cannot be read,
// naming the field and what it takes. Shown numbers are written so they read back.

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace samverka::ui {

class TypedInput
{
    Q_DECLARE_TR_FUNCTIONS(samverka::ui::TypedInput)

public:
    /// What a number field takes: at most 'decimals' decimals in [lowest, highest].
    struct NumberRule {
        int decimals = 0;
        double lowest = 0;
        double highest = 0;
        QString unit; ///< shown after the number, e.g. "kr"; may be typed too
        bool grouped = true;
    };
    /// A number read from text, or the reason it was refused.
    struct NumberReading {
        std::optional<double> value; ///< empty with an empty problem: the text was empty
        QString problem;
    };

    /// The date text names, or nullopt when it is no date (an empty text is no date).
    static std::optional<QDate> date(const QString &text);
    /// Why text was refused by the date field called name.
    static QString dateProblem(const QString &name, const QString &text);
    /// How a date is shown: 2025-01-01.
    static QString dateText(const QDate &date);

    /// Reads text by rule for the field called name; an empty text is "not set".
    static NumberReading number(const QString &text, const NumberRule &rule, const QString &name);
    /// How a number is shown: Swedish grouping and decimal comma, every digit kept.
    static QString numberText(double value, const NumberRule &rule);

private:
    static QString ruleText(const NumberRule &rule);
};

} // namespace samverka::ui
