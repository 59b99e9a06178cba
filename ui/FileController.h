#pragma once

// Opening, creating and closing municipality files for the main window: the Open
// dialog, recent files, a dropped file, a new file from the list of municipalities,
// the bundled demo. Every failure is shown as the storage layer's message, naming
// the file; nothing is ever created by accident.

#include "MunicipalityFile.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QMimeData;
class QWidget;

namespace samverka::ui {

class AppContext;
class FileOpenAhead;

class FileController : public QObject
{
    Q_OBJECT

public:
    using ErrorReporter = std::function<void(const QString &title, const QString &text)>;

    FileController(AppContext &context, QWidget &window);

    /// Opens the file; on failure shows why and keeps the open file. True on success.
    bool openPath(const QString &path);
    /// As openPath(), with the file a FileOpenAhead opened (or the reason it could not).
    bool openAhead(FileOpenAhead &ahead);
    void openWithDialog();
    void newFileWithDialog();
    /// Writes the bundled demo to demoPath() unless it exists, then opens it.
    bool openDemo();
    void closeFile();
    /// Arkiv › Säkerhetskopior: the backups of path (the open file when empty), with
    /// Restore, which closes the file, restores and opens it again.
    void showBackups(const QString &path = {});

    QStringList recentFiles() const;
    void clearRecentFiles();

    /// The .samverka file among dropped URLs, or empty.
    static QString droppedFile(const QMimeData *mime);
    /// ~/Samverka: where new files and the demo go by default.
    static QString defaultFolder();
    static QString demoPath();
    /// Writes the bundled demo municipality to path (which must not exist). Throws
    /// StorageError or core::ExchangeError.
    static void writeDemo(const QString &path);

    /// How files are opened: backups as in BackupSettings, the whole-file check after
    /// opening. What a FileController starts with.
    static storage::MunicipalityFile::OpenOptions openOptionsFromSettings();

    /// Where backups go and how many are kept per file (from BackupSettings at start;
    /// Edit › Settings changes them). backupFolder() is the real path, never empty.
    QString backupFolder() const;
    int backupKeep() const;
    void setBackupLocation(const QString &folder, int keep);

    // For tests: where backups go, and a reporter instead of a message box.
    void setOpenOptions(const storage::MunicipalityFile::OpenOptions &options);
    void setErrorReporter(ErrorReporter reporter);

protected:
    /// Notes the window's first paint, and starts the check after opening then.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void recentFilesChanged(const QStringList &paths);
    void statusMessage(const QString &message);

private:
    /// The rest of opening, once the file at absolute is open: it becomes the window's.
    bool adopt(const QString &absolute, std::unique_ptr<storage::MunicipalityFile> file);
    void remember(const QString &path);
    void forget(const QString &path);
    void report(const QString &title, const QString &text);
    /// Says why the file at absolute could not be opened, offering its backups when it is
    /// damaged. True when a restored copy is open now.
    bool refuse(const QString &absolute, const storage::StorageError &error);
    /// The check after opening of the file at path has ended (OpenOptions::
    /// checkAfterOpening): a damaged file is closed and refused as at opening.
    void openingChecked(const QString &path, const QString &damage);

    AppContext &m_context;
    QWidget &m_window;
    storage::MunicipalityFile::OpenOptions m_options;
    ErrorReporter m_reporter;
    bool m_windowPainted = false;
};

} // namespace samverka::ui
