#include "AuditLog.h"

#include "Database.h"
#include "Statement.h"

namespace samverka::storage {

namespace {
QString operatingSystemUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}
} // namespace

AuditLog::AuditLog(Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(&clock)
{}

QString AuditLog::userName() const
{
    return m_userName.trimmed().isEmpty() ? operatingSystemUser() : m_userName.trimmed();
}

void AuditLog::setUserName(const QString &name)
{
    m_userName = name;
}

void AuditLog::setClock(const core::Clock &clock)
{
    m_clock = &clock;
}

void AuditLog::record(const QString &entity, const QString &recordId, const QString &field,
                      const QString &oldValue, const QString &newValue)
{
    // UTC in the file: colleagues on a share may sit in different time settings.
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, user, entity, record_id, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, m_clock->now().toUTC().toString(Qt::ISODateWithMs))
        .bind(2, userName())
        .bind(3, entity)
        .bind(4, nullIfEmpty(recordId))
        .bind(5, nullIfEmpty(field))
        .bind(6, oldValue)
        .bind(7, newValue);
    insert.run();
}

QList<AuditEntry> AuditLog::entries(int limit) const
{
    Statement query = m_db.prepare(
        QStringLiteral("SELECT id, at, user, entity, record_id, field, old_value, new_value "
                       "FROM audit_log ORDER BY id DESC LIMIT ?"));
    query.bind(1, limit > 0 ? qint64(limit) : qint64(-1));
    QList<AuditEntry> result;
    while (query.step()) {
        AuditEntry entry;
        entry.id = query.int64(0);
        entry.at = QDateTime::fromString(query.text(1), Qt::ISODateWithMs).toLocalTime();
        entry.user = query.text(2);
        entry.entity = query.text(3);
        entry.recordId = query.text(4);
        entry.field = query.text(5);
        entry.oldValue = query.text(6);
        entry.newValue = query.text(7);
        result.append(entry);
    }
    return result;
}

} // namespace samverka::storage
