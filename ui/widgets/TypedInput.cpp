#include "TypedInput.h"

#include <QLocale>
#include <QRegularExpression>

namespace samverka::ui {

namespace {

// Dates the way Swedes write them; years outside these are taken as typing errors.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

QLocale swedish()
{
    // Always Swedish digits: the data are Swedish, and a number shown must read back.
    QLocale locale(QLocale::Swedish, QLocale::Sweden);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < kFirstYear || year > kLastYear)
        return std::nullopt;
    return date;
}

/// The text without its unit, spaces (thousands) and with a plain minus sign.
QString normalised(const QString &text, const QString &unit)
{
    QString s = text.trimmed();
    const QString u = unit.trimmed();
    if (!u.isEmpty() && s.endsWith(u, Qt::CaseInsensitive))
        s.chop(u.size());
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isSpace())
            continue; // space, no-break space, thin space: thousands separators
        if (c == QChar(0x2212) || c == QChar(0x2013))
            out += QLatin1Char('-'); // the typographic minus Swedish formatting uses
        else
            out += c;
    }
    return out;
}

} // namespace

std::optional<QDate> TypedInput::date(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dayMonth(
        QStringLiteral("^(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s+(\\d{4})$"));
    const QString s = text.simplified();
    for (const QRegularExpression *yearFirst : {&iso, &compact}) {
        const auto m = yearFirst->match(s);
        if (m.hasMatch())
            return validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    const auto m = dayMonth.match(s);
    if (m.hasMatch())
        return validDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return std::nullopt;
}

QString TypedInput::dateProblem(const QString &name, const QString &text)
{
    return tr("%1: “%2” is not a date. Write it as 2025-01-01, 20250101 or 1/1 2025. "
              "Nothing was saved.")
        .arg(name, text.trimmed());
}

QString TypedInput::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

TypedInput::NumberReading TypedInput::number(const QString &text, const NumberRule &rule,
                                             const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^([-+]?)(\\d*)(?:[.,](\\d*))?$"));
    const QString s = normalised(text, rule.unit);
    if (s.isEmpty())
        return {};
    const QString typed = text.trimmed();
    const auto m = pattern.match(s);
    // "1.000" is a thousand to some and one to others: neither is guessed.
    const bool ambiguous = s.contains(QLatin1Char('.')) && m.captured(3).size() == 3;
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()) || ambiguous)
        return {
            std::nullopt,
            tr("%1: “%2” is not a number. %3 Nothing was saved.").arg(name, typed, ruleText(rule))};
    QString fraction = m.captured(3);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > rule.decimals)
        return {std::nullopt, tr("%1: “%2” has too many decimals. %3 Nothing was saved.")
                                  .arg(name, typed, ruleText(rule))};
    // Digits to a double: exact for every whole number up to 2^53, far above 10^12.
    const QString plain = m.captured(1) +
                          (m.captured(2).isEmpty() ? QStringLiteral("0") : m.captured(2)) +
                          (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    const double value = plain.toDouble();
    if (value < rule.lowest || value > rule.highest)
        return {std::nullopt, tr("%1: “%2” is outside what the field takes. %3 Nothing was saved.")
                                  .arg(name, typed, ruleText(rule))};
    return {value == 0 ? 0.0 : value, {}}; // no "-0"
}

QString TypedInput::numberText(double value, const NumberRule &rule)
{
    QLocale locale = swedish();
    if (!rule.grouped)
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'f', QLocale::FloatingPointShortest);
    if (!rule.unit.trimmed().isEmpty())
        text += QLatin1Char(' ') + rule.unit.trimmed();
    return text;
}

QString TypedInput::ruleText(const NumberRule &rule)
{
    NumberRule bare = rule;
    bare.unit.clear();
    const QString lowest = numberText(rule.lowest, bare);
    const QString highest = numberText(rule.highest, rule);
    if (rule.decimals == 0)
        return tr("Write a whole number from %1 to %2.").arg(lowest, highest);
    return tr("Write a number from %1 to %2 with at most %n decimal(s).", nullptr, rule.decimals)
        .arg(lowest, highest);
}

} // namespace samverka::ui
