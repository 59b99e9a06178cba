#include "FuzzScratch.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

FuzzScratch &FuzzScratch::instance()
{
    static FuzzScratch scratch;
    return scratch;
}

FuzzScratch::FuzzScratch()
    : m_dir(QDir::tempPath() + QStringLiteral("/samverka-fuzz-XXXXXX"))
{
    if (!m_dir.isValid()) {
        std::fprintf(stderr, "No scratch folder: %s\n", qPrintable(m_dir.errorString()));
        std::abort();
    }
}

QString FuzzScratch::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString FuzzScratch::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString target = path(name);
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "Cannot write %s\n", qPrintable(target));
        std::abort();
    }
    return target;
}

QByteArray FuzzScratch::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "Cannot read %s\n", qPrintable(path));
        std::abort();
    }
    return file.readAll();
}
