#pragma once

// The declaration of one entity: its table and place in the file (KindSpec) and its
// fields, each tying an exchange name, a column and a member of the domain struct T
// (EntityField). It is the one place a field's mapping is written down. From it come
// the generic edit API's field specs (FieldRegistry), the rows written on import, merge
// and revision (RowBuilder) and the reads back into the struct (AgreementLoader,
// DataLoader). The schema's SQL stays in the versioned schema and migration files that
// every file is made from; EntityDeclarationsTest checks each declaration against it.

#include "EntityField.h"
#include "Statement.h"
#include "TableRow.h"

namespace samverka::storage {

template <typename T> class Entity
{
public:
    Entity(KindSpec kind, QList<EntityField<T>> fields)
        : m_kind(std::move(kind))
        , m_fields(std::move(fields))
    {
        m_kind.fields.clear();
        for (const EntityField<T> &f : m_fields) {
            m_kind.fields << f.spec;
            if (!f.isList() && f.isMapped())
                m_columns << f.spec.column;
        }
    }

    const KindSpec &spec() const { return m_kind; }
    const QList<EntityField<T>> &fields() const { return m_fields; }

    /// The own columns (list fields and unmapped fields left out), in declaration order,
    /// each prefixed by alias and a dot when alias is given: what load() reads. A column
    /// named in asNull is read as NULL (an attachment's bytes, when not wanted).
    QString columns(const QString &alias = {}, const QStringList &asNull = {}) const
    {
        QStringList out;
        for (const QString &column : m_columns)
            out << (asNull.contains(column) ? QStringLiteral("NULL")
                    : alias.isEmpty()       ? column
                                            : alias + u'.' + column);
        return out.join(QStringLiteral(", "));
    }
    int columnCount() const { return int(m_columns.size()); }

    /// Sets record's own fields from st's columns first, first + 1, … (columns()' order).
    void load(T &record, const Statement &st, int first) const
    {
        int column = first;
        for (const EntityField<T> &f : m_fields)
            if (!f.isList() && f.isMapped())
                f.load(record, st.value(column++));
    }

    /// Adds record's own fields to row as column → stored value.
    void store(const T &record, QVariantMap &row) const
    {
        for (const EntityField<T> &f : m_fields)
            if (!f.isList() && f.isMapped())
                row.insert(f.spec.column, f.store(record, f.storedType()));
    }

    /// The rows of record's list fields, owned by ownerId, each list replaced as a whole.
    QList<ChildRows> storeLists(const T &record, const QString &ownerId) const
    {
        QList<ChildRows> out;
        for (const EntityField<T> &f : m_fields) {
            if (!f.isList())
                continue;
            ChildRows rows{f.spec.listTable, f.spec.listOwnerColumn, ownerId, {}, {}};
            const QStringList values = f.store(record, f.spec.type).toStringList();
            for (qsizetype i = 0; i < values.size(); ++i)
                rows.rows << TableRow{rows.table,
                                      QVariantMap{{rows.ownerColumn, ownerId},
                                                  {f.spec.column, values.at(i)},
                                                  {QStringLiteral("position"), qint64(i)}}};
            out << rows;
        }
        return out;
    }

private:
    KindSpec m_kind;
    QList<EntityField<T>> m_fields;
    QStringList m_columns;
};

} // namespace samverka::storage
