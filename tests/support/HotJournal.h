#pragma once

// Leaves a hot "-journal" beside a file: a child process (Python's sqlite3, the way the
// crash probe of issue #12 did it) spills uncommitted pages into the file and is killed
// mid-transaction. What it changed is marked "uncommitted"/"crash", so a test can tell
// the last committed content from the interrupted one.

#include <QFile>
#include <QProcess>
#include <QString>

#include <gtest/gtest.h>

namespace samverka::testing {

inline void makeHotJournal(const QString &path)
{
    QProcess child;
    child.start(QStringLiteral("python3"),
                {QStringLiteral(SAMVERKA_SOURCE_DIR "/tests/support/hot_journal.py"), path});
    ASSERT_TRUE(child.waitForFinished(60000)) << "python3 did not finish";
    ASSERT_EQ(child.exitCode(), 9) << child.readAllStandardError().toStdString();
    ASSERT_TRUE(QFile::exists(path + QStringLiteral("-journal"))) << "no journal was left";
}

} // namespace samverka::testing
