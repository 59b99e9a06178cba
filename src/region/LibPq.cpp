#include "LibPq.h"

#include "RegionError.h"

#include <QCoreApplication>

namespace samverka::region {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::region::LibPq", text);
}

} // namespace

const LibPq &LibPq::get()
{
    // Made once, by the first thread that asks; a failure throws out of the
    // initialisation, which the next call then tries again.
#ifdef Q_OS_WIN
    static const LibPq library(QStringLiteral("libpq"), -1); // vcpkg's libpq.dll
#else
    static const LibPq library(QStringLiteral("pq"), 5);
#endif
    return library;
}

template <typename F> void LibPq::resolve(F &function, const char *symbol)
{
    function = reinterpret_cast<F>(m_library.resolve(symbol));
    if (!function)
        throw RegionError(
            RegionError::Kind::Connection,
            tr("The PostgreSQL client library %1 has no function %2: %3")
                .arg(m_library.fileName(), QString::fromLatin1(symbol), m_library.errorString()));
}

LibPq::LibPq(const QString &name, int version)
    : m_library(name, version)
{
    if (!m_library.load())
        throw RegionError(RegionError::Kind::Connection,
                          tr("The PostgreSQL client library (libpq, Debian package libpq5) could "
                             "not be loaded: %1")
                              .arg(m_library.errorString()));
    resolve(PQconnectdbParams, "PQconnectdbParams");
    resolve(PQstatus, "PQstatus");
    resolve(PQerrorMessage, "PQerrorMessage");
    resolve(PQfinish, "PQfinish");
    resolve(PQsetNoticeProcessor, "PQsetNoticeProcessor");
    resolve(PQsetClientEncoding, "PQsetClientEncoding");
    resolve(PQexec, "PQexec");
    resolve(PQexecParams, "PQexecParams");
    resolve(PQresultStatus, "PQresultStatus");
    resolve(PQresultErrorField, "PQresultErrorField");
    resolve(PQresultErrorMessage, "PQresultErrorMessage");
    resolve(PQclear, "PQclear");
    resolve(PQntuples, "PQntuples");
    resolve(PQnfields, "PQnfields");
    resolve(PQgetvalue, "PQgetvalue");
    resolve(PQgetlength, "PQgetlength");
    resolve(PQgetisnull, "PQgetisnull");
    resolve(PQcmdTuples, "PQcmdTuples");
    resolve(PQputCopyData, "PQputCopyData");
    resolve(PQputCopyEnd, "PQputCopyEnd");
    resolve(PQgetResult, "PQgetResult");
    resolve(PQuser, "PQuser");
    resolve(PQhost, "PQhost");
    resolve(PQport, "PQport");
    resolve(PQdb, "PQdb");
    resolve(PQconninfoParse, "PQconninfoParse");
    resolve(PQconninfoFree, "PQconninfoFree");
    resolve(PQfreemem, "PQfreemem");
}

} // namespace samverka::region
