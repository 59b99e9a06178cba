#pragma once

// A test VFS in the manner of SQLite's own test_vfs.c and test_devsym.c: a shim over the
// default VFS, made the default while it exists, whose files wrap the real ones and fail
// the Nth open, read, write, sync or delete on demand. The tests run as root, where file
// modes stop no write and mounting may be refused, so a full disk, a lost write, a file
// that turns read-only and a share that drops are injected here, at the level where SQLite
// meets them. Counting starts when a fault is armed (like SQLite's io_error_pending); a
// persistent fault keeps failing from the Nth call on (a disk that stays full), a
// transient one fails that call only. Production code needs no hook: it opens files with
// the default VFS, which this is for as long as it lives.

#include <QString>

#include <sqlite3.h>

#include <mutex>
#include <vector>

namespace samverka::testing {

class FaultInjectingVfs
{
public:
    enum class Operation { Open, Read, Write, Sync, Truncate, Delete };
    /// Which files a fault or a count applies to (bits; the journal is "<file>-journal").
    enum Files : unsigned { Database = 1, Journal = 2, OtherFiles = 4, AllFiles = 7 };

    struct Fault {
        Operation operation = Operation::Write;
        int nth = 1;       ///< the first matching call after arming is 1
        int errorCode = 0; ///< what the call returns instead (an SQLITE_* code)
        bool persistent = false;
        unsigned files = AllFiles;
    };

    /// Registers the shim as the default VFS. Faults and counts apply only to files whose
    /// path starts with watchedPrefix (all files when empty): give the municipality file's
    /// path, and its journal is watched too while backups elsewhere are not.
    explicit FaultInjectingVfs(const QString &watchedPrefix = {});
    /// Restores the previous default. Close every connection opened through the shim first.
    ~FaultInjectingVfs();
    FaultInjectingVfs(const FaultInjectingVfs &) = delete;
    FaultInjectingVfs &operator=(const FaultInjectingVfs &) = delete;

    /// Adds a fault (several may be armed at once); its count starts now.
    void arm(const Fault &fault);
    void arm(const std::vector<Fault> &faults);
    /// Removes every fault: the disk has room again, the share is back.
    void disarm();
    /// How many injected failures SQLite met since the last arm().
    int failures() const;
    /// Calls of an operation on watched files since construction or resetCounts().
    int calls(Operation operation, unsigned files = AllFiles) const;
    void resetCounts();

    // ---- The faults of the tests, as SQLite's unix VFS reports them ----------------
    /// The disk is full from the Nth write on (ENOSPC: SQLITE_FULL).
    static Fault fullDisk(int nth = 1);
    /// The Nth write fails once (EIO: SQLITE_IOERR_WRITE).
    static Fault failingWrite(int nth, unsigned files = AllFiles);
    /// The Nth fsync fails once (SQLITE_IOERR_FSYNC).
    static Fault failingSync(int nth, unsigned files = AllFiles);
    /// The file was made read-only under the open connection: every write to it is refused
    /// (EACCES on a share: SQLITE_IOERR_WRITE), also the rollback's; the journal beside it
    /// can still be written.
    static Fault readOnlyFromNow();
    /// The folder is gone (a share that dropped): nothing can be opened or made there,
    /// the journal included (SQLITE_CANTOPEN); the open file itself still answers.
    static Fault vanishedFolder();
    /// The share dropped completely: opens fail and so do reads, writes and syncs (EIO).
    static std::vector<Fault> droppedShare();

    // For the shim's C callbacks (FaultInjectingVfs.cpp), not for tests.
    sqlite3_vfs *real() const { return m_real; }
    bool watches(const char *name) const;
    /// Counts the call and returns the error to inject, or SQLITE_OK to pass it on.
    int inject(Operation operation, unsigned file);

private:
    struct ArmedFault {
        Fault fault;
        int seen = 0;
    };

    QString m_prefix;
    sqlite3_vfs *m_real = nullptr;
    sqlite3_vfs m_shim = {};
    mutable std::mutex m_mutex;
    std::vector<ArmedFault> m_faults;
    int m_failures = 0;
    int m_calls[6][3] = {};
};

} // namespace samverka::testing
