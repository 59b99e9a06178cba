#include "Savepoint.h"

#include "Database.h"

#include <sqlite3.h>

namespace samverka::storage {

namespace {
QString quoted(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

Savepoint::Savepoint(Database &db, const QString &name)
    : m_db(db)
    , m_name(quoted(name))
{
    m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_name));
}

Savepoint::~Savepoint()
{
    if (m_done)
        return;
    const QByteArray sql = QStringLiteral("ROLLBACK TO %1; RELEASE %1;").arg(m_name).toUtf8();
    sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
}

void Savepoint::release()
{
    if (m_done)
        return;
    m_db.exec(QStringLiteral("RELEASE %1").arg(m_name));
    m_done = true;
}

} // namespace samverka::storage
