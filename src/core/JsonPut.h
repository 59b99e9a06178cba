#pragma once

// Writing the properties of an exchange-format object: every property that holds a
// value is written; empty strings, absent optionals and empty arrays are left out, and
// booleans with a schema default only when they differ from it. The reader maps each
// omission back to the same value, so read(write(x)) == x. Shared by ExchangeWriter
// and the writers of the records beside it (SituationMappingJson).

#include "Enums.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace samverka::core {

class JsonPut
{
public:
    static void text(QJsonObject &o, const char *key, const QString &value)
    {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    static void texts(QJsonObject &o, const char *key, const QStringList &values)
    {
        if (!values.isEmpty())
            o.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    static void date(QJsonObject &o, const char *key, const QDate &date)
    {
        if (date.isValid())
            o.insert(QLatin1String(key), date.toString(Qt::ISODate));
    }
    static void flag(QJsonObject &o, const char *key, bool value, bool schemaDefault)
    {
        if (value != schemaDefault)
            o.insert(QLatin1String(key), value);
    }
    template <typename E>
    static void enumWord(QJsonObject &o, const char *key, const std::optional<E> &value)
    {
        if (value)
            o.insert(QLatin1String(key), toWord(*value));
    }
    template <typename E>
    static void enumWords(QJsonObject &o, const char *key, const QList<E> &values)
    {
        if (values.isEmpty())
            return;
        QJsonArray a;
        for (const E v : values)
            a.append(toWord(v));
        o.insert(QLatin1String(key), a);
    }
    template <typename T>
    static void number(QJsonObject &o, const char *key, const std::optional<T> &v)
    {
        if (v)
            o.insert(QLatin1String(key), QJsonValue(static_cast<double>(*v)));
    }
    template <typename T, typename F>
    static void array(QJsonObject &o, const char *key, const QList<T> &items, F toJson)
    {
        if (items.isEmpty())
            return;
        QJsonArray a;
        for (const T &item : items)
            a.append(toJson(item));
        o.insert(QLatin1String(key), a);
    }
};

} // namespace samverka::core
