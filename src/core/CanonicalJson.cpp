#include "CanonicalJson.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace samverka::core {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.normalized(QString::NormalizationForm_C).toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QJsonValue &value);

void appendObject(QByteArray &out, const QJsonObject &object)
{
    // Sorting the UTF-8 bytes orders the keys by code point (UTF-16 order differs
    // for characters above the BMP).
    std::vector<std::pair<QByteArray, QJsonValue>> entries;
    entries.reserve(static_cast<std::size_t>(object.size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        entries.emplace_back(it.key().normalized(QString::NormalizationForm_C).toUtf8(),
                             it.value());
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    out += '{';
    bool first = true;
    for (const auto &[key, v] : entries) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, QString::fromUtf8(key));
        out += ':';
        appendValue(out, v);
    }
    out += '}';
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out += ',';
        first = false;
        appendValue(out, v);
    }
    out += ']';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += CanonicalJson::number(value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

} // namespace

QByteArray CanonicalJson::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null"); // JSON has no NaN or infinity
    if (value == 0)
        return QByteArrayLiteral("0");                       // also for -0
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::fabs(value) <= exactIntegerLimit)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonArray &array)
{
    QByteArray out;
    appendArray(out, array);
    return out;
}

} // namespace samverka::core
