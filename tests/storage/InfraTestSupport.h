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

/// True when this process can write a file even after chmod 0444 (root can).
inline bool permissionsAreEnforced(const QString &readOnlyPath)
{
    QFile probe(readOnlyPath);
    const bool canWrite = probe.open(QIODevice::ReadWrite);
    return !canWrite;
}

} // namespace samverka::storage::testing
