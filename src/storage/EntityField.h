#pragma once

// One field of an entity declaration: its FieldSpec (exchange name, column, type, enum
// words, referenced table, bounds) and the two directions between the domain struct's
// member and the stored value. The value type of the member decides the FieldType and,
// for an enumeration, the allowed words; the declaration only adds what the type cannot
// say (a reference's table, a list's table, a bound). See Entity.h.

#include "FieldRegistry.h"

#include "Enums.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

namespace samverka::storage {

namespace stored {

// The stored form of each member type (an invalid QVariant is NULL) and the way back.

inline QVariant put(const QString &value, FieldType type)
{
    if (type == FieldType::Ref)
        return value.isEmpty() ? QVariant() : QVariant(value);
    return value.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(value);
}
inline void take(const QVariant &value, QString &out)
{
    out = value.isValid() ? value.toString() : QString();
}

inline QVariant put(bool value, FieldType)
{
    return qint64(value ? 1 : 0);
}
inline void take(const QVariant &value, bool &out)
{
    out = value.toLongLong() != 0;
}

inline QVariant put(int value, FieldType)
{
    return qint64(value);
}
inline void take(const QVariant &value, int &out)
{
    out = value.toInt();
}

inline QVariant put(qint64 value, FieldType)
{
    return value;
}
inline void take(const QVariant &value, qint64 &out)
{
    out = value.toLongLong();
}

inline QVariant put(double value, FieldType)
{
    return value;
}
inline void take(const QVariant &value, double &out)
{
    out = value.toDouble();
}

inline QVariant put(const QDate &value, FieldType)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}
inline void take(const QVariant &value, QDate &out)
{
    out = value.isValid() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

inline QVariant put(const QByteArray &value, FieldType)
{
    return value.isNull() ? QByteArray("") : value;
}
inline void take(const QVariant &value, QByteArray &out)
{
    out = value.toByteArray();
}

template <typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> QVariant put(E value, FieldType)
{
    return core::toWord(value);
}
/// An unknown word leaves the member at its default (the schema's CHECK allows none).
template <typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
void take(const QVariant &value, E &out)
{
    if (const std::optional<E> word = core::fromWord<E>(value.toString()))
        out = *word;
}

template <typename V> QVariant put(const std::optional<V> &value, FieldType type)
{
    return value ? put(*value, type) : QVariant();
}
template <typename V> void take(const QVariant &value, std::optional<V> &out)
{
    out.reset();
    if (!value.isValid())
        return;
    if constexpr (std::is_enum_v<V>) {
        out = core::fromWord<V>(value.toString());
    } else {
        V v{};
        take(value, v);
        out = v;
    }
}

// What a member type is stored as, unless the declaration says otherwise.
template <typename M> struct Type;
template <> struct Type<QString> {
    static constexpr FieldType value = FieldType::Text;
};
template <> struct Type<bool> {
    static constexpr FieldType value = FieldType::Bool;
};
template <> struct Type<int> {
    static constexpr FieldType value = FieldType::Int;
};
template <> struct Type<qint64> {
    static constexpr FieldType value = FieldType::Int;
};
template <> struct Type<std::optional<int>> {
    static constexpr FieldType value = FieldType::OptInt;
};
template <> struct Type<std::optional<double>> {
    static constexpr FieldType value = FieldType::OptReal;
};
template <> struct Type<double> {
    static constexpr FieldType value = FieldType::OptReal;
};
template <> struct Type<QDate> {
    static constexpr FieldType value = FieldType::Date;
};
template <> struct Type<QByteArray> {
    static constexpr FieldType value = FieldType::Blob;
};

template <typename M> struct IsOptional : std::false_type {};
template <typename V> struct IsOptional<std::optional<V>> : std::true_type {
    using Value = V;
};

template <typename M> constexpr bool isOptionalEnum()
{
    if constexpr (IsOptional<M>::value)
        return std::is_enum_v<typename IsOptional<M>::Value>;
    else
        return false;
}

template <typename M> FieldType typeOf()
{
    if constexpr (std::is_enum_v<M>)
        return FieldType::Enum;
    else if constexpr (isOptionalEnum<M>())
        return FieldType::OptEnum;
    else
        return Type<M>::value;
}

template <typename M> QStringList wordsOf()
{
    if constexpr (std::is_enum_v<M>)
        return core::allWords<M>();
    else if constexpr (isOptionalEnum<M>())
        return core::allWords<typename IsOptional<M>::Value>();
    else
        return {};
}

} // namespace stored

template <typename T> struct EntityField {
    FieldSpec spec;
    /// Own column: the stored value (given the spec's final type, a Text or a Ref). List
    /// field: the list as QStringList (words for enums).
    std::function<QVariant(const T &, FieldType)> store;
    /// Own column: sets the member from the stored value. List field: appends one element.
    std::function<void(T &, const QVariant &)> load;

    bool isList() const { return !spec.listTable.isEmpty(); }
    /// The type store() is given: a text stored NULL when empty is stored as a Ref is.
    FieldType storedType() const { return spec.nullWhenEmpty ? FieldType::Ref : spec.type; }
    /// Whether store and load reach a member (see unmapped()).
    bool isMapped() const { return bool(store); }

    /// A reference to a record of table (a Text member becomes a Ref, a text list an IdList).
    EntityField &ref(const char *table)
    {
        spec.refTable = QString::fromLatin1(table);
        if (spec.type == FieldType::Text)
            spec.type = FieldType::Ref;
        else if (spec.type == FieldType::TextList)
            spec.type = FieldType::IdList;
        return *this;
    }
    /// A text that is NULL when empty, without being a reference (an agreement's
    /// "replaces" may name one that is not in the file).
    EntityField &nullable()
    {
        spec.nullWhenEmpty = true;
        return *this;
    }
    /// A date the user cannot clear.
    EntityField &required()
    {
        spec.required = true;
        return *this;
    }
    /// Part of the table's unique key besides the id: set on insert only.
    EntityField &key()
    {
        spec.key = true;
        return *this;
    }
    /// The lowest and highest value a number may take.
    EntityField &range(double lowest, std::optional<double> highest = std::nullopt)
    {
        spec.minimum = lowest;
        spec.maximum = highest;
        return *this;
    }
    /// Changed by the lifecycle rules only (the agreement's status).
    EntityField &lifecycle()
    {
        spec.type = FieldType::Status;
        return *this;
    }
    /// Set by the program only (the fingerprint).
    EntityField &readOnly()
    {
        spec.type = FieldType::ReadOnly;
        return *this;
    }
};

/// A field stored in the entity's own column, reached by access (T & → member &).
template <typename T, typename Access>
EntityField<T> fieldAt(const char *name, const char *column, Access access)
{
    using M = std::remove_cv_t<std::remove_reference_t<decltype(access(std::declval<T &>()))>>;
    EntityField<T> f;
    f.spec.name = QString::fromLatin1(name);
    f.spec.column = QString::fromLatin1(column);
    f.spec.type = stored::typeOf<M>();
    f.spec.words = stored::wordsOf<M>();
    f.store = [access](const T &record, FieldType type) {
        return stored::put(access(const_cast<T &>(record)), type);
    };
    f.load = [access](T &record, const QVariant &value) { stored::take(value, access(record)); };
    return f;
}

/// A field stored in the entity's own column: member of T.
template <typename T, typename M>
EntityField<T> field(const char *name, const char *column, M T::*member)
{
    return fieldAt<T>(name, column, [member](T &record) -> M & { return record.*member; });
}

/// A list field kept in table (owner column, value column, position), reached by access.
template <typename T, typename Access>
EntityField<T> listAt(const char *name, const char *table, const char *ownerColumn,
                      const char *valueColumn, Access access)
{
    using L = std::remove_cv_t<std::remove_reference_t<decltype(access(std::declval<T &>()))>>;
    using E = typename L::value_type;
    EntityField<T> f;
    f.spec.name = QString::fromLatin1(name);
    f.spec.column = QString::fromLatin1(valueColumn);
    f.spec.listTable = QString::fromLatin1(table);
    f.spec.listOwnerColumn = QString::fromLatin1(ownerColumn);
    if constexpr (std::is_enum_v<E>) {
        f.spec.type = FieldType::EnumList;
        f.spec.words = core::allWords<E>();
        f.store = [access](const T &record, FieldType) {
            QStringList words;
            for (const E value : access(const_cast<T &>(record)))
                words << core::toWord(value);
            return QVariant(words);
        };
        f.load = [access](T &record, const QVariant &value) {
            if (const std::optional<E> word = core::fromWord<E>(value.toString()))
                access(record) << *word;
        };
    } else {
        static_assert(std::is_same_v<L, QStringList>, "a list field is ids, texts or words");
        f.spec.type = FieldType::TextList;
        f.store = [access](const T &record, FieldType) {
            return QVariant(access(const_cast<T &>(record)));
        };
        f.load = [access](T &record, const QVariant &value) { access(record) << value.toString(); };
    }
    return f;
}

/// A field with a column but no member of T: the caller stores and reads it (a
/// commitment's part, which is the list the commitment sits in).
template <typename T> EntityField<T> unmapped(const char *name, const char *column, FieldType type)
{
    EntityField<T> f;
    f.spec.name = QString::fromLatin1(name);
    f.spec.column = QString::fromLatin1(column);
    f.spec.type = type;
    return f;
}

template <typename T, typename L>
EntityField<T> list(const char *name, const char *table, const char *ownerColumn,
                    const char *valueColumn, L T::*member)
{
    return listAt<T>(name, table, ownerColumn, valueColumn,
                     [member](T &record) -> L & { return record.*member; });
}

} // namespace samverka::storage
