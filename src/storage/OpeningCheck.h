#pragma once

// The checks of an opening that need not hold up the first window: SQLite's quick_check
// of the whole file and then the backup copy on opening (a copy of checked content), on a
// thread of their own with a read-only connection of their own. The file is usable for
// reading meanwhile; a writer waits for them first (MunicipalityFile::requireWritable),
// so that no change is made to a damaged file and the copy holds the file as it was
// before the session's first change.

#include "BackupManager.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace samverka::storage {

class Database;

class OpeningCheck
{
public:
    struct Outcome {
        QStringList problems; ///< quick_check's lines other than "ok"; empty: intact
        QString error;        ///< the check could not run (e.g. a colleague's long lock)
        QString backupPath;   ///< the copy made, or the newest one when unchanged
        QString backupFailure;
    };

    /// Starts at once. backups: where the copy goes, none for a file not to be copied.
    /// finished is called on the check's thread when it is done (also after an
    /// interruption); it must only post to the owner's thread.
    OpeningCheck(const QString &path, int busyTimeoutMs, std::optional<BackupManager> backups,
                 std::function<void()> finished);
    /// Interrupts a check still running and waits for its thread.
    ~OpeningCheck();
    OpeningCheck(const OpeningCheck &) = delete;
    OpeningCheck &operator=(const OpeningCheck &) = delete;

    bool isFinished() const { return m_finished.load(); }
    /// Waits for the end of the check; what it found.
    const Outcome &wait();

private:
    void run(const QString &path, int busyTimeoutMs, const std::optional<BackupManager> &backups);

    Outcome m_outcome;
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_stop{false};
    std::mutex m_connectionMutex; ///< guards m_connection for an interruption
    Database *m_connection = nullptr;
    std::function<void()> m_done;
    std::thread m_thread; ///< last: started when everything else exists
};

} // namespace samverka::storage
