#include "OpenSequence.h"

#include "BackupManager.h"
#include "Database.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <spdlog/spdlog.h>

namespace samverka::storage {

namespace {

using Kind = StorageError::Kind;
using Reason = MunicipalityFile::ReadOnlyReason;

constexpr qsizetype headerSize = 100;

StorageError damaged(const QString &path, const QString &detail)
{
    return StorageError(Kind::Damaged,
                        QCoreApplication::translate("samverka::storage",
                                                    "The file \"%1\" is damaged and cannot be "
                                                    "opened. Restore it from a backup.")
                            .arg(sqliteerror::displayPath(path)),
                        detail);
}

/// What can be checked by reading bytes before SQLite sees the file: SQLite never opens a
/// file that is not ours, so it cannot change it. These bytes never change once the file
/// exists, so a colleague's commit cannot make them look wrong.
void checkIdentity(const QString &path)
{
    const QString file = sqliteerror::displayPath(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        throw StorageError(
            Kind::NotFound,
            QCoreApplication::translate("samverka::storage", "The file \"%1\" does not exist.")
                .arg(file));
    }
    if (info.isDir()) {
        throw StorageError(
            Kind::IsDirectory,
            QCoreApplication::translate("samverka::storage",
                                        "\"%1\" is a folder, not a Samverka municipality file.")
                .arg(file));
    }
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        throw StorageError(
            Kind::NotReadable,
            QCoreApplication::translate("samverka::storage",
                                        "You do not have permission to read the file \"%1\".")
                .arg(file),
            device.errorString());
    }
    const QByteArray header = device.read(headerSize);
    const QByteArray magic(fileformat::sqliteHeader, sizeof(fileformat::sqliteHeader));
    if (!header.startsWith(magic)) {
        throw StorageError(
            Kind::NotSqlite,
            QCoreApplication::translate("samverka::storage",
                                        "\"%1\" is not a Samverka municipality file: it is not a "
                                        "database at all.")
                .arg(file));
    }
    if (header.size() < headerSize)
        throw damaged(path, QStringLiteral("shorter than the 100-byte database header"));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const auto applicationId = qint32(qFromBigEndian<quint32>(bytes + 68));
    if (applicationId != fileformat::applicationId) {
        throw StorageError(
            Kind::ForeignFile,
            QCoreApplication::translate("samverka::storage",
                                        "\"%1\" is an SQLite database of another program, not a "
                                        "Samverka municipality file.")
                .arg(file),
            QStringLiteral("application_id %1").arg(applicationId));
    }
}

/// The size against the header's page size and page count. Only meaningful while SQLite
/// holds a shared lock: a colleague's commit, or a hot journal not yet rolled back, leaves
/// the two out of step for a moment without any damage.
void checkGeometry(const QString &path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        throw damaged(path, device.errorString());
    const QByteArray header = device.read(headerSize);
    if (header.size() < headerSize)
        throw damaged(path, QStringLiteral("shorter than the 100-byte database header"));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw damaged(path, QStringLiteral("invalid page size %1").arg(pageSize));
    const qint64 size = device.size();
    if (size < qint64(pageSize) || size % pageSize != 0)
        throw damaged(path, QStringLiteral("size %1 is not a whole number of pages").arg(size));
    // The header's page count is trustworthy when its "valid-for" counter matches the
    // change counter (SQLite ≥ 3.7.0 writes both).
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (validFor == changeCounter && pageCount > 0 && size < qint64(pageCount) * pageSize)
        throw damaged(
            path, QStringLiteral("cut short: %1 of %2 pages").arg(size / pageSize).arg(pageCount));
}

qint64 pragmaValue(Database &db, const QString &pragma)
{
    Statement statement = db.prepare(QStringLiteral("PRAGMA %1").arg(pragma));
    return statement.step() ? statement.int64(0) : 0;
}

struct Inspection {
    int version = 0;
    bool checkDeferred = false; ///< quick_check left to an OpeningCheck
};

/// Reads the version, checks the geometry and runs quick_check, all in one read
/// transaction: the shared lock keeps a colleague's commit out meanwhile, and taking it is
/// where SQLite meets a journal left by a crash (NeedsRecovery on a read-only connection).
/// A damaged file reports Damaged, whatever SQLite's own word for it.
Inspection inspect(Database &db, int deferCheckAtVersion = 0)
{
    Inspection result;
    db.exec(QStringLiteral("BEGIN"));
    try {
        result.version = int(pragmaValue(db, QStringLiteral("user_version")));
        checkGeometry(db.path());
        // A file at this version, to be checked after opening (OpeningCheck): nothing is
        // migrated before the check, and a writer waits for it.
        if (deferCheckAtVersion > 0 && result.version == deferCheckAtVersion) {
            result.checkDeferred = true;
            db.exec(QStringLiteral("COMMIT"));
            return result;
        }
        Statement check = db.prepare(QStringLiteral("PRAGMA quick_check"));
        QStringList problems;
        while (check.step())
            problems.append(check.text(0));
        if (problems != QStringList{QStringLiteral("ok")})
            throw damaged(db.path(), problems.join(QLatin1Char('\n')));
        db.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        try {
            db.exec(QStringLiteral("ROLLBACK"));
        } catch (const StorageError &) {
            // No transaction left to end: SQLite already ended it with the error.
        }
        throw;
    }
    if (result.version <= 0)
        throw damaged(db.path(), QStringLiteral("no schema version (user_version 0)"));
    return result;
}

/// Rolls back a journal left by a crash, as SQLite does when a writing connection first
/// reads the file: recovery on opening, not a change of content.
void recover(const QString &path, int busyTimeoutMs)
{
    Database writer(path, Database::Mode::ReadWrite, busyTimeoutMs);
    writer.exec(QStringLiteral("BEGIN; SELECT count(*) FROM sqlite_master; COMMIT;"));
    spdlog::warn("Rolled back an interrupted write of {} (hot journal)", path.toStdString());
}

/// Deletes the bytes of removed attachments that wait for an undo (kept_blobs, schema
/// version 4) and are older than seven days: a program that ended without dropping its
/// undo steps (a crash) left them; a colleague's open session may still hold a younger
/// one. Not being able to (a colleague's lock) only leaves them for the next time.
void dropOldKept(Database &db, int schemaVersion)
{
    if (schemaVersion < 4)
        return;
    try {
        db.exec(QStringLiteral("DELETE FROM kept_blobs WHERE kept_at < "
                               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days')"));
    } catch (const StorageError &error) {
        spdlog::warn("Old kept bytes of {} stay for now: {}", db.path().toStdString(),
                     error.detail().toStdString());
    }
}

std::unique_ptr<Database> connect(const QString &path, Database::Mode mode, int busyTimeoutMs)
{
    return std::make_unique<Database>(path, mode, busyTimeoutMs);
}

} // namespace

std::unique_ptr<Database> OpenSequence::migratedCopy(Database &source, const Settings &settings)
{
    auto copy =
        std::make_unique<Database>(source.path(), Database::Mode::Memory, settings.busyTimeoutMs);
    BackupManager::copyInto(source, *copy);
    // The version of what was copied, not of what the file said a moment earlier.
    const int version = int(pragmaValue(*copy, QStringLiteral("user_version")));
    settings.migrator.migrate(*copy, version, settings.targetVersion);
    // A write that slipped past the facade would look saved and then be lost with the
    // copy: it is refused, as the read-only file would refuse it.
    copy->exec(QStringLiteral("PRAGMA query_only = ON"));
    return copy;
}

void OpenSequence::refreshCopy(Database &source, Database &copy, const Settings &settings)
{
    // Made complete before it replaces anything, so a failure leaves the copy as it was.
    const std::unique_ptr<Database> fresh = migratedCopy(source, settings);
    copy.exec(QStringLiteral("PRAGMA query_only = OFF"));
    try {
        BackupManager::copyInto(*fresh, copy);
    } catch (const StorageError &) {
        copy.exec(QStringLiteral("PRAGMA query_only = ON"));
        throw;
    }
    copy.exec(QStringLiteral("PRAGMA query_only = ON"));
}

void OpenSequence::checkIdentity(const QString &path)
{
    samverka::storage::checkIdentity(path);
}

void OpenSequence::checkGeometry(const QString &path)
{
    samverka::storage::checkGeometry(path);
}

StorageError OpenSequence::damagedFile(const QString &path, const QString &detail)
{
    return damaged(path, detail);
}

void OpenSequence::dropOldKeptBytes(Database &db, int schemaVersion)
{
    dropOldKept(db, schemaVersion);
}

OpenSequence::Result OpenSequence::run(const QString &path,
                                       const MunicipalityFile::OpenOptions &options)
{
    return run(path, options, Settings{});
}

OpenSequence::Result OpenSequence::run(const QString &path,
                                       const MunicipalityFile::OpenOptions &options,
                                       const Settings &settings)
{
    checkIdentity(path);

    const QFileInfo info(path);
    // DELETE journal mode writes a journal beside the file: the folder must be writable too.
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();

    Result result;
    Inspection inspection;
    try {
        result.db = connect(path, Database::Mode::ReadOnly, settings.busyTimeoutMs);
        inspection = inspect(*result.db, options.checkAfterOpening ? settings.targetVersion : 0);
    } catch (const StorageError &error) {
        if (error.kind() != Kind::NeedsRecovery)
            throw error.kind() == Kind::ReadOnly ? damaged(path, error.detail()) : error;
        // The file is ours (application id). Also a reading command may recover it: the
        // content stays the last committed one. Only what is still damaged is damaged.
        if (!writable || !options.recoverInterruptedWrite)
            throw;
        result.db.reset();
        recover(path, settings.busyTimeoutMs);
        result.recovered = true;
        result.db = connect(path, Database::Mode::ReadOnly, settings.busyTimeoutMs);
        inspection = inspect(*result.db);
    }
    result.schemaVersion = inspection.version;
    result.checkPending = inspection.checkDeferred;

    if (inspection.version > settings.targetVersion)
        result.readOnlyReason = Reason::NewerVersion;
    else if (options.readOnly)
        result.readOnlyReason = Reason::Requested;
    else if (!writable)
        result.readOnlyReason = Reason::FilePermissions;

    if (result.readOnlyReason == Reason::None) {
        result.db.reset();
        result.db = connect(path, Database::Mode::ReadWrite, settings.busyTimeoutMs);
        // SQLite falls back to read-only when the system refuses writing.
        if (result.db->isReadOnly())
            result.readOnlyReason = Reason::FilePermissions;
    }
    if (result.readOnlyReason != Reason::None) {
        if (!result.db->isReadOnly()) {
            result.db.reset();
            result.db = connect(path, Database::Mode::ReadOnly, settings.busyTimeoutMs);
        }
        if (inspection.version < settings.targetVersion) {
            // An older file that may not be changed can still be read, as the update would
            // make it: the program's queries only know the current schema.
            result.source = std::move(result.db);
            result.db = migratedCopy(*result.source, settings);
        }
        return result;
    }

    const core::Clock &clock = settings.clock ? *settings.clock : core::Clock::system();
    const BackupManager backups(options.backupDir, options.backupKeep, clock);
    if (inspection.version < settings.targetVersion) {
        // Never migrate without a copy of the file as it was.
        try {
            result.backupPath = backups.backup(*result.db);
        } catch (const StorageError &error) {
            throw StorageError(Kind::MigrationFailed,
                               QCoreApplication::translate(
                                   "samverka::storage",
                                   "The file \"%1\" must be updated to this version of Samverka, "
                                   "but no backup copy could be made first, so it was left "
                                   "unchanged. %2")
                                   .arg(sqliteerror::displayPath(path), error.message()),
                               error.detail());
        }
        try {
            settings.migrator.migrate(*result.db, inspection.version, settings.targetVersion);
        } catch (const StorageError &error) {
            if (error.kind() != Kind::MigrationFailed)
                throw;
            throw StorageError(
                Kind::MigrationFailed,
                QCoreApplication::translate("samverka::storage",
                                            "%1 A backup copy made before the update is in \"%2\".")
                    .arg(error.message(), sqliteerror::displayPath(result.backupPath)),
                error.detail());
        }
        result.migrated = true;
        result.schemaVersion = settings.targetVersion;
    } else if (options.backupOnOpen && !result.checkPending) {
        // A failed routine copy must not keep anyone from their work.
        try {
            result.backupPath = backups.backup(*result.db);
        } catch (const StorageError &error) {
            spdlog::warn("No backup of {} on open: {} ({})", path.toStdString(),
                         error.message().toStdString(), error.detail().toStdString());
            result.backupFailure = error.message();
        }
    }
    if (!result.checkPending)
        dropOldKept(*result.db, result.schemaVersion);
    return result;
}

} // namespace samverka::storage
