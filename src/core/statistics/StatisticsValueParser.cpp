#include "StatisticsValueParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace samverka::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::core::StatisticsValueParser", text);
}

const QRegularExpression &preliminaryPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\(?\\s*(?:prel(?:\\.|iminär[at]?\\b|\\b)|\\*)\\s*\\)?"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString withoutPreliminaryMark(const QString &cell)
{
    QString text = cell;
    text.remove(preliminaryPattern());
    return text.simplified();
}

// Swedish month names and their usual abbreviations.
int monthFromName(const QString &word)
{
    static const char *const names[] = {"januari",   "februari", "mars",     "april",
                                        "maj",       "juni",     "juli",     "augusti",
                                        "september", "oktober",  "november", "december"};
    QString w = word.toCaseFolded();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    if (w.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QString name = QString::fromUtf8(names[i]);
        if (name == w || (w.size() >= 3 && name.startsWith(w)))
            return i + 1;
    }
    if (w == QStringLiteral("sept"))
        return 9;
    return 0;
}

} // namespace

bool StatisticsValueParser::isMissingMark(QStringView cell)
{
    const QStringView t = cell.trimmed();
    return t.isEmpty() || t == u".." || t == u"." || t == u"…" || t == u"..." ||
           t.compare(u"x", Qt::CaseInsensitive) == 0;
}

namespace {

/// The characters written between digits as thousands separators.
bool isNumberSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) ||
           c == QChar(0x2009) || c == QLatin1Char('\t') || c == QLatin1Char('\'');
}

} // namespace

QString StatisticsValueParser::stripNumberSpaces(QStringView cell)
{
    QString text;
    text.reserve(cell.size());
    for (const QChar c : cell) {
        if (isNumberSpace(c))
            continue;
        text.append(c);
    }
    return text;
}

std::variant<StatisticsValueParser::Count, StatisticsValueParser::Error>
StatisticsValueParser::count(QStringView cell)
{
    // Most cells are digits, perhaps with thousands spaces ("1 234"): read them without
    // the general path, which would give the same number.
    {
        int plain = 0;
        int digits = 0;
        bool simple = true;
        for (const QChar c : cell) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
                if (++digits > 9)
                    break;
                plain = plain * 10 + (c.unicode() - '0');
            } else if (!isNumberSpace(c)) {
                simple = false;
                break;
            }
        }
        if (simple && digits > 0 && digits <= 9)
            return Count{plain};
    }
    if (isMissingMark(cell))
        return Count{std::nullopt};
    QString text = stripNumberSpaces(cell);
    // SCB's convention: a dash means "nothing to report", i.e. zero.
    if (text == QStringLiteral("-") || text == QStringLiteral("–"))
        return Count{0};
    // "1 234,0" from a spreadsheet: accept a zero decimal part, nothing else.
    static const QRegularExpression zeroDecimals(QStringLiteral("^(\\d+)[,.]0+$"));
    const auto zero = zeroDecimals.match(text);
    if (zero.hasMatch())
        text = zero.captured(1);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')))
        return Error{tr("the count \"%1\" is not a whole number").arg(cell.trimmed())};
    if (value < 0)
        return Error{tr("the count \"%1\" is negative").arg(cell.trimmed())};
    if (value > std::numeric_limits<int>::max())
        return Error{tr("the count \"%1\" is too large").arg(cell.trimmed())};
    return Count{int(value)};
}

std::variant<std::optional<double>, StatisticsValueParser::Error>
StatisticsValueParser::decimal(QStringView cell)
{
    if (isMissingMark(cell))
        return std::optional<double>{};
    // Fast path for the usual "1 234,5", read past the thousands spaces: QString::toDouble
    // is slow on large files.
    {
        double whole = 0;
        double fraction = 0;
        double scale = 1;
        int digits = 0;
        qsizetype length = 0; // without the thousands spaces
        bool inFraction = false;
        bool plain = true;
        for (const QChar c : cell) {
            if (isNumberSpace(c))
                continue;
            ++length;
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
                ++digits;
                if (inFraction) {
                    scale /= 10;
                    fraction += (c.unicode() - '0') * scale;
                } else {
                    whole = whole * 10 + (c.unicode() - '0');
                }
            } else if ((c == QLatin1Char(',') || c == QLatin1Char('.')) && !inFraction) {
                inFraction = true;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && length <= 15 && digits > 0 && !(inFraction && scale == 1))
            return std::optional<double>{whole + fraction};
    }
    QString text = stripNumberSpaces(cell);
    if (text == QStringLiteral("-") || text == QStringLiteral("–"))
        return std::optional<double>{0.0};
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    text.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return Error{tr("\"%1\" is not a number").arg(cell.trimmed())};
    return std::optional<double>{value};
}

bool StatisticsValueParser::hasPreliminaryMark(const QString &cell)
{
    return preliminaryPattern().match(cell).hasMatch();
}

std::variant<StatisticsValueParser::Year, StatisticsValueParser::Error>
StatisticsValueParser::year(const QString &cell)
{
    const bool preliminary = hasPreliminaryMark(cell);
    const QString text = withoutPreliminaryMark(cell);
    static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
    if (!yearPattern.match(text).hasMatch())
        return Error{tr("the year \"%1\" is not a year").arg(cell.trimmed())};
    const int value = text.toInt();
    if (value < 1950 || value > 2100)
        return Error{tr("the year %1 is out of range").arg(value)};
    return Year{value, preliminary};
}

std::variant<StatisticsValueParser::Period, StatisticsValueParser::Error>
StatisticsValueParser::period(const QString &cell, int year)
{
    Period result;
    result.preliminary = hasPreliminaryMark(cell);
    QString text = withoutPreliminaryMark(cell).toCaseFolded();
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    text.replace(QStringLiteral(" - "), QStringLiteral("-"));
    text = text.simplified();

    static const QRegularExpression wholeYear(
        QStringLiteral("^(|helår|hela året|år|året|totalt|jan(uari)?\\.?-dec(ember)?\\.?)$"));
    if (wholeYear.match(text).hasMatch())
        return result;

    auto bad = [&cell] {
        return Error{
            QCoreApplication::translate("samverka::core::StatisticsValueParser",
                                        "the period \"%1\" is not a month, quarter or half year")
                .arg(cell.trimmed())};
    };
    auto needYear = [&]() -> std::optional<Error> {
        if (year > 0)
            return std::nullopt;
        return Error{tr("the period \"%1\" has no year").arg(cell.trimmed())};
    };

    // "2024-03", "2024M03", "2024-3", "2024 mars"
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})\\s*[-m/ ]\\s*(\\d{1,2})$"));
    if (const auto m = yearMonth.match(text); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return bad();
        result.year = m.captured(1).toInt();
        result.period =
            QStringLiteral("%1-%2").arg(m.captured(1)).arg(month, 2, 10, QLatin1Char('0'));
        return result;
    }
    // "2024-Q1", "2024K1", "2024 kv 1"
    static const QRegularExpression yearQuarter(
        QStringLiteral("^(\\d{4})\\s*-?\\s*(?:q|k|kv|kvartal)\\s*([1-4])$"));
    if (const auto m = yearQuarter.match(text); m.hasMatch()) {
        result.year = m.captured(1).toInt();
        result.period = QStringLiteral("%1-Q%2").arg(m.captured(1), m.captured(2));
        return result;
    }
    // "Kvartal 1", "Kv 1", "Q1", "1:a kvartalet", "kvartal 1 (jan-mar)"
    static const QRegularExpression quarter(QStringLiteral(
        "^(?:(?:kvartal|kv\\.?|q|k)\\s*([1-4])|([1-4])\\s*(?::a|:e)?\\s*kvartal(?:et)?)"
        "(?:\\s*\\(.*\\))?$"));
    if (const auto m = quarter.match(text); m.hasMatch()) {
        if (auto e = needYear())
            return *e;
        const QString q = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        result.period = QStringLiteral("%1-Q%2").arg(year).arg(q);
        return result;
    }
    // "Halvår 1", "1:a halvåret"
    static const QRegularExpression half(
        QStringLiteral("^(?:halvår\\s*([12])|([12])\\s*(?::a|:e)?\\s*halvår(?:et)?)$"));
    if (const auto m = half.match(text); m.hasMatch()) {
        if (auto e = needYear())
            return *e;
        const QString h = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        result.period = QStringLiteral("%1-H%2").arg(year).arg(h);
        return result;
    }
    // "jan-mar", "januari-juni": a quarter or a half year
    static const QRegularExpression range(
        QStringLiteral("^([a-zåäö]+\\.?)\\s*-\\s*([a-zåäö]+\\.?)$"));
    if (const auto m = range.match(text); m.hasMatch()) {
        const int from = monthFromName(m.captured(1));
        const int to = monthFromName(m.captured(2));
        if (from == 0 || to == 0)
            return bad();
        if (auto e = needYear())
            return *e;
        if (to - from == 2 && (from - 1) % 3 == 0) {
            result.period = QStringLiteral("%1-Q%2").arg(year).arg((from - 1) / 3 + 1);
            return result;
        }
        if (to - from == 5 && (from == 1 || from == 7)) {
            result.period = QStringLiteral("%1-H%2").arg(year).arg(from == 1 ? 1 : 2);
            return result;
        }
        return bad();
    }
    // "Januari", "jan", "mars 2024"
    static const QRegularExpression monthName(QStringLiteral("^([a-zåäö]+\\.?)(?:\\s+(\\d{4}))?$"));
    if (const auto m = monthName.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return bad();
        int y = year;
        if (!m.captured(2).isEmpty()) {
            y = m.captured(2).toInt();
            result.year = y;
        }
        if (y <= 0)
            return *needYear();
        result.period = QStringLiteral("%1-%2").arg(y).arg(month, 2, 10, QLatin1Char('0'));
        return result;
    }
    return bad();
}

} // namespace samverka::core
