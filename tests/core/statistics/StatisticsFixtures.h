#pragma once

// Reads the statistics fixtures in tests/data/statistics.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace samverka::core::test {

inline QString statisticsFixturePath(const char *name)
{
    return QStringLiteral(SAMVERKA_TEST_DATA_DIR "/statistics/") + QString::fromUtf8(name);
}

inline QByteArray statisticsFixture(const char *name)
{
    QFile file(statisticsFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace samverka::core::test
