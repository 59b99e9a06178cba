#pragma once

// Runs another program (LibreOffice, sqlite3) to completion and says how long it
// took, so that its time is measured by the same clock and in the same run as ours.

#include <QString>
#include <QStringList>

namespace samverka::bench {

class ExternalCommand
{
public:
    /// Runs program with arguments, stdin from inputFile when given; returns the
    /// wall-clock milliseconds. Throws std::runtime_error when it cannot start, times
    /// out or exits with a non-zero status (with its stderr in the message).
    static double run(const QString &program, const QStringList &arguments,
                      int timeoutSeconds = 300);
    /// The full path of program on PATH, or empty.
    static QString find(const QString &program);
};

} // namespace samverka::bench
