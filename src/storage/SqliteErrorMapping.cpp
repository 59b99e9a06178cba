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

StorageError fromCode(int rc, sqlite3 *db, const QString &path)
{
    QString detail = QString::fromUtf8(sqlite3_errstr(rc));
    if (db != nullptr && sqlite3_errcode(db) == rc)
        detail = QString::fromUtf8(sqlite3_errmsg(db));
    // A hot journal seen by a read-only connection (the primary code says only READONLY).
    if (db != nullptr && sqlite3_extended_errcode(db) == SQLITE_READONLY_ROLLBACK)
        return needsRecovery(path, detail);
    const QString file = displayPath(path);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return locked(path, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError(StorageError::Kind::Damaged,
                            QCoreApplication::translate(
                                "samverka::storage",
                                "The file \"%1\" is damaged and cannot be read. Restore it from "
                                "a backup.")
                                .arg(file),
                            detail);
    case SQLITE_READONLY:
        return StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("samverka::storage",
                                        "The file \"%1\" is open read-only; nothing was changed.")
                .arg(file),
            detail);
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
            QCoreApplication::translate("samverka::storage",
                                        "The disk holding \"%1\" is full. Nothing was changed.")
                .arg(file),
            detail);
    case SQLITE_CANTOPEN:
        return StorageError(
            StorageError::Kind::NotReadable,
            QCoreApplication::translate("samverka::storage", "The file \"%1\" could not be opened.")
                .arg(file),
            detail);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StorageError(
            StorageError::Kind::NotReadable,
            QCoreApplication::translate("samverka::storage",
                                        "You do not have permission to use the file \"%1\".")
                .arg(file),
            detail);
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
