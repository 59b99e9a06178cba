#pragma once

// A scratch folder for the fuzz targets that need files (the municipality file, the
// exchange merge): made once per process, removed at exit. writeFile() replaces a
// file and whatever SQLite kept beside it (journal, WAL), so each input starts clean.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

class FuzzScratch
{
public:
    static FuzzScratch &instance();

    QString path(const QString &name) const;
    /// Writes bytes to path(name), first removing it and its -journal, -wal and -shm.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    static QByteArray readFile(const QString &path);

private:
    FuzzScratch();
    QTemporaryDir m_dir;
};
