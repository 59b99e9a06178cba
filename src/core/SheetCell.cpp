#include "SheetCell.h"

namespace samverka::core {

SheetCell SheetCell::text(const QString &text)
{
    SheetCell cell;
    if (!text.isEmpty())
        cell.m_value = text;
    return cell;
}

SheetCell SheetCell::date(const QDate &date)
{
    SheetCell cell;
    if (date.isValid())
        cell.m_value = date;
    return cell;
}

SheetCell SheetCell::integer(std::int64_t value)
{
    SheetCell cell;
    cell.m_value = value;
    return cell;
}

SheetCell SheetCell::decimal(double value)
{
    SheetCell cell;
    cell.m_value = value;
    return cell;
}

SheetCell SheetCell::integer(std::optional<int> value)
{
    return value ? integer(std::int64_t(*value)) : SheetCell();
}

SheetCell SheetCell::decimal(std::optional<double> value)
{
    return value ? decimal(*value) : SheetCell();
}

SheetCell::Type SheetCell::type() const
{
    return Type(m_value.index());
}

QString SheetCell::textValue() const
{
    const QString *text = std::get_if<QString>(&m_value);
    return text ? *text : QString();
}

QDate SheetCell::dateValue() const
{
    const QDate *date = std::get_if<QDate>(&m_value);
    return date ? *date : QDate();
}

std::int64_t SheetCell::integerValue() const
{
    const std::int64_t *value = std::get_if<std::int64_t>(&m_value);
    return value ? *value : 0;
}

double SheetCell::decimalValue() const
{
    const double *value = std::get_if<double>(&m_value);
    return value ? *value : 0.0;
}

} // namespace samverka::core
