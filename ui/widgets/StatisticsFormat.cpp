#include "StatisticsFormat.h"

#include "statistics/RegionResolver.h"

#include <QLocale>

#include <cmath>

namespace samverka::ui {

namespace {

// U+2212: a real minus sign lines up with the plus sign in a right-aligned column.
QString withSign(const QString &digits, bool negative, bool zero)
{
    if (zero)
        return digits;
    return (negative ? QString(QChar(0x2212)) : QStringLiteral("+")) + digits;
}

} // namespace

QString StatisticsFormat::missingTooltip()
{
    return tr("The value is missing or suppressed");
}

QString StatisticsFormat::count(std::optional<qint64> value)
{
    if (!value)
        return missingMark();
    return QLocale().toString(*value);
}

QString StatisticsFormat::decimal(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return missingMark();
    return QLocale().toString(*value, 'f', decimals);
}

QString StatisticsFormat::percent(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return missingMark();
    return tr("%1 %").arg(QLocale().toString(*value, 'f', decimals));
}

QString StatisticsFormat::signedCount(std::optional<int> value)
{
    if (!value)
        return missingMark();
    return withSign(QLocale().toString(std::abs(*value)), *value < 0, *value == 0);
}

QString StatisticsFormat::signedPercent(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return missingMark();
    const double rounded = std::round(*value * 10.0) / 10.0;
    const QString digits = tr("%1 %").arg(QLocale().toString(std::abs(rounded), 'f', 1));
    return withSign(digits, rounded < 0, rounded == 0);
}

QString StatisticsFormat::municipalityName(const QString &code, const QString &known)
{
    if (!known.isEmpty())
        return known;
    const QString name = core::RegionResolver::bundled().nameOf(code);
    return name.isEmpty() ? code : name;
}

} // namespace samverka::ui
