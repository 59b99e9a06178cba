#include "SqliteErrorMapping.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace samverka::storage::sqliteerror {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

StorageError locked(const QString &path, const QString &detail)
{
    // sv: Filen används av någon annan just nu. Inget ändrades; försök igen om en stund.
    return StorageError(StorageError::Kind::Locked,
                        QCoreApplication::translate(
                            "samverka::storage",
                            "The file \"%1\" is being changed by someone else right now. Nothing "
                            "was changed; try again in a moment.")
                            .arg(displayPath(path)),
                        detail);
}

StorageError needsRecovery(const QString &path, const QString &detail)
{
    return StorageError(
        StorageError::Kind::NeedsRecovery,
        QCoreApplication::translate(
            "samverka::storage",
            "A change to the file \"%1\" was interrupted (a program stopped while saving) and "
            "must be undone before the file can be read. This is not damage: the file holds its "
            "last saved content once that is done. Open it once with permission to change the "
            "file and its folder, and Samverka undoes the interrupted change by itself. Nothing "
            "was changed.")
            .arg(displayPath(path)),
        detail);
}

namespace {

// What a person needs after a failed write: that this change is not in the file and the
// file is sound (SQLite's journal guarantees both), then what to do about the cause.
StorageError ioError(int rc, const QString &file, const QString &detail)
{
    switch (rc) {
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_DIR_FSYNC:
    case SQLITE_IOERR_TRUNCATE:
    case SQLITE_IOERR_DELETE:
    case SQLITE_IOERR_DIR_CLOSE:
    case SQLITE_IOERR_CLOSE:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The change could not be written to the file \"%1\": the disk or network share "
                "refused it. The change was not saved, and the file keeps what was saved before "
                "it. Check that the file has not been made read-only and that the network share "
                "can be reached, then try again. If it keeps happening, ask your IT support.")
                .arg(file),
            detail);
    case SQLITE_IOERR_READ:
    case SQLITE_IOERR_SHORT_READ:
    case SQLITE_IOERR_FSTAT:
    case SQLITE_IOERR_ACCESS:
    case SQLITE_IOERR_SEEK:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The file \"%1\" could not be read: the disk or network share did not answer. "
                "Nothing was changed. Check that the network share can be reached, then try "
                "again. If it keeps happening, ask your IT support.")
                .arg(file),
            detail);
    case SQLITE_IOERR_LOCK:
    case SQLITE_IOERR_RDLOCK:
    case SQLITE_IOERR_UNLOCK:
    case SQLITE_IOERR_CHECKRESERVEDLOCK:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The file \"%1\" could not be locked for the change: the disk or network share "
                "did not answer. The change was not saved, and the file keeps what was saved "
                "before it. Check that the network share can be reached, then try again. If it "
                "keeps happening, ask your IT support.")
                .arg(file),
            detail);
    default:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The file \"%1\" could not be read or written (%2). The change was not saved, "
                "and the file keeps what was saved before it. Check the disk or network share, "
                "then try again. If it keeps happening, ask your IT support.")
                .arg(file, QString::fromUtf8(sqlite3_errstr(rc))),
            detail);
    }
}

StorageError readOnlyError(int rc, const QString &file, const QString &detail)
{
    switch (rc) {
    case SQLITE_READONLY_DBMOVED:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The file \"%1\" was moved, renamed or deleted while it was open. The change "
                "was not saved. Open the file again from where it is now.")
                .arg(file),
            detail);
    case SQLITE_READONLY_DIRECTORY:
        return StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate(
                "samverka::storage",
                "The folder of the file \"%1\" may not be changed, and saving needs a "
                "temporary file beside the file. The change was not saved, and the file keeps "
                "what was saved before it. Ask your IT support for permission to change files in "
                "that folder.")
                .arg(file),
            detail);
    default:
        return StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("samverka::storage",
                                        "The file \"%1\" is open read-only; nothing was changed.")
                .arg(file),
            detail);
    }
}

StorageError cantOpen(sqlite3 *db, const QString &file, const QString &detail)
{
    // The main file did open (it has a name): what failed is the journal beside it, which
    // every change makes first. The folder or the share is gone from under the open file.
    if (db != nullptr && sqlite3_db_filename(db, "main") != nullptr) {
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The folder of the file \"%1\" could not be reached: the network share may "
                "have been disconnected, or the folder moved or removed. The change was not "
                "saved, and the file keeps what was saved before it. Check the connection to the "
                "network share, then try again. If it keeps happening, ask your IT support.")
                .arg(file),
            detail);
    }
    return StorageError(
        StorageError::Kind::NotReadable,
        QCoreApplication::translate(
            "samverka::storage",
            "The file \"%1\" could not be opened. Check that its folder or network share can "
            "be reached.")
            .arg(file),
        detail);
}

} // namespace

StorageError fromCode(int rc, sqlite3 *db, const QString &path)
{
    QString detail = QString::fromUtf8(sqlite3_errstr(rc));
    if (db != nullptr && (sqlite3_errcode(db) & 0xff) == (rc & 0xff))
        detail = QString::fromUtf8(sqlite3_errmsg(db));
    // The primary code the caller has may hide the extended one the connection knows.
    if (db != nullptr && rc == (rc & 0xff) && (sqlite3_extended_errcode(db) & 0xff) == rc)
        rc = sqlite3_extended_errcode(db);
    // A hot journal seen by a read-only connection.
    if (rc == SQLITE_READONLY_ROLLBACK)
        return needsRecovery(path, detail);
    const QString file = displayPath(path);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return locked(path, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError(
            StorageError::Kind::Damaged,
            QCoreApplication::translate(
                "samverka::storage",
                "The file \"%1\" is damaged and cannot be read. Restore it from a backup.")
                .arg(file),
            detail);
    case SQLITE_READONLY:
        return readOnlyError(rc, file, detail);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
        return StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("samverka::storage",
                                        "The change was refused: it does not fit the rules of the "
                                        "municipality file. Nothing was changed."),
            detail);
    case SQLITE_FULL:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate(
                "samverka::storage",
                "The disk or network share holding the file \"%1\" is full. The change was not "
                "saved, and the file keeps what was saved before it. Make room on the disk (or ask "
                "your IT support to), then try again.")
                .arg(file),
            detail);
    case SQLITE_CANTOPEN:
        return cantOpen(db, file, detail);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StorageError(
            StorageError::Kind::NotReadable,
            QCoreApplication::translate("samverka::storage",
                                        "You do not have permission to use the file \"%1\".")
                .arg(file),
            detail);
    case SQLITE_IOERR:
        return ioError(rc, file, detail);
    default:
        return StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate("samverka::storage",
                                        "The file \"%1\" could not be read or written (%2).")
                .arg(file, QString::fromUtf8(sqlite3_errstr(rc))),
            detail);
    }
}

void check(int rc, sqlite3 *db, const QString &path)
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    throw fromCode(rc, db, path);
}

} // namespace samverka::storage::sqliteerror
