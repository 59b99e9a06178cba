#pragma once

// Appends to and reads the audit log table (who, when, entity, field, old and new
// value). Writers call record() inside their own transaction, so a change and its
// log row are committed together or not at all.

#include "MunicipalityFile.h"

namespace samverka::storage {

class Database;

class AuditLog
{
public:
    AuditLog(Database &db, const core::Clock &clock);

    /// The name recorded as "who": the configured name, else the OS user name.
    QString userName() const;
    void setUserName(const QString &name);
    void setClock(const core::Clock &clock);

    /// Appends one row. An empty field means the whole record (insert/delete).
    void record(const QString &entity, const QString &recordId, const QString &field,
                const QString &oldValue, const QString &newValue);
    QList<AuditEntry> entries(int limit) const;

private:
    Database &m_db;
    const core::Clock *m_clock;
    QString m_userName;
};

} // namespace samverka::storage
