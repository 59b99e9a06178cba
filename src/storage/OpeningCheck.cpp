#include "OpeningCheck.h"

#include "Database.h"
#include "FileFormat.h"
#include "Statement.h"
#include "StorageError.h"

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace samverka::storage {

OpeningCheck::OpeningCheck(const QString &path, int busyTimeoutMs,
                           std::optional<BackupManager> backups, std::function<void()> finished)
    : m_done(std::move(finished))
    , m_thread([this, path, busyTimeoutMs, backups = std::move(backups)] {
        run(path, busyTimeoutMs, backups);
    })
{}

OpeningCheck::~OpeningCheck()
{
    m_stop.store(true);
    {
        const std::lock_guard lock(m_connectionMutex);
        if (m_connection)
            sqlite3_interrupt(m_connection->handle());
    }
    if (m_thread.joinable())
        m_thread.join();
}

const OpeningCheck::Outcome &OpeningCheck::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_outcome;
}

void OpeningCheck::run(const QString &path, int busyTimeoutMs,
                       const std::optional<BackupManager> &backups)
{
    try {
        Database connection(path, Database::Mode::ReadOnly, busyTimeoutMs);
        {
            const std::lock_guard lock(m_connectionMutex);
            m_connection = &connection;
        }
        try {
            // One read transaction: the copy is of the content that was checked.
            connection.exec(QStringLiteral("BEGIN"));
            Statement check = connection.prepare(QStringLiteral("PRAGMA quick_check"));
            QStringList lines;
            while (check.step())
                lines.append(check.text(0));
            if (lines != QStringList{QStringLiteral("ok")})
                m_outcome.problems = lines;
            else if (backups && !m_stop.load()) {
                try {
                    m_outcome.backupPath = backups->backup(connection);
                } catch (const StorageError &error) {
                    spdlog::warn("No backup of {} on open: {} ({})", path.toStdString(),
                                 error.message().toStdString(), error.detail().toStdString());
                    m_outcome.backupFailure = error.message();
                }
            }
            connection.exec(QStringLiteral("COMMIT"));
        } catch (const StorageError &) {
            try {
                connection.exec(QStringLiteral("ROLLBACK"));
            } catch (const StorageError &) {
                // SQLite ended the transaction with the error already.
            }
            const std::lock_guard lock(m_connectionMutex);
            m_connection = nullptr;
            throw;
        }
        const std::lock_guard lock(m_connectionMutex);
        m_connection = nullptr;
    } catch (const StorageError &error) {
        // Damage that SQLite reports as an error of the reading is damage all the same.
        if (error.kind() == StorageError::Kind::Damaged)
            m_outcome.problems =
                QStringList{error.detail().isEmpty() ? error.message() : error.detail()};
        else if (!m_stop.load())
            m_outcome.error = error.message();
    }
    m_finished.store(true);
    if (m_done && !m_stop.load())
        m_done();
}

} // namespace samverka::storage
