#include "Statement.h"

#include "StatementCache.h"

#include "Database.h"
#include "SqliteErrorMapping.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <sqlite3.h>

#include <utility>

namespace samverka::storage {

Statement::Statement(Database &db, const QString &sql)
    : m_db(&db)
{
    const QByteArray text = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v2(db.handle(), text.constData(), int(text.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw sqliteerror::fromCode(rc, db.handle(), db.path());
    }
}

Statement::Statement(Database &db, sqlite3_stmt *stmt, const QString &sql,
                     const std::shared_ptr<StatementCache> &cache)
    : m_stmt(stmt)
    , m_db(&db)
    , m_cache(cache)
    , m_sql(sql)
{}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_stmt == nullptr)
        return;
    if (const std::shared_ptr<StatementCache> cache = m_cache.lock())
        cache->giveBack(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

namespace {
void checkBind(int rc, Database *db)
{
    sqliteerror::check(rc, db->handle(), db->path());
}
} // namespace

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray text = value.toUtf8();
    checkBind(sqlite3_bind_text64(m_stmt, index, text.constData(), sqlite3_uint64(text.size()),
                                  SQLITE_TRANSIENT, SQLITE_UTF8),
              m_db);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    checkBind(sqlite3_bind_int64(m_stmt, index, value), m_db);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    checkBind(sqlite3_bind_double(m_stmt, index, value), m_db);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    checkBind(sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                                  SQLITE_TRANSIENT),
              m_db);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? bind(index, date.toString(Qt::ISODate)) : bindNull(index);
    }
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        return at.isValid() ? bind(index, at.toString(Qt::ISODateWithMs)) : bindNull(index);
    }
    case QMetaType::QStringList: {
        // Id lists are stored as a JSON array, the same form the exchange format uses.
        const QJsonArray array = QJsonArray::fromStringList(value.toStringList());
        return bind(index, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_stmt, index), m_db);
    return *this;
}

bool Statement::step()
{
    if (m_stmt == nullptr)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset so the statement releases what it held and can be retried.
    sqlite3_reset(m_stmt);
    throw sqliteerror::fromCode(rc, m_db->handle(), m_db->path());
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    if (m_stmt == nullptr)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (data == nullptr)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char *>(data), size);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return {};
    }
}

std::optional<qint64> Statement::optInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

} // namespace samverka::storage
