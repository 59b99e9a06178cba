#include "BackupManager.h"

#include "Database.h"
#include "FileFormat.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "TemporaryDatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace samverka::storage {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QRegularExpression backupNamePattern(const QString &baseName)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(baseName) +
                              QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?\\.samverka$"));
}

/// What identifies the content of the file at path without reading it all: its path,
/// size and SQLite header (the first 100 bytes), whose file change counter SQLite raises
/// with every commit in the file's rollback-journal mode. Empty when unreadable.
QByteArray stateOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    if (header.size() != 100)
        return {};
    return QFileInfo(path).absoluteFilePath().toUtf8() + '\n' + QByteArray::number(file.size()) +
           '\n' + header.toHex() + '\n';
}

/// The note beside a file's copies of the state the newest copy was made from.
QString statePath(const QString &directory, const QString &baseName)
{
    return directory + QStringLiteral("/.") + baseName + QStringLiteral(".last-backup");
}

/// Runs the backup API from source into destination, replacing all it held.
void backupInto(Database &source, Database &destination)
{
    sqlite3_backup *backup =
        sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (backup == nullptr)
        throw sqliteerror::fromCode(sqlite3_errcode(destination.handle()), destination.handle(),
                                    destination.path());
    // A writer on the source makes step() report BUSY; wait as long as any statement
    // would (the source's busy timeout), then give up with Locked.
    const int pauseMs = 20;
    int waitedMs = 0;
    int rc = SQLITE_OK;
    while (true) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waitedMs < source.busyTimeoutMs()) {
            sqlite3_sleep(pauseMs);
            waitedMs += pauseMs;
            continue;
        }
        break;
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw sqliteerror::fromCode(rc, source.handle(), source.path());
    sqliteerror::check(finish, destination.handle(), destination.path());
}

} // namespace

BackupManager::BackupManager(const QString &directory, int keep, const core::Clock &clock)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_keep(std::clamp(keep, minKeep, maxKeep))
    , m_clock(&clock)
{}

QString BackupManager::defaultDirectory()
{
    // QStandardPaths builds AppLocalDataLocation as <generic data>/<organisation>/<application>
    // on Linux, Windows and macOS. It is built here with the desktop app's name, so that
    // samverka-cli (another application name) backs up into the same folder.
    QString path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString organisation = QCoreApplication::organizationName();
    if (!organisation.isEmpty())
        path += QLatin1Char('/') + organisation;
    return path + QLatin1String("/Samverka/backups");
}

void BackupManager::prepareDirectory(const QString &directory)
{
    const QString shown = sqliteerror::displayPath(directory);
    if (!QDir().mkpath(directory)) {
        // Name what is in the way when it can be named: a file where a folder should be.
        QFileInfo existing(directory);
        while (!existing.exists() && !existing.isRoot() &&
               existing.absolutePath() != existing.absoluteFilePath())
            existing = QFileInfo(existing.absolutePath());
        const QString reason =
            existing.exists() && !existing.isDir()
                ? QCoreApplication::translate("samverka::storage",
                                              "\"%1\" is a file, not a folder.")
                      .arg(sqliteerror::displayPath(existing.absoluteFilePath()))
                : QCoreApplication::translate("samverka::storage",
                                              "Is the drive connected, and may you write there?");
        throw StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate("samverka::storage",
                                        "The backup folder \"%1\" cannot be created. %2")
                .arg(shown, reason));
    }
    QTemporaryFile probe(QDir(directory).filePath(QStringLiteral(".samverka-write-test-XXXXXX")));
    if (!probe.open() || probe.write("ok", 2) != 2 || !probe.flush()) {
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("samverka::storage",
                                                       "Samverka cannot write in the backup folder "
                                                       "\"%1\" (%2). Choose a folder you may "
                                                       "write in.")
                               .arg(shown, probe.errorString()));
    }
}

void BackupManager::copyInto(Database &source, Database &destination)
{
    backupInto(source, destination);
}

void BackupManager::copyTo(Database &source, const QString &destinationPath)
{
    TemporaryDatabaseFile temporary(destinationPath);
    {
        Database destination(temporary.path(), Database::Mode::Create);
        backupInto(source, destination);
    }
    temporary.commit(false);
}

QString BackupManager::backup(Database &source) const
{
    prepareDirectory(m_directory);
    const QString baseName = QFileInfo(source.path()).completeBaseName();
    // A file opened again without a commit in between keeps its newest copy: another
    // identical copy would cost the time to write it, and rotate out an older copy that
    // still holds something the file no longer does. (The copy's own header cannot
    // tell: the backup API gives it a change counter of its own.)
    const QByteArray state = stateOf(source.path());
    const QString notePath = statePath(m_directory, baseName);
    const QStringList copies = backupsOf(source.path());
    if (!state.isEmpty() && !copies.isEmpty()) {
        QFile note(notePath);
        if (note.open(QIODevice::ReadOnly) &&
            note.readAll() == state + QFileInfo(copies.first()).fileName().toUtf8())
            return copies.first();
    }
    const QString stem = m_directory + QLatin1Char('/') + baseName + QLatin1Char('-') +
                         m_clock->now().toString(stampFormat);
    QString target = stem + QLatin1String(".samverka");
    // Two opens within one second get numbered copies rather than overwriting.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QLatin1Char('-') + QString::number(n) + QLatin1String(".samverka");
    try {
        copyTo(source, target);
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Locked)
            throw;
        throw StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate("samverka::storage",
                                        "No backup copy could be written in the folder \"%1\". %2")
                .arg(sqliteerror::displayPath(m_directory), error.message()),
            error.detail());
    }
    rotate(source.path());
    // Read before the copy was made: a colleague's commit in between only makes the next
    // open copy again. A note that cannot be written only means the same.
    QSaveFile note(notePath);
    if (state.isEmpty() || !note.open(QIODevice::WriteOnly) ||
        note.write(state + QFileInfo(target).fileName().toUtf8()) < 0 || !note.commit())
        QFile::remove(notePath);
    return target;
}

QStringList BackupManager::backupsOf(const QString &filePath) const
{
    const QRegularExpression pattern = backupNamePattern(QFileInfo(filePath).completeBaseName());
    struct Found {
        QString stamp;
        int number;
        QString path;
    };
    QList<Found> found;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch()) {
            const int number = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
            found.append({match.captured(1), number, dir.absoluteFilePath(name)});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.number > b.number;
    });
    QStringList paths;
    for (const Found &entry : found)
        paths.append(entry.path);
    return paths;
}

void BackupManager::rotate(const QString &filePath) const
{
    const QStringList copies = backupsOf(filePath);
    for (qsizetype i = m_keep; i < copies.size(); ++i)
        QFile::remove(copies.at(i));
}

void BackupManager::restore(const QString &backupPath, const QString &targetPath)
{
    Database source(backupPath, Database::Mode::ReadOnly);
    {
        // Only a Samverka file may be restored over a municipality file.
        Statement check = source.prepare(QStringLiteral("PRAGMA application_id"));
        if (!check.step() || check.int64(0) != fileformat::applicationId) {
            throw StorageError(
                StorageError::Kind::ForeignFile,
                QCoreApplication::translate(
                    "samverka::storage", "\"%1\" is not a backup of a Samverka municipality file.")
                    .arg(sqliteerror::displayPath(backupPath)));
        }
    }
    TemporaryDatabaseFile temporary(targetPath);
    {
        Database destination(temporary.path(), Database::Mode::Create);
        backupInto(source, destination);
    }
    temporary.commit(true);
}

} // namespace samverka::storage
