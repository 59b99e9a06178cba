#pragma once

// Reads one JSON object of an exchange document with its JSON path at hand: typed
// accessors that throw ExchangeError naming the property's path, and a record of
// which properties were read so that the rest can be reported as unknown.

#include "Enums.h"
#include "ExchangeError.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <limits>

namespace samverka::core {

class JsonCursor
{
public:
    JsonCursor(QJsonObject object, QString path, QStringList *warnings);

    const QString &path() const { return m_path; }
    QString childPath(const QString &key) const;
    static QString itemPath(const QString &arrayPath, qsizetype index);
    bool has(const char *key) const;

    QString requiredString(const char *key);
    QString nonEmptyString(const char *key); ///< required, minLength 1
    QString string(const char *key);         ///< optional: empty when absent
    QString stringOrNull(const char *key);   ///< optional, null allowed: empty for both

    int requiredInt(const char *key, int minimum = std::numeric_limits<int>::min());
    std::optional<int> optionalInt(const char *key, bool nullable,
                                   int minimum = std::numeric_limits<int>::min());
    /// An optional integer in [minimum, maximum]; outside it is refused, never clamped.
    std::optional<int> optionalInt(const char *key, bool nullable, int minimum, int maximum);
    qint64 requiredInt64(const char *key, qint64 minimum);
    double requiredNumber(const char *key);
    std::optional<double> optionalNumber(const char *key, bool nullable);
    /// An optional number in [minimum, maximum]; outside it is refused, never clamped.
    std::optional<double> optionalNumber(const char *key, bool nullable, double minimum,
                                         double maximum);
    bool boolean(const char *key, bool defaultValue);

    QDate requiredDate(const char *key);
    QDate date(const char *key); ///< optional: invalid when absent

    template <typename E> E requiredEnum(const char *key)
    {
        const QJsonValue v = take(key, true);
        return enumValue<E>(v, childPath(QLatin1String(key)));
    }
    template <typename E> std::optional<E> optionalEnum(const char *key, bool nullable)
    {
        const QJsonValue v = take(key, false);
        if (v.isUndefined() || (nullable && v.isNull()))
            return std::nullopt;
        return enumValue<E>(v, childPath(QLatin1String(key)));
    }
    template <typename E> QList<E> enumArray(const char *key)
    {
        QList<E> out;
        const QJsonArray a = array(key, false);
        const QString p = childPath(QLatin1String(key));
        for (qsizetype i = 0; i < a.size(); ++i)
            out << enumValue<E>(a.at(i), itemPath(p, i));
        return out;
    }

    QStringList stringArray(const char *key, bool required = false);
    QJsonArray array(const char *key, bool required);
    /// Calls read(cursor, index) for each object of the array property.
    void forEachObject(const char *key, bool required,
                       const std::function<void(JsonCursor &, qsizetype)> &read);
    /// The object property as a cursor, or nullopt when absent.
    std::optional<JsonCursor> object(const char *key);

    /// Warns about every property not read so far.
    void finish();

    static QString typeName(const QJsonValue &value);
    [[noreturn]] static void wrongType(const QString &path, const QString &expected,
                                       const QJsonValue &found);
    [[noreturn]] static void invalid(const QString &path, const QString &message);
    /// Refuses d (at path) when it lies outside [minimum, maximum].
    static void checkRange(double d, const QString &path, double minimum, double maximum);
    static QString checkedString(const QJsonValue &value, const QString &path);
    static QDate checkedDate(const QJsonValue &value, const QString &path);

private:
    QJsonValue take(const char *key, bool required);
    qint64 checkedInteger(const QJsonValue &v, const QString &path, qint64 minimum,
                          qint64 maximum) const;
    template <typename E> static E enumValue(const QJsonValue &v, const QString &path)
    {
        const QString word = checkedString(v, path);
        if (auto value = fromWord<E>(word))
            return *value;
        unknownValue(path, word, allWords<E>());
    }
    [[noreturn]] static void unknownValue(const QString &path, const QString &word,
                                          const QStringList &allowed);

    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
    QSet<QString> m_read;
};

} // namespace samverka::core
