#include "FaultInjectingVfs.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace samverka::testing {

namespace {

constexpr const char *kShimName = "samverka-fault-injecting";
FaultInjectingVfs *s_active = nullptr;

// The shim's file: SQLite allocates szOsFile bytes, this header followed by the real file
// (as test_devsym.c lays it out), and calls these methods, which pass each call on.
struct ShimFile {
    sqlite3_file base;
    FaultInjectingVfs *vfs;
    sqlite3_file *real;
    unsigned kind; // FaultInjectingVfs::Files bit
    bool watched;  // under the watched prefix
    sqlite3_io_methods methods;
};

ShimFile *shim(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file);
}

sqlite3_file *realOf(sqlite3_file *file)
{
    return shim(file)->real;
}

int injected(sqlite3_file *file, FaultInjectingVfs::Operation operation)
{
    ShimFile *f = shim(file);
    return f->watched ? f->vfs->inject(operation, f->kind) : SQLITE_OK;
}

int fileClose(sqlite3_file *file)
{
    // Closing never fails here: SQLite cannot do anything sensible with a failed close.
    const int rc = realOf(file)->pMethods->xClose(realOf(file));
    file->pMethods = nullptr;
    return rc;
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(file, FaultInjectingVfs::Operation::Read); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(file, FaultInjectingVfs::Operation::Write); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = injected(file, FaultInjectingVfs::Operation::Truncate); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}

int fileSync(sqlite3_file *file, int flags)
{
    if (const int rc = injected(file, FaultInjectingVfs::Operation::Sync); rc != SQLITE_OK)
        return rc;
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}

// ---- Passed on unchanged -----------------------------------------------------------

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}

int fileLock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xLock(realOf(file), lock);
}

int fileUnlock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), lock);
}

int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}

int fileSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}

int fileShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), page, size, extend, out);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
}

/// The methods of a wrapped file, of the same version as the real file's.
sqlite3_io_methods methodsFor(const sqlite3_io_methods *real)
{
    sqlite3_io_methods m{};
    m.iVersion = real->iVersion < 3 ? real->iVersion : 3;
    m.xClose = fileClose;
    m.xRead = fileRead;
    m.xWrite = fileWrite;
    m.xTruncate = fileTruncate;
    m.xSync = fileSync;
    m.xFileSize = fileSize;
    m.xLock = fileLock;
    m.xUnlock = fileUnlock;
    m.xCheckReservedLock = fileCheckReservedLock;
    m.xFileControl = fileControl;
    m.xSectorSize = fileSectorSize;
    m.xDeviceCharacteristics = fileDeviceCharacteristics;
    if (m.iVersion >= 2) {
        m.xShmMap = fileShmMap;
        m.xShmLock = fileShmLock;
        m.xShmBarrier = fileShmBarrier;
        m.xShmUnmap = fileShmUnmap;
    }
    if (m.iVersion >= 3) {
        m.xFetch = fileFetch;
        m.xUnfetch = fileUnfetch;
    }
    return m;
}

FaultInjectingVfs &instance(sqlite3_vfs *vfs)
{
    return *static_cast<FaultInjectingVfs *>(vfs->pAppData);
}

unsigned classify(int flags)
{
    if (flags & SQLITE_OPEN_MAIN_DB)
        return FaultInjectingVfs::Database;
    if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        return FaultInjectingVfs::Journal;
    return FaultInjectingVfs::OtherFiles;
}

unsigned classifyName(const char *name)
{
    const std::size_t length = std::strlen(name);
    const std::size_t suffix = std::strlen("-journal");
    return length > suffix && std::strcmp(name + length - suffix, "-journal") == 0
               ? FaultInjectingVfs::Journal
               : FaultInjectingVfs::OtherFiles;
}

int shimOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    FaultInjectingVfs &self = instance(vfs);
    auto *f = shim(file);
    std::memset(f, 0, sizeof(ShimFile));
    f->vfs = &self;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(ShimFile));
    f->kind = classify(flags);
    f->watched = name != nullptr && self.watches(name);
    if (f->watched) {
        if (const int rc = self.inject(FaultInjectingVfs::Operation::Open, f->kind);
            rc != SQLITE_OK)
            return rc; // pMethods stays null: SQLite will not call xClose
    }
    const int rc = self.real()->xOpen(self.real(), name, f->real, flags, outFlags);
    if (f->real->pMethods != nullptr) {
        // Set also on failure: SQLite then calls xClose, which must reach the real file.
        f->methods = methodsFor(f->real->pMethods);
        file->pMethods = &f->methods;
    }
    return rc;
}

int shimDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    FaultInjectingVfs &self = instance(vfs);
    if (self.watches(name)) {
        if (const int rc = self.inject(FaultInjectingVfs::Operation::Delete, classifyName(name));
            rc != SQLITE_OK)
            return rc;
    }
    return self.real()->xDelete(self.real(), name, syncDir);
}

int shimAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return instance(vfs).real()->xAccess(instance(vfs).real(), name, flags, out);
}

int shimFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return instance(vfs).real()->xFullPathname(instance(vfs).real(), name, size, out);
}

void *shimDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return instance(vfs).real()->xDlOpen(instance(vfs).real(), name);
}

void shimDlError(sqlite3_vfs *vfs, int size, char *out)
{
    instance(vfs).real()->xDlError(instance(vfs).real(), size, out);
}

void (*shimDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return instance(vfs).real()->xDlSym(instance(vfs).real(), handle, symbol);
}

void shimDlClose(sqlite3_vfs *vfs, void *handle)
{
    instance(vfs).real()->xDlClose(instance(vfs).real(), handle);
}

int shimRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return instance(vfs).real()->xRandomness(instance(vfs).real(), size, out);
}

int shimSleep(sqlite3_vfs *vfs, int microseconds)
{
    return instance(vfs).real()->xSleep(instance(vfs).real(), microseconds);
}

int shimCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return instance(vfs).real()->xCurrentTime(instance(vfs).real(), out);
}

int shimGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return instance(vfs).real()->xGetLastError(instance(vfs).real(), size, out);
}

int shimCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return instance(vfs).real()->xCurrentTimeInt64(instance(vfs).real(), out);
}

std::size_t operationIndex(FaultInjectingVfs::Operation operation)
{
    return static_cast<std::size_t>(operation);
}

std::size_t fileIndex(unsigned file)
{
    return file == FaultInjectingVfs::Database ? 0 : file == FaultInjectingVfs::Journal ? 1 : 2;
}

} // namespace

FaultInjectingVfs::FaultInjectingVfs(const QString &watchedPrefix)
    : m_prefix(watchedPrefix)
    , m_real(sqlite3_vfs_find(nullptr))
{
    if (s_active != nullptr || m_real == nullptr)
        std::abort(); // one at a time, over a real default VFS
    // Version 2 at most: the version-3 system-call hooks are for SQLite's own tests.
    m_shim.iVersion = m_real->iVersion < 2 ? m_real->iVersion : 2;
    m_shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + m_real->szOsFile;
    m_shim.mxPathname = m_real->mxPathname;
    m_shim.zName = kShimName;
    m_shim.pAppData = this;
    m_shim.xOpen = shimOpen;
    m_shim.xDelete = shimDelete;
    m_shim.xAccess = shimAccess;
    m_shim.xFullPathname = shimFullPathname;
    m_shim.xDlOpen = shimDlOpen;
    m_shim.xDlError = shimDlError;
    m_shim.xDlSym = shimDlSym;
    m_shim.xDlClose = shimDlClose;
    m_shim.xRandomness = shimRandomness;
    m_shim.xSleep = shimSleep;
    m_shim.xCurrentTime = shimCurrentTime;
    m_shim.xGetLastError = shimGetLastError;
    if (m_shim.iVersion >= 2)
        m_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    s_active = this;
    sqlite3_vfs_register(&m_shim, 1);
}

FaultInjectingVfs::~FaultInjectingVfs()
{
    sqlite3_vfs_unregister(&m_shim);
    sqlite3_vfs_register(m_real, 1);
    s_active = nullptr;
}

bool FaultInjectingVfs::watches(const char *name) const
{
    return m_prefix.isEmpty() || QString::fromUtf8(name).startsWith(m_prefix);
}

int FaultInjectingVfs::inject(Operation operation, unsigned file)
{
    const std::lock_guard lock(m_mutex);
    ++m_calls[operationIndex(operation)][fileIndex(file)];
    int rc = SQLITE_OK;
    for (ArmedFault &armed : m_faults) {
        if (armed.fault.operation != operation || (armed.fault.files & file) == 0)
            continue;
        ++armed.seen;
        const bool hit = armed.seen == armed.fault.nth ||
                         (armed.fault.persistent && armed.seen > armed.fault.nth);
        if (hit && rc == SQLITE_OK)
            rc = armed.fault.errorCode;
    }
    if (rc != SQLITE_OK)
        ++m_failures;
    return rc;
}

void FaultInjectingVfs::arm(const Fault &fault)
{
    const std::lock_guard lock(m_mutex);
    m_faults.push_back({fault, 0});
    m_failures = 0;
}

void FaultInjectingVfs::arm(const std::vector<Fault> &faults)
{
    for (const Fault &fault : faults)
        arm(fault);
}

void FaultInjectingVfs::disarm()
{
    const std::lock_guard lock(m_mutex);
    m_faults.clear();
}

int FaultInjectingVfs::failures() const
{
    const std::lock_guard lock(m_mutex);
    return m_failures;
}

int FaultInjectingVfs::calls(Operation operation, unsigned files) const
{
    const std::lock_guard lock(m_mutex);
    int total = 0;
    for (unsigned bit : {Database, Journal, OtherFiles})
        if (files & bit)
            total += m_calls[operationIndex(operation)][fileIndex(bit)];
    return total;
}

void FaultInjectingVfs::resetCounts()
{
    const std::lock_guard lock(m_mutex);
    std::memset(m_calls, 0, sizeof(m_calls));
}

FaultInjectingVfs::Fault FaultInjectingVfs::fullDisk(int nth)
{
    return {Operation::Write, nth, SQLITE_FULL, true, AllFiles};
}

FaultInjectingVfs::Fault FaultInjectingVfs::failingWrite(int nth, unsigned files)
{
    return {Operation::Write, nth, SQLITE_IOERR_WRITE, false, files};
}

FaultInjectingVfs::Fault FaultInjectingVfs::failingSync(int nth, unsigned files)
{
    return {Operation::Sync, nth, SQLITE_IOERR_FSYNC, false, files};
}

FaultInjectingVfs::Fault FaultInjectingVfs::readOnlyFromNow()
{
    return {Operation::Write, 1, SQLITE_IOERR_WRITE, true, Database};
}

FaultInjectingVfs::Fault FaultInjectingVfs::vanishedFolder()
{
    return {Operation::Open, 1, SQLITE_CANTOPEN, true, AllFiles};
}

std::vector<FaultInjectingVfs::Fault> FaultInjectingVfs::droppedShare()
{
    return {vanishedFolder(),
            {Operation::Read, 1, SQLITE_IOERR_READ, true, AllFiles},
            {Operation::Write, 1, SQLITE_IOERR_WRITE, true, AllFiles},
            {Operation::Sync, 1, SQLITE_IOERR_FSYNC, true, AllFiles}};
}

} // namespace samverka::testing
