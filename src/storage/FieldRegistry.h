#pragma once

// The table-driven map from the generic edit API's (record kind, field) to the
// schema: table, column, value type, enum words and the table of a list field.
// Field names are the exchange format's property names ("validFrom",
// "part1.purpose", "baseline.value").

#include "RecordKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samverka::storage {

enum class FieldType {
    Text, ///< QString, stored '' when empty
    Ref,  ///< the id of a record in refTable, NULL when empty
    Bool,
    Int,
    OptInt,   ///< integer or NULL
    OptReal,  ///< number or NULL
    Date,     ///< QDate, NULL when cleared (unless required)
    Enum,     ///< an exchange word, never NULL
    OptEnum,  ///< an exchange word or NULL
    IdList,   ///< QStringList of ids, rows of listTable
    TextList, ///< QStringList of texts, rows of listTable
    EnumList, ///< QStringList of exchange words, rows of listTable
    Blob,     ///< QByteArray (attachment bytes)
    Status,   ///< the agreement's lifecycle status (only via the lifecycle rules)
    ReadOnly, ///< set by the program only (the fingerprint)
};

struct FieldSpec {
    QString name;   ///< exchange property name
    QString column; ///< column of the kind's table, or of listTable for list fields
    FieldType type = FieldType::Text;
    QStringList words;             ///< allowed enum words
    QString refTable;              ///< Ref / IdList: the table the ids point into
    QString listTable;             ///< list fields: the table holding the list
    QString listOwnerColumn;       ///< list fields: listTable's column naming the record
    bool required = false;         ///< a date that cannot be cleared
    bool nullWhenEmpty = false;    ///< Text: stored NULL when empty (not a reference, though)
    bool key = false;              ///< part of the table's unique key: set on insert only
    std::optional<double> minimum; ///< Int, OptInt, OptReal: the lowest value allowed
    std::optional<double> maximum; ///< Int, OptInt, OptReal: the highest value allowed
};

struct KindSpec {
    RecordKind kind = RecordKind::Party;
    QString table;
    QStringList parentColumns; ///< usually one; a signature has two (agreement, promise set)
    QList<RecordKind> parentKinds;
    QStringList scopeColumns; ///< sibling scope beyond the parent (a commitment's part)
    bool ordered = true;      ///< has a display position
    bool frozenKind = false;  ///< part of the frozen content of a signed agreement
    QString agreementSql;     ///< selects the record's agreement id for id ?1
    QList<FieldSpec> fields;

    /// True when some fields are a unique key besides the id (population's code and
    /// year): they are written by the INSERT and never changed after.
    bool hasUniqueKey() const;

    const FieldSpec *field(const QString &name) const;
    QStringList fieldNames() const;
};

class FieldRegistry
{
public:
    static const KindSpec &kind(RecordKind kind);
    /// The kind stored in table, or nullptr.
    static const KindSpec *kindForTable(const QString &table);
    static const QList<KindSpec> &all();
};

} // namespace samverka::storage
