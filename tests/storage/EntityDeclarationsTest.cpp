// The entity declarations (src/storage/entities) are the one place a field's mapping is
// written down; the schema's SQL is the other half of the truth, kept in the versioned
// schema and migration files every file is made from. These tests hold the two together
// on a new file: every declared field is a column of its table with the nullability, the
// enum words and the reference the declaration says, and every column of a declared
// table is declared (or is one of the columns every table has).

#include "StorageDataFixture.h"

#include "FieldRegistry.h"

#include <QRegularExpression>
#include <QSet>

namespace samverka::storage::datatest {
namespace {

struct Column {
    bool notNull = false;
};

class EntityDeclarationsTest : public StorageDataTest
{
protected:
    QHash<QString, Column> columnsOf(Database &db, const QString &table)
    {
        QHash<QString, Column> out;
        Statement st =
            db.prepare(QStringLiteral("SELECT name, \"notnull\" FROM pragma_table_info(?1)"));
        st.bind(1, table);
        while (st.step())
            out.insert(st.text(0), Column{st.int64(1) != 0});
        return out;
    }

    /// The table each of table's columns refers to (its foreign keys).
    QHash<QString, QString> referencesOf(Database &db, const QString &table)
    {
        QHash<QString, QString> out;
        Statement st = db.prepare(
            QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)"));
        st.bind(1, table);
        while (st.step())
            out.insert(st.text(0), st.text(1));
        return out;
    }

    /// The words a CHECK (<column> IN ('a', 'b')) of table's CREATE statement allows.
    QSet<QString> wordsOf(Database &db, const QString &table, const QString &column)
    {
        Statement st = db.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1"));
        st.bind(1, table);
        if (!st.step())
            return {};
        const QRegularExpression check(
            QStringLiteral("\\b%1\\s+IN\\s*\\(([^)]*)\\)").arg(QRegularExpression::escape(column)));
        const QRegularExpressionMatch match = check.match(st.text(0));
        QSet<QString> words;
        if (!match.hasMatch())
            return words;
        for (QString word : match.captured(1).split(u','))
            words << word.trimmed().remove(u'\'');
        return words;
    }

    static bool mayBeNull(const FieldSpec &field)
    {
        switch (field.type) {
        case FieldType::Ref:
        case FieldType::OptInt:
        case FieldType::OptReal:
        case FieldType::OptEnum:
        case FieldType::Blob:
            return true;
        case FieldType::Date:
            return !field.required;
        default:
            return field.nullWhenEmpty;
        }
    }
};

TEST_F(EntityDeclarationsTest, EveryDeclaredFieldIsAColumnAsTheSchemaHasIt)
{
    makeFile();
    auto db = raw();
    int checked = 0;
    for (const KindSpec &kind : FieldRegistry::all()) {
        SCOPED_TRACE(kind.table.toStdString());
        const QHash<QString, Column> columns = columnsOf(*db, kind.table);
        ASSERT_FALSE(columns.isEmpty()) << "no table";
        const QHash<QString, QString> references = referencesOf(*db, kind.table);
        for (qsizetype i = 0; i < kind.parentColumns.size(); ++i)
            EXPECT_EQ(references.value(kind.parentColumns.at(i)).toStdString(),
                      FieldRegistry::kind(kind.parentKinds.at(i)).table.toStdString())
                << kind.parentColumns.at(i).toStdString();
        for (const FieldSpec &field : kind.fields) {
            SCOPED_TRACE(field.name.toStdString());
            const bool isList = !field.listTable.isEmpty();
            const QString table = isList ? field.listTable : kind.table;
            const QHash<QString, Column> own = isList ? columnsOf(*db, table) : columns;
            ASSERT_TRUE(own.contains(field.column)) << field.column.toStdString();
            if (isList) {
                EXPECT_EQ(referencesOf(*db, table).value(field.listOwnerColumn).toStdString(),
                          kind.table.toStdString());
                EXPECT_TRUE(own.value(field.column).notNull);
            } else {
                EXPECT_EQ(own.value(field.column).notNull, !mayBeNull(field))
                    << field.column.toStdString();
            }
            if (!field.refTable.isEmpty()) {
                EXPECT_EQ(referencesOf(*db, table).value(field.column).toStdString(),
                          field.refTable.toStdString());
            }
            if (!field.words.isEmpty()) {
                const QSet<QString> declared(field.words.cbegin(), field.words.cend());
                EXPECT_EQ(wordsOf(*db, table, field.column), declared)
                    << field.column.toStdString();
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 150); // every kind's every field, not a few
}

TEST_F(EntityDeclarationsTest, EveryColumnOfADeclaredTableIsDeclared)
{
    makeFile();
    auto db = raw();
    // The columns every record's table may have beside its fields.
    const QSet<QString> common{QStringLiteral("id"), QStringLiteral("id_is_internal"),
                               QStringLiteral("position"), QStringLiteral("created_at"),
                               QStringLiteral("updated_at")};
    for (const KindSpec &kind : FieldRegistry::all()) {
        SCOPED_TRACE(kind.table.toStdString());
        QSet<QString> declared(kind.parentColumns.cbegin(), kind.parentColumns.cend());
        for (const FieldSpec &field : kind.fields)
            if (field.listTable.isEmpty())
                declared << field.column;
        const QHash<QString, Column> columns = columnsOf(*db, kind.table);
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            EXPECT_TRUE(declared.contains(it.key()) || common.contains(it.key()))
                << it.key().toStdString() << " is not declared";
    }
}

} // namespace
} // namespace samverka::storage::datatest
