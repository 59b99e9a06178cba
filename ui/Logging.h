#pragma once

// The program's log: a rotating file under AppLocalDataLocation/logs, with Qt's own
// messages (qDebug, qWarning, ...) bridged into it.

#include <QString>

namespace samverka::ui {

class Logging
{
public:
    /// Starts logging to the rotating file; returns its path (empty when the folder
    /// cannot be written, in which case messages go to stderr only).
    static QString start();
    /// Where the log files are (Hjälp › Öppna loggmappen, Om Samverka).
    static QString folder();
};

} // namespace samverka::ui
