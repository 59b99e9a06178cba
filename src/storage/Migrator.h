#pragma once

// Brings a file made by an older Samverka up to the schema version of this program:
// ordered steps vN→vN+1 (SQL text from :/sql/migrate_<N>_to_<N+1>.sql, or injected by
// tests), all in ONE transaction, so a failed step leaves the file as it was.

#include <QList>
#include <QString>

namespace samverka::storage {

class Database;

class Migrator
{
public:
    /// One step from fromVersion to fromVersion + 1.
    struct Step {
        int fromVersion = 0;
        QString sql;
    };

    /// Steps from the program's resources.
    Migrator() = default;
    /// Exactly these steps (tests; no resources are read).
    explicit Migrator(QList<Step> steps);

    /// Runs every step from fromVersion up to toVersion and sets PRAGMA user_version,
    /// in one transaction. Throws StorageError(MigrationFailed); on failure nothing
    /// was changed.
    void migrate(Database &db, int fromVersion, int toVersion) const;
    /// The SQL of the step from fromVersion to fromVersion + 1; empty when there is none.
    /// New files are made by running these steps over the first schema, so that a new
    /// file and a migrated one cannot differ.
    QString stepSql(int fromVersion) const;

private:
    QList<Step> m_steps;
    bool m_injected = false;
};

} // namespace samverka::storage
