#include "FieldAccess.h"

#include "Database.h"
#include "RowStore.h"
#include "Statement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <optional>

#include <cmath>

namespace samverka::storage {

namespace {
const QString nowSql = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::storage::FieldAccess", text);
}

bool isNull(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

bool isBlank(const QVariant &v)
{
    return isNull(v) || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QString whereId(const KindSpec &kind)
{
    return kind.kind == RecordKind::Municipality ? QStringLiteral("id = 1")
                                                 : QStringLiteral("id = ?1");
}

QStringList dedupe(const QStringList &list)
{
    QStringList out;
    for (const QString &item : list)
        if (!out.contains(item))
            out << item;
    return out;
}

/// Tables whose records belong to one agreement: references into them must stay
/// inside the referring record's agreement (exchange schema).
bool agreementScoped(const QString &table)
{
    static const QStringList tables = {QStringLiteral("causes"), QStringLiteral("goals"),
                                       QStringLiteral("problems"), QStringLiteral("focus_areas"),
                                       QStringLiteral("measures")};
    return tables.contains(table);
}
} // namespace

FieldAccess::FieldAccess(Database &db)
    : m_db(db)
{}

/// Refuses a number outside its field's range (amounts and counts): never wrapped or clamped.
void FieldAccess::checkRange(const FieldSpec &field, double number)
{
    const bool tooLow = field.minimum && number < *field.minimum;
    const bool tooHigh = field.maximum && number > *field.maximum;
    if (!tooLow && !tooHigh)
        return;
    const auto text = [](double d) {
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    };
    if (!field.maximum)
        throw invalid(
            tr("\"%1\" is not a valid value for the field \"%2\".").arg(text(number), field.name));
    throw invalid(
        tr("%1 is outside the range of the field \"%2\" (%3 to %4).")
            .arg(text(number), field.name, text(field.minimum.value_or(0)), text(*field.maximum)));
}

StorageError FieldAccess::invalid(const QString &message)
{
    return StorageError(StorageError::Kind::Invalid, message);
}

bool FieldAccess::exists(RecordKind kind, const QString &id) const
{
    const KindSpec &spec = FieldRegistry::kind(kind);
    if (kind != RecordKind::Municipality && id.isEmpty())
        return false;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(spec.table, whereId(spec)));
    if (kind != RecordKind::Municipality)
        st.bind(1, id);
    return st.step();
}

QString FieldAccess::existingId(RecordKind kind, const QString &id) const
{
    if (kind == RecordKind::Municipality)
        return QStringLiteral("1");
    if (exists(kind, id))
        return id;
    throw StorageError(
        StorageError::Kind::NotFoundRecord,
        tr("There is no %1 with the id \"%2\" in this file.").arg(recordKindName(kind), id));
}

QString FieldAccess::agreementOf(RecordKind kind, const QString &id) const
{
    const KindSpec &spec = FieldRegistry::kind(kind);
    if (spec.agreementSql.isEmpty() || id.isEmpty())
        return {};
    Statement st = m_db.prepare(spec.agreementSql);
    st.bind(1, id);
    if (st.step() && !st.isNull(0))
        return st.text(0);
    return {};
}

QVariant FieldAccess::fromColumn(const FieldSpec &field, const Statement &st, int column)
{
    const bool null = st.isNull(column);
    switch (field.type) {
    case FieldType::Bool:
        return st.int64(column) != 0;
    case FieldType::Int:
        return st.integer(column);
    case FieldType::OptInt:
        return null ? QVariant() : QVariant(st.int64(column)); // never cut to an int
    case FieldType::OptReal:
        return null ? QVariant() : QVariant(st.real(column));
    case FieldType::Date:
        return null ? QDate() : QDate::fromString(st.text(column), Qt::ISODate);
    case FieldType::Blob:
        return st.blob(column);
    default:
        return null ? QString() : st.text(column);
    }
}

QStringList FieldAccess::readList(const FieldSpec &field, const QString &id) const
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1 ORDER BY position, rowid")
                         .arg(field.column, field.listTable, field.listOwnerColumn));
    st.bind(1, id);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QVariant FieldAccess::read(const KindSpec &kind, const FieldSpec &field, const QString &id) const
{
    return readAll(kind, {&field}, id).value(0);
}

QVariantList FieldAccess::readAll(const KindSpec &kind, const QList<const FieldSpec *> &fields,
                                  const QString &id) const
{
    QStringList columns;
    for (const FieldSpec *field : fields)
        if (field->listTable.isEmpty())
            columns << field->column;
    QVariantList out;
    out.reserve(fields.size());
    std::optional<Statement> row;
    if (!columns.isEmpty()) {
        row.emplace(
            m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                             .arg(columns.join(QStringLiteral(", ")), kind.table, whereId(kind))));
        if (kind.kind != RecordKind::Municipality)
            row->bind(1, id);
        if (!row->step())
            throw StorageError(StorageError::Kind::NotFoundRecord,
                               tr("There is no %1 with the id \"%2\" in this file.")
                                   .arg(recordKindName(kind.kind), id));
    }
    int column = 0;
    for (const FieldSpec *field : fields)
        out << (field->listTable.isEmpty() ? fromColumn(*field, *row, column++)
                                           : QVariant(readList(*field, id)));
    return out;
}

void FieldAccess::checkReference(const KindSpec &kind, const FieldSpec &field, const QString &id,
                                 const QString &target) const
{
    RowStore rows(m_db);
    if (!rows.exists(field.refTable, target))
        throw invalid(tr("The field \"%1\" refers to \"%2\", which is not in this file.")
                          .arg(field.name, target));
    const KindSpec *targetKind = FieldRegistry::kindForTable(field.refTable);
    if (!targetKind || !agreementScoped(field.refTable) || kind.kind == RecordKind::Promise)
        return;
    const QString own = agreementOf(kind.kind, id);
    const QString theirs = agreementOf(targetKind->kind, target);
    if (!own.isEmpty() && own != theirs)
        throw invalid(tr("The field \"%1\" refers to \"%2\", which belongs to another agreement.")
                          .arg(field.name, target));
}

QVariant FieldAccess::toStored(const KindSpec &kind, const FieldSpec &field, const QString &id,
                               const QVariant &value) const
{
    const auto badValue = [&]() {
        return invalid(tr("\"%1\" is not a valid value for the field \"%2\".")
                           .arg(value.toString(), field.name));
    };
    const auto checkWord = [&](const QString &word) {
        if (!field.words.contains(word))
            throw invalid(tr("\"%1\" is not a valid value for the field \"%2\" (allowed: %3).")
                              .arg(word, field.name, field.words.join(QStringLiteral(", "))));
    };
    switch (field.type) {
    case FieldType::Text:
        return QVariant(isNull(value) ? QString() : value.toString());
    case FieldType::Ref: {
        const QString target = isNull(value) ? QString() : value.toString();
        if (target.isEmpty())
            return {};
        checkReference(kind, field, id, target);
        return target;
    }
    case FieldType::Bool: {
        if (value.typeId() == QMetaType::QString) {
            const QString word = value.toString().toLower();
            if (word == u"true" || word == u"1")
                return qint64(1);
            if (word == u"false" || word == u"0" || word.isEmpty())
                return qint64(0);
            throw badValue();
        }
        return qint64(value.toBool() ? 1 : 0);
    }
    case FieldType::Int:
    case FieldType::OptInt: {
        if (isBlank(value)) {
            if (field.type == FieldType::OptInt)
                return {};
            throw badValue();
        }
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            throw badValue();
        checkRange(field, double(number));
        return number;
    }
    case FieldType::OptReal: {
        if (isBlank(value))
            return {};
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            throw badValue();
        checkRange(field, number);
        return number;
    }
    case FieldType::Date: {
        QDate date;
        if (value.typeId() == QMetaType::QDate)
            date = value.toDate();
        else if (!isBlank(value)) {
            date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid())
                throw badValue();
        }
        if (!date.isValid()) {
            if (field.required)
                throw invalid(tr("The field \"%1\" cannot be empty.").arg(field.name));
            return {};
        }
        return date.toString(Qt::ISODate);
    }
    case FieldType::Enum:
    case FieldType::Status:
        checkWord(value.toString());
        return value.toString();
    case FieldType::OptEnum:
        if (isBlank(value))
            return {};
        checkWord(value.toString());
        return value.toString();
    case FieldType::IdList: {
        const QStringList ids = dedupe(value.toStringList());
        for (const QString &target : ids)
            checkReference(kind, field, id, target);
        return ids;
    }
    case FieldType::TextList:
        return value.toStringList();
    case FieldType::EnumList: {
        const QStringList words = dedupe(value.toStringList());
        for (const QString &word : words)
            checkWord(word);
        return words;
    }
    case FieldType::Blob:
        return value.toByteArray();
    case FieldType::ReadOnly:
        break;
    }
    throw StorageError(
        StorageError::Kind::Refused,
        tr("The field \"%1\" is set by the program and cannot be edited.").arg(field.name));
}

void FieldAccess::write(const KindSpec &kind, const FieldSpec &field, const QString &id,
                        const QVariant &stored)
{
    try {
        if (field.type == FieldType::IdList || field.type == FieldType::TextList ||
            field.type == FieldType::EnumList) {
            Statement del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                                             .arg(field.listTable, field.listOwnerColumn));
            del.bind(1, id);
            del.run();
            Statement ins =
                m_db.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (?1, ?2, ?3)")
                                 .arg(field.listTable, field.listOwnerColumn, field.column));
            const QStringList items = stored.toStringList();
            for (qsizetype i = 0; i < items.size(); ++i) {
                ins.reset();
                ins.bind(1, id);
                RowStore::bindValue(ins, 2, items.at(i));
                ins.bind(3, qint64(i));
                ins.run();
            }
            Statement touch = m_db.prepare(QStringLiteral("UPDATE %1 SET updated_at = %2 WHERE %3")
                                               .arg(kind.table, nowSql, whereId(kind)));
            if (kind.kind != RecordKind::Municipality)
                touch.bind(1, id);
            touch.run();
            return;
        }
        Statement st =
            m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = %3 WHERE %4")
                             .arg(kind.table, field.column, nowSql, whereId(kind)));
        if (kind.kind != RecordKind::Municipality)
            st.bind(1, id);
        RowStore::bindValue(st, 2, stored);
        st.run();
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::Invalid)
            throw;
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The value of the field \"%1\" was refused: it does not fit the "
                              "rules of the municipality file.")
                               .arg(field.name),
                           error.detail());
    }
}

QString FieldAccess::auditText(const QVariant &value)
{
    if (isNull(value))
        return {};
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value.toStringList()))
                                     .toJson(QJsonDocument::Compact));
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QByteArray:
        return QStringLiteral("%1 bytes").arg(value.toByteArray().size());
    default:
        return value.toString();
    }
}

} // namespace samverka::storage
