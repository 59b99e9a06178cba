#include "PgConnection.h"

#include "LibPq.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <spdlog/spdlog.h>

#include <vector>

namespace samverka::region {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::region::PgConnection", text);
}

QString serverText(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

QByteArray paramText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "true" : "false";
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    default:
        return value.toString().toUtf8();
    }
}

RegionError::Kind kindOf(const char *sqlState)
{
    const QByteArray state(sqlState ? sqlState : "");
    if (state == "42501") // insufficient_privilege, including row-level security
        return RegionError::Kind::Permission;
    if (state == "3F000" || state == "42P01") // invalid_schema_name, undefined_table
        return RegionError::Kind::NotInitialised;
    if (state.startsWith("08")) // connection_exception
        return RegionError::Kind::Connection;
    return RegionError::Kind::Query;
}

} // namespace

PgConnection::PgConnection(const QString &conninfo)
    : m_pq(LibPq::get())
{
    // Ten seconds to connect unless conninfo says otherwise (it is expanded after, and
    // wins): an unreachable server is told, not waited for.
    const QByteArray given = conninfo.toUtf8();
    const char *keywords[] = {"connect_timeout", "dbname", nullptr};
    const char *values[] = {"10", given.constData(), nullptr};
    m_conn = m_pq.PQconnectdbParams(keywords, values, 1);
    if (!m_conn)
        throw RegionError(RegionError::Kind::Connection,
                          tr("Could not connect to the region database: out of memory."));
    if (m_pq.PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = serverText(m_pq.PQerrorMessage(m_conn));
        m_pq.PQfinish(m_conn);
        m_conn = nullptr;
        throw RegionError(RegionError::Kind::Connection,
                          tr("Could not connect to the region database: %1").arg(why));
    }
    // The server's notices ("policy … does not exist, skipping") go to the log, not stderr.
    m_pq.PQsetNoticeProcessor(
        m_conn,
        [](void *, const char *message) {
            spdlog::debug("PostgreSQL: {}", QString::fromUtf8(message).trimmed().toStdString());
        },
        nullptr);
    // Dates and times as ISO 8601, whatever the server's default; a lock held by another
    // publication is waited for a minute at most.
    m_pq.PQsetClientEncoding(m_conn, "UTF8");
    script(QStringLiteral(
        "SET datestyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET lock_timeout = '60s'"));
}

PgConnection::~PgConnection()
{
    if (m_conn)
        m_pq.PQfinish(m_conn);
}

void PgConnection::fail(const QString &what, pg_result *result) const
{
    const char *state = result ? m_pq.PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString why =
        serverText(result ? m_pq.PQresultErrorMessage(result) : m_pq.PQerrorMessage(m_conn));
    if (why.isEmpty())
        why = serverText(m_pq.PQerrorMessage(m_conn));
    const RegionError::Kind kind =
        m_pq.PQstatus(m_conn) == CONNECTION_BAD ? RegionError::Kind::Connection : kindOf(state);
    if (result)
        m_pq.PQclear(result);
    throw RegionError(kind, tr("%1 on %2: %3").arg(what, where(), why));
}

PgResult PgConnection::exec(const QString &sql, const QVariantList &params) const
{
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(std::size_t(params.size()));
    for (const QVariant &p : params) {
        texts.push_back(p.isNull() ? QByteArray() : paramText(p));
        values.push_back(p.isNull() ? nullptr : texts.back().constData());
    }
    pg_result *result = m_pq.PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()),
                                          nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? m_pq.PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(tr("A statement failed"), result);
    return PgResult(result);
}

void PgConnection::script(const QString &sql) const
{
    pg_result *result = m_pq.PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = result ? m_pq.PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(tr("A statement failed"), result);
    m_pq.PQclear(result);
}

QByteArray PgConnection::copyText(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    QByteArray text = paramText(value);
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

void PgConnection::copyIn(const QString &table, const QStringList &columns,
                          const QList<QVariantList> &rows) const
{
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u','));
    pg_result *start = m_pq.PQexec(m_conn, sql.toUtf8().constData());
    if (!start || m_pq.PQresultStatus(start) != PGRES_COPY_IN)
        fail(tr("Copying into %1 failed").arg(table), start);
    m_pq.PQclear(start);
    QByteArray buffer;
    const auto flush = [&] {
        if (!buffer.isEmpty() &&
            m_pq.PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) != 1)
            fail(tr("Copying into %1 failed").arg(table), nullptr);
        buffer.clear();
    };
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            buffer += copyText(row.at(i));
        }
        buffer += '\n';
        if (buffer.size() > 256 * 1024)
            flush();
    }
    flush();
    if (m_pq.PQputCopyEnd(m_conn, nullptr) != 1)
        fail(tr("Copying into %1 failed").arg(table), nullptr);
    pg_result *end = m_pq.PQgetResult(m_conn);
    if (!end || m_pq.PQresultStatus(end) != PGRES_COMMAND_OK)
        fail(tr("Copying into %1 failed").arg(table), end);
    m_pq.PQclear(end);
    while (pg_result *more = m_pq.PQgetResult(m_conn))
        m_pq.PQclear(more);
}

void PgConnection::rollback() const noexcept
{
    // Ends the failed transaction; on a connection that is gone there is none left.
    m_pq.PQclear(m_pq.PQexec(m_conn, "ROLLBACK"));
}

QString PgConnection::user() const
{
    return QString::fromUtf8(m_pq.PQuser(m_conn));
}

QString PgConnection::where() const
{
    const QString host = QString::fromUtf8(m_pq.PQhost(m_conn));
    return tr("database %1 on %2:%3")
        .arg(QString::fromUtf8(m_pq.PQdb(m_conn)), host, QString::fromUtf8(m_pq.PQport(m_conn)));
}

} // namespace samverka::region
