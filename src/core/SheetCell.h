#pragma once

// One cell of an exported table: empty, text, a date, a whole number or a decimal number,
// kept typed so that a spreadsheet gets real dates and numbers, not their text.

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace samverka::core {

class SheetCell
{
public:
    enum class Type { Empty, Text, Date, Integer, Decimal };

    SheetCell() = default;
    static SheetCell text(const QString &text);
    /// An invalid date is an empty cell.
    static SheetCell date(const QDate &date);
    static SheetCell integer(std::int64_t value);
    static SheetCell decimal(double value);
    /// Empty when the value is missing.
    static SheetCell integer(std::optional<int> value);
    static SheetCell decimal(std::optional<double> value);

    Type type() const;
    bool isEmpty() const { return type() == Type::Empty; }
    QString textValue() const;
    QDate dateValue() const;
    std::int64_t integerValue() const;
    double decimalValue() const;

    bool operator==(const SheetCell &) const = default;

private:
    std::variant<std::monostate, QString, QDate, std::int64_t, double> m_value;
};

} // namespace samverka::core
