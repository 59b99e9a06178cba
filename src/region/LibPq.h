#pragma once

// libpq, loaded when the region database is first used rather than when the program
// starts. Linked at start, libpq and what it brings (Kerberos, LDAP, GnuTLS, OpenSSL:
// some twenty libraries) cost every start of the app and of samverka-cli about 6 ms of
// the dynamic loader's work (docs/performance.md), though most starts never connect.
// The functions keep libpq's names, so a call reads pq.PQexec(…) where it read PQexec(…).

#include <QLibrary>
#include <QString>

#include <libpq-fe.h>

namespace samverka::region {

class LibPq
{
public:
    /// The system's libpq (libpq.so.5), loaded on the first call. Throws RegionError
    /// (Connection) naming the library and why when it cannot be loaded; the next call
    /// tries again.
    static const LibPq &get();

    /// Loads the library called name (QLibrary's rules: "pq" and version 5 is libpq.so.5)
    /// and resolves every function below. Throws RegionError (Connection) when the
    /// library or one of its functions is missing.
    LibPq(const QString &name, int version);
    LibPq(const LibPq &) = delete;
    LibPq &operator=(const LibPq &) = delete;

    decltype(&::PQconnectdbParams) PQconnectdbParams = nullptr;
    decltype(&::PQstatus) PQstatus = nullptr;
    decltype(&::PQerrorMessage) PQerrorMessage = nullptr;
    decltype(&::PQfinish) PQfinish = nullptr;
    decltype(&::PQsetNoticeProcessor) PQsetNoticeProcessor = nullptr;
    decltype(&::PQsetClientEncoding) PQsetClientEncoding = nullptr;
    decltype(&::PQexec) PQexec = nullptr;
    decltype(&::PQexecParams) PQexecParams = nullptr;
    decltype(&::PQresultStatus) PQresultStatus = nullptr;
    decltype(&::PQresultErrorField) PQresultErrorField = nullptr;
    decltype(&::PQresultErrorMessage) PQresultErrorMessage = nullptr;
    decltype(&::PQclear) PQclear = nullptr;
    decltype(&::PQntuples) PQntuples = nullptr;
    decltype(&::PQnfields) PQnfields = nullptr;
    decltype(&::PQgetvalue) PQgetvalue = nullptr;
    decltype(&::PQgetlength) PQgetlength = nullptr;
    decltype(&::PQgetisnull) PQgetisnull = nullptr;
    decltype(&::PQcmdTuples) PQcmdTuples = nullptr;
    decltype(&::PQputCopyData) PQputCopyData = nullptr;
    decltype(&::PQputCopyEnd) PQputCopyEnd = nullptr;
    decltype(&::PQgetResult) PQgetResult = nullptr;
    decltype(&::PQuser) PQuser = nullptr;
    decltype(&::PQhost) PQhost = nullptr;
    decltype(&::PQport) PQport = nullptr;
    decltype(&::PQdb) PQdb = nullptr;
    decltype(&::PQconninfoParse) PQconninfoParse = nullptr;
    decltype(&::PQconninfoFree) PQconninfoFree = nullptr;
    decltype(&::PQfreemem) PQfreemem = nullptr;

private:
    template <typename F> void resolve(F &function, const char *symbol);

    QLibrary m_library; ///< never unloaded: the functions above point into it
};

} // namespace samverka::region
