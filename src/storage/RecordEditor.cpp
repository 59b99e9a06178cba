#include "RecordEditor.h"

#include "AuditLog.h"
#include "CascadeSnapshot.h"
#include "Database.h"
#include "RowStore.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace samverka::storage {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::storage::RecordEditor", text);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

RecordEditor::RecordEditor(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
    , m_access(db)
    , m_rules(db)
{}

void RecordEditor::checkStatusChange(const QString &agreementId, const QVariant &value) const
{
    if (m_rules.isSigned(agreementId))
        throw FrozenRules::frozenError();
    if (value.toString() == u"signed")
        throw StorageError(StorageError::Kind::Refused,
                           tr("An agreement becomes signed only by signing it."));
}

QVariant RecordEditor::setField(RecordKind kind, const QString &id, const QString &field,
                                const QVariant &value)
{
    Transaction tx(m_db);
    const KindSpec &spec = FieldRegistry::kind(kind);
    const FieldSpec *fieldSpec = spec.field(field);
    if (!fieldSpec)
        throw FieldAccess::invalid(
            tr("A %1 has no field \"%2\".").arg(recordKindName(kind), field));
    const QString recordId = m_access.existingId(kind, id);
    if (fieldSpec->key)
        throw FieldAccess::invalid(
            tr("The field \"%1\" is part of what identifies a %2, so it cannot be changed; "
               "remove the %2 and add it again instead.")
                .arg(field, recordKindName(kind)));
    if (fieldSpec->type == FieldType::Status)
        checkStatusChange(recordId, value);
    else
        m_rules.checkField(kind, recordId, field);

    const QVariant stored = m_access.toStored(spec, *fieldSpec, recordId, value);
    // Read inside the write transaction: no colleague's commit can come in between, so
    // undo restores exactly what this edit replaced.
    QVariant old = m_access.read(spec, *fieldSpec, recordId);
    const QString before = FieldAccess::auditText(old);
    m_access.write(spec, *fieldSpec, recordId, stored);
    const QString after = FieldAccess::auditText(m_access.read(spec, *fieldSpec, recordId));
    if (before != after)
        m_audit.record(recordKindName(kind), recordId, field, before, after);

    if (kind == RecordKind::Attachment && field == u"data") {
        // The checksum always describes the bytes kept.
        const FieldSpec *sum = spec.field(QStringLiteral("sha256"));
        const QString oldSum = m_access.read(spec, *sum, recordId).toString();
        const QString newSum = sha256Hex(stored.toByteArray());
        m_access.write(spec, *sum, recordId, newSum);
        if (oldSum != newSum)
            m_audit.record(recordKindName(kind), recordId, sum->name, oldSum, newSum);
    }
    tx.commit();
    return old;
}

QString RecordEditor::insertRecord(RecordKind kind, const QString &parentId,
                                   const QVariantMap &fields, int index)
{
    Transaction tx(m_db);
    const KindSpec &spec = FieldRegistry::kind(kind);
    if (kind == RecordKind::Municipality)
        throw FieldAccess::invalid(tr("A file has exactly one municipality record."));

    TableRow row{spec.table, {}};
    if (!spec.parentColumns.isEmpty()) {
        qsizetype found = -1;
        const QString &parent = parentId;
        for (qsizetype i = 0; i < spec.parentColumns.size() && found < 0; ++i) {
            if (m_access.exists(spec.parentKinds.at(i), parentId))
                found = i;
        }
        if (found < 0)
            throw StorageError(
                StorageError::Kind::NotFoundRecord,
                tr("There is no %1 with the id \"%2\" to add the %3 to.")
                    .arg(recordKindName(spec.parentKinds.first()), parentId, recordKindName(kind)));
        m_rules.checkInsert(kind, spec.parentKinds.at(found), parent);
        row.values.insert(spec.parentColumns.at(found), parent);
    }

    QString id = fields.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.values.insert(QStringLiteral("id"), id);
    if (m_access.exists(kind, id))
        throw FieldAccess::invalid(tr("A record with the id \"%1\" already exists.").arg(id));
    QStringList inRow; // fields written by the INSERT itself
    if (spec.hasUniqueKey())
        keyedRow(spec, fields, row, inRow);
    const QString partField = QStringLiteral("part");
    if (kind == RecordKind::Commitment)
        row.values.insert(partField, m_access.toStored(spec, *spec.field(partField), id,
                                                       fields.value(partField, 1)));
    if (kind == RecordKind::Agreement)
        checkStatusChange(QString(), fields.value(QStringLiteral("status")));
    RowStore(m_db).insert(row);

    QJsonObject auditValues;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() == u"id" || (kind == RecordKind::Commitment && it.key() == partField))
            continue;
        const FieldSpec *fieldSpec = spec.field(it.key());
        if (!fieldSpec)
            throw FieldAccess::invalid(
                tr("A %1 has no field \"%2\".").arg(recordKindName(kind), it.key()));
        if (!inRow.contains(it.key()))
            m_access.write(spec, *fieldSpec, id,
                           m_access.toStored(spec, *fieldSpec, id, it.value()));
        if (fieldSpec->type != FieldType::Blob)
            auditValues.insert(it.key(),
                               FieldAccess::auditText(m_access.read(spec, *fieldSpec, id)));
    }
    if (kind == RecordKind::Attachment && fields.contains(QStringLiteral("data")) &&
        fields.value(QStringLiteral("sha256")).toString().isEmpty()) {
        const FieldSpec *sum = spec.field(QStringLiteral("sha256"));
        m_access.write(spec, *sum, id,
                       sha256Hex(fields.value(QStringLiteral("data")).toByteArray()));
    }
    if (spec.ordered)
        placeAt(spec, id, index);
    m_audit.record(recordKindName(kind), id, QString(), QString(), compactJson(auditValues));
    tx.commit();
    return id;
}

RecordSnapshot RecordEditor::removeRecord(RecordKind kind, const QString &id)
{
    Transaction tx(m_db);
    const KindSpec &spec = FieldRegistry::kind(kind);
    if (kind == RecordKind::Municipality)
        throw FieldAccess::invalid(tr("The municipality record cannot be removed."));
    const QString recordId = m_access.existingId(kind, id);
    m_rules.checkRecord(kind, recordId);

    QJsonObject snapshot = CascadeSnapshot(m_db).capture(spec.table, recordId);
    snapshot.insert(QStringLiteral("agreement"), m_access.agreementOf(kind, recordId));
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(spec.table));
    del.bind(1, recordId);
    del.run();

    QJsonObject mainRow = snapshot.value(QStringLiteral("rows"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("values"))
                              .toObject();
    mainRow.remove(QStringLiteral("data"));
    m_audit.record(recordKindName(kind), recordId, QString(), compactJson(mainRow), QString());
    tx.commit();

    RecordSnapshot result;
    result.kind = kind;
    result.id = recordId;
    result.payload = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
    return result;
}

void RecordEditor::restoreRecord(const RecordSnapshot &snapshot)
{
    Transaction tx(m_db);
    const QJsonObject payload = QJsonDocument::fromJson(snapshot.payload).object();
    const QJsonArray rows = payload.value(QStringLiteral("rows")).toArray();
    if (rows.isEmpty())
        throw FieldAccess::invalid(tr("There is nothing to restore."));
    m_rules.checkRestore(snapshot.kind, payload.value(QStringLiteral("agreement")).toString());
    if (m_access.exists(snapshot.kind, snapshot.id))
        throw FieldAccess::invalid(
            tr("A record with the id \"%1\" already exists.").arg(snapshot.id));
    CascadeSnapshot(m_db).restore(payload);
    QJsonObject mainRow = rows.first().toObject().value(QStringLiteral("values")).toObject();
    mainRow.remove(QStringLiteral("data"));
    m_audit.record(recordKindName(snapshot.kind), snapshot.id, QString(), QString(),
                   compactJson(mainRow));
    tx.commit();
}

void RecordEditor::forgetSnapshot(const RecordSnapshot &snapshot)
{
    Transaction tx(m_db);
    CascadeSnapshot(m_db).forget(QJsonDocument::fromJson(snapshot.payload).object());
    tx.commit();
}

RecordMove RecordEditor::moveRecord(RecordKind kind, const QString &id, int newIndex)
{
    Transaction tx(m_db);
    const KindSpec &spec = FieldRegistry::kind(kind);
    if (!spec.ordered)
        throw FieldAccess::invalid(
            tr("The order of %1 records follows from their content.").arg(recordKindName(kind)));
    const QString recordId = m_access.existingId(kind, id);
    m_rules.checkRecord(kind, recordId);
    const qsizetype oldIndex = siblings(spec, recordId).indexOf(recordId);
    placeAt(spec, recordId, newIndex);
    const qsizetype nowIndex = siblings(spec, recordId).indexOf(recordId);
    if (oldIndex != nowIndex)
        m_audit.record(recordKindName(kind), recordId, QStringLiteral("position"),
                       QString::number(oldIndex), QString::number(nowIndex));
    tx.commit();
    return RecordMove{recordId, int(oldIndex), int(nowIndex)};
}

void RecordEditor::keyedRow(const KindSpec &spec, const QVariantMap &fields, TableRow &row,
                            QStringList &inRow)
{
    // Every field goes into the INSERT: the key columns are NOT NULL without defaults, and
    // so is population's value.
    QVariantMap given = fields;
    given.remove(QStringLiteral("id"));
    const QString codeField = QStringLiteral("municipalityCode");
    if (spec.kind == RecordKind::Population && given.value(codeField).toString().isEmpty()) {
        Statement own = m_db.prepare(QStringLiteral("SELECT code FROM municipality WHERE id = 1"));
        given.insert(codeField, own.step() ? own.text(0) : QString());
    }
    for (const FieldSpec &field : spec.fields) {
        if (!given.contains(field.name))
            throw FieldAccess::invalid(
                tr("A %1 needs the field \"%2\".").arg(recordKindName(spec.kind), field.name));
    }
    QStringList where;
    QVariantList key;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field)
            throw FieldAccess::invalid(
                tr("A %1 has no field \"%2\".").arg(recordKindName(spec.kind), it.key()));
        const QVariant stored = m_access.toStored(spec, *field, QString(), it.value());
        row.values.insert(field->column, stored);
        inRow << it.key();
        if (field->key) {
            where << QStringLiteral("%1 = ?%2").arg(field->column).arg(where.size() + 1);
            key << stored;
        }
    }
    Statement taken = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2")
                                       .arg(spec.table, where.join(QStringLiteral(" AND "))));
    for (int i = 0; i < key.size(); ++i)
        RowStore::bindValue(taken, i + 1, key.at(i));
    if (taken.step())
        throw FieldAccess::invalid(spec.kind == RecordKind::Population
                                       ? tr("The population of %1 in %2 is in the file already.")
                                             .arg(given.value(codeField).toString(),
                                                  given.value(QStringLiteral("year")).toString())
                                       : tr("A %1 with the same key is in the file already.")
                                             .arg(recordKindName(spec.kind)));
}

QStringList RecordEditor::siblings(const KindSpec &spec, const QString &id)
{
    QStringList scope = spec.parentColumns;
    scope << spec.scopeColumns;
    QVariantList values;
    if (!scope.isEmpty()) {
        Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1")
                                        .arg(scope.join(QLatin1Char(',')), spec.table));
        st.bind(1, id);
        if (st.step())
            for (int i = 0; i < scope.size(); ++i)
                values << st.value(i);
    }
    QStringList where;
    for (const QString &col : scope)
        where << QStringLiteral("%1 IS ?").arg(col);
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id FROM %1%2 ORDER BY position, rowid")
            .arg(spec.table, where.isEmpty() ? QString()
                                             : QStringLiteral(" WHERE ") +
                                                   where.join(QStringLiteral(" AND "))));
    for (int i = 0; i < values.size(); ++i)
        RowStore::bindValue(st, i + 1, values.at(i));
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return ids;
}

void RecordEditor::placeAt(const KindSpec &spec, const QString &id, int index)
{
    QStringList order = siblings(spec, id);
    order.removeAll(id);
    if (index < 0 || index > order.size())
        order << id;
    else
        order.insert(index, id);
    Statement update = m_db.prepare(
        QStringLiteral("UPDATE %1 SET position = ?1 WHERE id = ?2 AND position IS NOT ?1")
            .arg(spec.table));
    for (qsizetype i = 0; i < order.size(); ++i) {
        update.reset();
        update.bind(1, qint64(i));
        update.bind(2, order.at(i));
        update.run();
    }
}

} // namespace samverka::storage
