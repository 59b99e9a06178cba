#pragma once

// Where the app puts its backup copies and how many it keeps per file, as the user chose
// under Edit › Settings (kept per user on this computer, QSettings), and the folders it
// used before, so that older copies are still found after the folder was changed.

#include <QString>
#include <QStringList>

namespace samverka::ui {

class BackupSettings
{
public:
    /// The chosen folder, or storage::BackupManager::defaultDirectory() when none is.
    static QString folder();
    /// The chosen number of copies per file, or the default; a hand-edited value outside
    /// BackupManager::minKeep..maxKeep gives the default (and a log line).
    static int keep();
    /// Stores the choice. When the folder changes, previousFolder is remembered in
    /// previousFolders(). The default folder is stored as no choice, so it follows the
    /// program's default.
    static void save(const QString &folder, int keep, const QString &previousFolder);
    /// Folders that held backups before the folder was changed, newest first.
    static QStringList previousFolders();
    /// Where else to look for copies of a file besides current: the previous folders and the
    /// default folder (where samverka-cli puts its copies), without current or repeats.
    static QStringList otherFolders(const QString &current);
    /// The same folder however it is written (separators, a trailing slash, "..").
    static bool sameFolder(const QString &a, const QString &b);
};

} // namespace samverka::ui
