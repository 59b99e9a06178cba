#include "Migrator.h"

#include "Database.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>

#include <utility>

namespace samverka::storage {

namespace {
StorageError failed(const Database &db, int fromVersion, int toVersion, const QString &detail)
{
    return StorageError(
        StorageError::Kind::MigrationFailed,
        QCoreApplication::translate("samverka::storage",
                                    "The file \"%1\" could not be updated from format version "
                                    "%2 to %3. It was left unchanged.")
            .arg(sqliteerror::displayPath(db.path()))
            .arg(fromVersion)
            .arg(toVersion),
        detail);
}
} // namespace

Migrator::Migrator(QList<Step> steps)
    : m_steps(std::move(steps))
    , m_injected(true)
{}

QString Migrator::stepSql(int fromVersion) const
{
    if (m_injected) {
        for (const Step &step : m_steps) {
            if (step.fromVersion == fromVersion)
                return step.sql;
        }
        return {};
    }
    QFile file(QStringLiteral(":/sql/migrate_%1_to_%2.sql").arg(fromVersion).arg(fromVersion + 1));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void Migrator::migrate(Database &db, int fromVersion, int toVersion) const
{
    if (fromVersion >= toVersion)
        return;
    // Every step's SQL is found before anything is changed.
    QList<QString> steps;
    for (int version = fromVersion; version < toVersion; ++version) {
        const QString sql = stepSql(version);
        if (sql.trimmed().isEmpty()) {
            throw failed(db, fromVersion, toVersion,
                         QStringLiteral("no migration step from version %1 to %2")
                             .arg(version)
                             .arg(version + 1));
        }
        steps.append(sql);
    }
    try {
        Transaction transaction(db);
        for (int i = 0; i < steps.size(); ++i) {
            try {
                db.exec(steps.at(i));
            } catch (const StorageError &error) {
                throw failed(db, fromVersion, toVersion,
                             QStringLiteral("step %1 to %2: %3")
                                 .arg(fromVersion + i)
                                 .arg(fromVersion + i + 1)
                                 .arg(error.detail().isEmpty() ? error.message() : error.detail()));
            }
        }
        {
            // A step that rebuilt a table must not leave dangling references behind.
            Statement check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
            if (check.step()) {
                throw failed(db, fromVersion, toVersion,
                             QStringLiteral("foreign key violation in table %1 after migrating")
                                 .arg(check.text(0)));
            }
        }
        // user_version lives in the header page, so it commits with the steps.
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
        transaction.commit();
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::MigrationFailed ||
            error.kind() == StorageError::Kind::Locked)
            throw;
        throw failed(db, fromVersion, toVersion, error.detail());
    }
}

} // namespace samverka::storage
