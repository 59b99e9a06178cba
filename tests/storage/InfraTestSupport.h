#pragma once

// Helpers for the storage-infrastructure tests: a fresh valid municipality file, the
// bytes and hash of a file, and a corpus of files that are not ours or are broken.

#include "Database.h"
#include "FileFormat.h"
#include "NewFileWriter.h"
#include "Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <sys/fsuid.h>
#include <unistd.h>

namespace samverka::storage::testing {

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// A complete, valid municipality file made the way create() makes one.
inline void makeValidFile(const QString &path, const QString &name = QStringLiteral("Härnösand"))
{
    NewFileWriter::write(path, false, [&](Database &db) {
        core::Municipality municipality;
        municipality.name = name;
        municipality.code = QStringLiteral("2280");
        municipality.county = QStringLiteral("Västernorrlands län");
        NewFileWriter::insertMunicipality(db, municipality);
    });
}

/// Runs SQL text on a new plain SQLite file (no Samverka settings or ids).
inline void makeSqliteFile(const QString &path, const QString &sql)
{
    Database db(path, Database::Mode::Create);
    db.exec(sql);
}

inline QString settingValue(Database &db, const QString &key)
{
    Statement query = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}

inline qint64 pragma(Database &db, const QString &name)
{
    Statement query = db.prepare(QStringLiteral("PRAGMA ") + name);
    return query.step() ? query.int64(0) : -1;
}

/// The names in a folder, to show that a failure left no stray files behind.
inline QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// The backup copies in a backup folder (not the note of what the newest was made from).
inline QStringList backupCopies(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.samverka")}, QDir::Files, QDir::Name);
}

/// While it lives, this thread's file access is checked as the user "nobody" if the
/// tests run as root (as CI does), so that a file's permissions mean for the code under
/// test what they mean for a coordinator; for any other user it changes nothing. Linux's
/// file-system user id (setfsuid) is per thread and, from root, reversible; it also drops
/// the capabilities that let root read and write past permissions. folder (which holds
/// the files) is opened for nobody to look in.
class FileAccessAsAUser
{
public:
    explicit FileAccessAsAUser(const QString &folder)
    {
        if (::geteuid() != 0)
            return;
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
        ::setfsgid(nobody);
        ::setfsuid(nobody);
        m_active = true;
    }
    ~FileAccessAsAUser()
    {
        if (m_active) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    }
    FileAccessAsAUser(const FileAccessAsAUser &) = delete;
    FileAccessAsAUser &operator=(const FileAccessAsAUser &) = delete;

    /// Whether file access is now a user's: not root's, or root's given up.
    static bool holds() { return ::geteuid() != 0 || int(::setfsuid(uid_t(-1))) == int(nobody); }

private:
    static constexpr uid_t nobody = 65534;
    bool m_active = false;
};

/// True when this process can write a file even after chmod 0444 (root can).
inline bool permissionsAreEnforced(const QString &readOnlyPath)
{
    QFile probe(readOnlyPath);
    const bool canWrite = probe.open(QIODevice::ReadWrite);
    return !canWrite;
}

} // namespace samverka::storage::testing
