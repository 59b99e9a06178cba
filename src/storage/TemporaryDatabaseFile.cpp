#include "TemporaryDatabaseFile.h"

#include "SqliteErrorMapping.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

namespace samverka::storage {

namespace {
std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}
} // namespace

TemporaryDatabaseFile::TemporaryDatabaseFile(const QString &finalPath)
    : m_finalPath(QFileInfo(finalPath).absoluteFilePath())
{
    const QFileInfo info(m_finalPath);
    // QFile (not QTemporaryFile) so the file gets the usual permissions for new files:
    // colleagues on a share must be able to open it too.
    QString lastError;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate =
            info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1Char('.') +
            QString::number(QRandomGenerator::global()->generate64(), 36) + QLatin1String(".tmp");
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_path = candidate;
            return;
        }
        lastError = file.errorString();
        if (!QFileInfo::exists(candidate))
            break; // not a name clash: the folder refuses new files
    }
    throw StorageError(
        StorageError::Kind::Io,
        QCoreApplication::translate("samverka::storage",
                                    "A new file cannot be written in the folder \"%1\".")
            .arg(sqliteerror::displayPath(info.absolutePath())),
        lastError);
}

TemporaryDatabaseFile::~TemporaryDatabaseFile()
{
    if (m_committed)
        return;
    QFile::remove(m_path);
    QFile::remove(m_path + QLatin1String("-journal"));
}

void TemporaryDatabaseFile::commit(bool overwrite)
{
    const QString file = sqliteerror::displayPath(m_finalPath);
    if (!overwrite) {
        // QFile::rename refuses an existing target, so a file that appeared meanwhile
        // is never replaced.
        if (QFile::rename(m_path, m_finalPath)) {
            m_committed = true;
            return;
        }
        if (QFileInfo::exists(m_finalPath)) {
            throw StorageError(
                StorageError::Kind::AlreadyExists,
                QCoreApplication::translate(
                    "samverka::storage", "The file \"%1\" already exists; it was left unchanged.")
                    .arg(file));
        }
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("samverka::storage",
                                                       "The file \"%1\" could not be written.")
                               .arg(file));
    }
    if (QFileInfo(m_finalPath).isDir()) {
        throw StorageError(
            StorageError::Kind::IsDirectory,
            QCoreApplication::translate("samverka::storage", "\"%1\" is a folder, not a file.")
                .arg(file));
    }
    // A journal left by a crash belongs to the old file; SQLite would otherwise "roll
    // it back" into the new one.
    QFile::remove(m_finalPath + QLatin1String("-journal"));
    std::error_code error;
    std::filesystem::rename(nativePath(m_path), nativePath(m_finalPath), error);
    if (error) {
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate(
                               "samverka::storage",
                               "The file \"%1\" could not be replaced; it was left unchanged.")
                               .arg(file),
                           QString::fromStdString(error.message()));
    }
    m_committed = true;
}

} // namespace samverka::storage
