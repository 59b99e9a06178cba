#include "JsonCursor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace samverka::core {

namespace {
bool isIdentifier(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(key).hasMatch();
}
} // namespace

JsonCursor::JsonCursor(QJsonObject object, QString path, QStringList *warnings)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_warnings(warnings)
{}

QString JsonCursor::childPath(const QString &key) const
{
    if (isIdentifier(key))
        return m_path + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return m_path + QLatin1String("[\"") + quoted + QLatin1String("\"]");
}

QString JsonCursor::itemPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool JsonCursor::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

QString JsonCursor::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::trunc(d) == d ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonCursor::wrongType(const QString &path, const QString &expected, const QJsonValue &found)
{
    throw ExchangeError(ExchangeError::Kind::WrongType, path,
                        QCoreApplication::translate("samverka::core", "expected %1, found %2")
                            .arg(expected, typeName(found)));
}

void JsonCursor::invalid(const QString &path, const QString &message)
{
    throw ExchangeError(ExchangeError::Kind::Invalid, path, message);
}

void JsonCursor::unknownValue(const QString &path, const QString &word, const QStringList &allowed)
{
    throw ExchangeError(
        ExchangeError::Kind::UnknownValue, path,
        QCoreApplication::translate("samverka::core", "unknown value “%1” (allowed: %2)")
            .arg(word, allowed.join(QLatin1String(", "))));
}

QJsonValue JsonCursor::take(const char *key, bool required)
{
    const QString k = QLatin1String(key);
    m_read.insert(k);
    const auto it = m_object.constFind(k);
    if (it == m_object.constEnd()) {
        if (required)
            throw ExchangeError(
                ExchangeError::Kind::MissingProperty, childPath(k),
                QCoreApplication::translate("samverka::core", "required property is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

QString JsonCursor::checkedString(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        wrongType(path, QStringLiteral("string"), value);
    return value.toString();
}

QString JsonCursor::requiredString(const char *key)
{
    return checkedString(take(key, true), childPath(QLatin1String(key)));
}

QString JsonCursor::nonEmptyString(const char *key)
{
    const QString s = requiredString(key);
    if (s.isEmpty())
        invalid(childPath(QLatin1String(key)),
                QCoreApplication::translate("samverka::core", "must not be empty"));
    return s;
}

QString JsonCursor::string(const char *key)
{
    const QJsonValue v = take(key, false);
    return v.isUndefined() ? QString() : checkedString(v, childPath(QLatin1String(key)));
}

QString JsonCursor::stringOrNull(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        wrongType(childPath(QLatin1String(key)), QStringLiteral("string or null"), v);
    return v.toString();
}

qint64 JsonCursor::checkedInteger(const QJsonValue &v, const QString &path, qint64 minimum,
                                  qint64 maximum) const
{
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d)
        wrongType(path, QStringLiteral("integer"), v);
    checkRange(d, path, static_cast<double>(minimum), static_cast<double>(maximum));
    return static_cast<qint64>(d);
}

void JsonCursor::checkRange(double d, const QString &path, double minimum, double maximum)
{
    // Written out in full: "3e+09" would not tell a person which value is meant.
    const auto number = [](double value) {
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    };
    if (d < minimum)
        invalid(path,
                QCoreApplication::translate("samverka::core", "%1 is less than the minimum %2")
                    .arg(number(d), number(minimum)));
    if (d > maximum)
        invalid(path,
                QCoreApplication::translate("samverka::core", "%1 is more than the maximum %2")
                    .arg(number(d), number(maximum)));
}

int JsonCursor::requiredInt(const char *key, int minimum)
{
    const QString p = childPath(QLatin1String(key));
    return static_cast<int>(
        checkedInteger(take(key, true), p, minimum, std::numeric_limits<int>::max()));
}

std::optional<int> JsonCursor::optionalInt(const char *key, bool nullable, int minimum)
{
    return optionalInt(key, nullable, minimum, std::numeric_limits<int>::max());
}

std::optional<int> JsonCursor::optionalInt(const char *key, bool nullable, int minimum, int maximum)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined())
        return std::nullopt;
    const QString p = childPath(QLatin1String(key));
    if (v.isNull()) {
        if (nullable)
            return std::nullopt;
        wrongType(p, QStringLiteral("integer"), v);
    }
    if (nullable && !v.isDouble())
        wrongType(p, QStringLiteral("integer or null"), v);
    return static_cast<int>(checkedInteger(v, p, minimum, maximum));
}

qint64 JsonCursor::requiredInt64(const char *key, qint64 minimum)
{
    constexpr qint64 exactLimit = qint64(1) << 53; // beyond it a JSON number loses digits
    return checkedInteger(take(key, true), childPath(QLatin1String(key)), minimum, exactLimit);
}

double JsonCursor::requiredNumber(const char *key)
{
    const QJsonValue v = take(key, true);
    if (!v.isDouble())
        wrongType(childPath(QLatin1String(key)), QStringLiteral("number"), v);
    return v.toDouble();
}

std::optional<double> JsonCursor::optionalNumber(const char *key, bool nullable)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || (nullable && v.isNull()))
        return std::nullopt;
    if (!v.isDouble())
        wrongType(childPath(QLatin1String(key)),
                  nullable ? QStringLiteral("number or null") : QStringLiteral("number"), v);
    return v.toDouble();
}

std::optional<double> JsonCursor::optionalNumber(const char *key, bool nullable, double minimum,
                                                 double maximum)
{
    const std::optional<double> number = optionalNumber(key, nullable);
    if (number)
        checkRange(*number, childPath(QLatin1String(key)), minimum, maximum);
    return number;
}

bool JsonCursor::boolean(const char *key, bool defaultValue)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined())
        return defaultValue;
    if (!v.isBool())
        wrongType(childPath(QLatin1String(key)), QStringLiteral("boolean"), v);
    return v.toBool();
}

QDate JsonCursor::checkedDate(const QJsonValue &value, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QString text = checkedString(value, path);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        invalid(path, QCoreApplication::translate("samverka::core",
                                                  "“%1” is not a date of the form YYYY-MM-DD")
                          .arg(text));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        invalid(
            path,
            QCoreApplication::translate("samverka::core", "“%1” is not a valid date").arg(text));
    return date;
}

QDate JsonCursor::requiredDate(const char *key)
{
    return checkedDate(take(key, true), childPath(QLatin1String(key)));
}

QDate JsonCursor::date(const char *key)
{
    const QJsonValue v = take(key, false);
    return v.isUndefined() ? QDate() : checkedDate(v, childPath(QLatin1String(key)));
}

QJsonArray JsonCursor::array(const char *key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        wrongType(childPath(QLatin1String(key)), QStringLiteral("array"), v);
    return v.toArray();
}

QStringList JsonCursor::stringArray(const char *key, bool required)
{
    const QJsonArray a = array(key, required);
    const QString p = childPath(QLatin1String(key));
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        out << checkedString(a.at(i), itemPath(p, i));
    return out;
}

void JsonCursor::forEachObject(const char *key, bool required,
                               const std::function<void(JsonCursor &, qsizetype)> &read)
{
    const QJsonArray a = array(key, required);
    const QString p = childPath(QLatin1String(key));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString ip = itemPath(p, i);
        if (!a.at(i).isObject())
            wrongType(ip, QStringLiteral("object"), a.at(i));
        JsonCursor item(a.at(i).toObject(), ip, m_warnings);
        read(item, i);
        item.finish();
    }
}

std::optional<JsonCursor> JsonCursor::object(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined())
        return std::nullopt;
    const QString p = childPath(QLatin1String(key));
    if (!v.isObject())
        wrongType(p, QStringLiteral("object"), v);
    return JsonCursor(v.toObject(), p, m_warnings);
}

void JsonCursor::finish()
{
    if (!m_warnings)
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_read.contains(it.key()))
            *m_warnings << childPath(it.key()) + QStringLiteral(": ") +
                               QCoreApplication::translate("samverka::core",
                                                           "unknown property ignored");
}

} // namespace samverka::core
