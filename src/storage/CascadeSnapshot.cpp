#include "CascadeSnapshot.h"

#include "Database.h"
#include "FieldRegistry.h"
#include "RowStore.h"
#include "Statement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace samverka::storage {

namespace {
const QString blobKey = QStringLiteral("base64"); // snapshots made before schema version 4
const QString keptKey = QStringLiteral("kept");

/// The tokens of the bytes a snapshot keeps in kept_blobs, in the order of its rows.
QStringList keptTokens(const QJsonObject &snapshot)
{
    QStringList tokens;
    for (const QJsonValue &row : snapshot.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject values = row.toObject().value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (it.value().isObject() && it.value().toObject().contains(keptKey))
                tokens << it.value().toObject().value(keptKey).toString();
    }
    return tokens;
}

QJsonValue toJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{blobKey, QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(blobKey).toString().toLatin1());
    // (A kept value is taken back by CascadeSnapshot::takeBack before this is reached.)
    if (value.isNull() || value.isUndefined())
        return {};
    return value.toVariant();
}

/// What a person calls the owner of a row that refers to something without cascading.
QString ownerName(const QString &table)
{
    if (const KindSpec *kind = FieldRegistry::kindForTable(table))
        return recordKindName(kind->kind);
    if (table == u"agreement_parties")
        return recordKindName(RecordKind::Agreement);
    if (table == u"measure_responsible")
        return recordKindName(RecordKind::Measure);
    if (table == u"promise_responsible")
        return recordKindName(RecordKind::Promise);
    return table;
}
} // namespace

CascadeSnapshot::CascadeSnapshot(Database &db)
    : m_db(db)
{}

void CascadeSnapshot::loadKeys()
{
    if (!m_keys.isEmpty())
        return;
    QStringList tables;
    {
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        while (st.step())
            tables << st.text(0);
    }
    for (const QString &table : tables) {
        Statement st = m_db.prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
        while (st.step()) {
            // id, seq, table, from, to, on_update, on_delete, match
            const ForeignKey key{table, st.text(3), st.text(2),
                                 st.isNull(4) ? QStringLiteral("id") : st.text(4),
                                 st.text(6).toUpper()};
            m_keys[key.parentTable] << key;
        }
    }
}

void CascadeSnapshot::collect(const QString &table, const QString &column, const QVariant &value)
{
    RowStore store(m_db);
    const QStringList cols = store.columns(table);
    QList<QVariantMap> found;
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3 = ?1")
                                        .arg(cols.join(QLatin1Char(',')), table, column));
        RowStore::bindValue(st, 1, value);
        while (st.step()) {
            const QString key = table + QLatin1Char(':') + QString::number(st.int64(0));
            if (m_visited.contains(key))
                continue;
            m_visited.insert(key);
            QVariantMap row;
            QJsonObject values;
            for (int i = 0; i < cols.size(); ++i) {
                const QVariant cell = st.value(i + 1);
                row.insert(cols.at(i), cell);
                values.insert(cols.at(i), cell.typeId() == QMetaType::QByteArray
                                              ? QJsonValue(keep(cell.toByteArray()))
                                              : toJson(cell));
            }
            m_rows->append(
                QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("values"), values}});
            found << row;
        }
    }
    const QList<ForeignKey> keys = m_keys.value(table);
    for (const QVariantMap &row : found) {
        for (const ForeignKey &key : keys) {
            const QVariant parentValue = row.value(key.parentColumn);
            if (!parentValue.isValid() || parentValue.isNull())
                continue;
            if (key.onDelete == u"CASCADE") {
                collect(key.childTable, key.childColumn, parentValue);
            } else if (key.onDelete == u"SET NULL") {
                Statement st = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1")
                                                .arg(key.childTable, key.childColumn));
                RowStore::bindValue(st, 1, parentValue);
                while (st.step())
                    m_nulled->append(QJsonObject{{QStringLiteral("table"), key.childTable},
                                                 {QStringLiteral("id"), st.text(0)},
                                                 {QStringLiteral("column"), key.childColumn},
                                                 {QStringLiteral("value"), toJson(parentValue)}});
            } else {
                Statement st = m_db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %2 = ?1")
                                                .arg(key.childTable, key.childColumn));
                RowStore::bindValue(st, 1, parentValue);
                while (st.step())
                    m_blocking << qMakePair(key.childTable, st.int64(0));
            }
        }
    }
}

QJsonObject CascadeSnapshot::keep(const QByteArray &bytes)
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement st =
        m_db.prepare(QStringLiteral("INSERT INTO kept_blobs (token, data) VALUES (?1, ?2)"));
    st.bind(1, token);
    st.bind(2, bytes.isNull() ? QByteArray("") : bytes);
    st.run();
    return QJsonObject{{keptKey, token}};
}

QVariant CascadeSnapshot::takeBack(const QJsonValue &value)
{
    if (!value.isObject() || !value.toObject().contains(keptKey))
        return fromJson(value);
    const QString token = value.toObject().value(keptKey).toString();
    QByteArray bytes;
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT data FROM kept_blobs WHERE token = ?1"));
        st.bind(1, token);
        if (!st.step())
            throw StorageError(StorageError::Kind::Invalid,
                               QCoreApplication::translate(
                                   "samverka::storage",
                                   "The removed content can no longer be brought back: it is "
                                   "not kept in the file any more."));
        bytes = st.blob(0);
        if (bytes.isNull())
            bytes = QByteArray("");
    }
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM kept_blobs WHERE token = ?1"));
    del.bind(1, token);
    del.run();
    return bytes;
}

void CascadeSnapshot::forget(const QJsonObject &snapshot)
{
    for (const QString &token : keptTokens(snapshot)) {
        Statement del = m_db.prepare(QStringLiteral("DELETE FROM kept_blobs WHERE token = ?1"));
        del.bind(1, token);
        del.run();
    }
}

QJsonObject CascadeSnapshot::capture(const QString &table, const QString &id)
{
    loadKeys();
    QJsonArray rows;
    QJsonArray nulled;
    m_rows = &rows;
    m_nulled = &nulled;
    m_visited.clear();
    m_blocking.clear();
    collect(table, QStringLiteral("id"), id);
    m_rows = nullptr;
    m_nulled = nullptr;

    QStringList users;
    for (const auto &[childTable, rowid] : std::as_const(m_blocking)) {
        if (!m_visited.contains(childTable + QLatin1Char(':') + QString::number(rowid))) {
            const QString name = ownerName(childTable);
            if (!users.contains(name))
                users << name;
        }
    }
    if (!users.isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("samverka::storage",
                                                       "\"%1\" is still referred to (%2); remove "
                                                       "those references first.")
                               .arg(id, users.join(QStringLiteral(", "))));
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("nulled"), nulled}};
}

void CascadeSnapshot::restore(const QJsonObject &snapshot)
{
    // Rows come back parents first, but link rows may precede their other end.
    m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    RowStore store(m_db);
    const QJsonArray rows = snapshot.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &entry : rows) {
        const QJsonObject object = entry.toObject();
        TableRow row;
        row.table = object.value(QStringLiteral("table")).toString();
        const QJsonObject values = object.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            row.values.insert(it.key(), takeBack(it.value()));
        store.insert(row);
    }
    const QJsonArray nulled = snapshot.value(QStringLiteral("nulled")).toArray();
    for (const QJsonValue &entry : nulled) {
        const QJsonObject object = entry.toObject();
        Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE id = ?2")
                                        .arg(object.value(QStringLiteral("table")).toString(),
                                             object.value(QStringLiteral("column")).toString()));
        RowStore::bindValue(st, 1, fromJson(object.value(QStringLiteral("value"))));
        st.bind(2, object.value(QStringLiteral("id")).toString());
        st.run();
    }
}

} // namespace samverka::storage
