#include "FileController.h"

#include "AppContext.h"
#include "BackupSettings.h"
#include "FileOpenAhead.h"
#include "dialogs/BackupsDialog.h"
#include "dialogs/NewFileDialog.h"

#include "BackupManager.h"
#include "ExchangeError.h"
#include "ExchangeReader.h"
#include "StandardParties.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace samverka::ui {

namespace {

constexpr int kRecentMax = 8;
const auto kRecentKey = QStringLiteral("recentFiles");
const auto kLastFolderKey = QStringLiteral("lastFolder");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FileController::FileController(AppContext &context, QWidget &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
{
    m_options = openOptionsFromSettings();
    m_window.installEventFilter(this); // until its first paint
}

bool FileController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint) {
        m_window.removeEventFilter(this);
        m_windowPainted = true;
        // After the rest of this paint: the window's children paint in the same pass.
        if (m_context.hasFile())
            QTimer::singleShot(0, m_context.file(), &storage::MunicipalityFile::startOpeningCheck);
    }
    return QObject::eventFilter(watched, event);
}

storage::MunicipalityFile::OpenOptions FileController::openOptionsFromSettings()
{
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = BackupSettings::folder();
    options.backupKeep = BackupSettings::keep();
    // The window shows the file at once; the check of the whole file and the backup copy
    // follow on a thread of their own, and a first edit waits for them. They start once
    // the window has painted the file (adopt()).
    options.checkAfterOpening = true;
    options.holdOpeningCheck = true;
    return options;
}

QString FileController::backupFolder() const
{
    return m_options.backupDir.isEmpty() ? storage::BackupManager::defaultDirectory()
                                         : m_options.backupDir;
}

int FileController::backupKeep() const
{
    return m_options.backupKeep;
}

void FileController::setBackupLocation(const QString &folder, int keep)
{
    m_options.backupDir = folder;
    m_options.backupKeep = keep;
}

void FileController::setOpenOptions(const storage::MunicipalityFile::OpenOptions &options)
{
    m_options = options;
}

void FileController::setErrorReporter(ErrorReporter reporter)
{
    m_reporter = std::move(reporter);
}

void FileController::report(const QString &title, const QString &text)
{
    if (m_reporter)
        m_reporter(title, text);
    else
        QMessageBox::warning(&m_window, title, text);
}

bool FileController::refuse(const QString &absolute, const storage::StorageError &e)
{
    const QString text =
        tr("The file %1 could not be opened.\n\n%2").arg(native(absolute), e.message());
    if (e.kind() == storage::StorageError::Kind::NotFound)
        forget(absolute);
    using K = storage::StorageError::Kind;
    const bool damaged =
        e.kind() == K::Damaged || e.kind() == K::NotSqlite || e.kind() == K::MigrationFailed;
    int copies = 0;
    if (damaged)
        for (const QString &folder :
             QStringList{backupFolder()} + BackupSettings::otherFolders(backupFolder()))
            copies += int(storage::BackupManager(folder).backupsOf(absolute).size());
    if (copies == 0 || m_reporter) {
        report(tr("Could not open the file"),
               copies == 0
                   ? text
                   : text + QStringLiteral("\n\n") +
                         tr("There are %n backup(s) of it: File › Backups…", nullptr, copies));
        return false;
    }
    // A damaged file: offer its backups right here.
    QMessageBox box(QMessageBox::Warning, tr("Could not open the file"), text, QMessageBox::Close,
                    &m_window);
    QPushButton *show =
        box.addButton(tr("Show &backups (%n)…", nullptr, copies), QMessageBox::AcceptRole);
    box.setDefaultButton(show);
    box.exec();
    if (box.clickedButton() == show)
        showBackups(absolute);
    return m_context.hasFile() && m_context.file()->path() == absolute;
}

void FileController::openingChecked(const QString &path, const QString &damage)
{
    storage::MunicipalityFile *file = m_context.file();
    if (!file || file->path() != path)
        return; // closed or replaced meanwhile
    if (!damage.isEmpty()) {
        m_context.closeFile();
        refuse(path, storage::StorageError(storage::StorageError::Kind::Damaged, damage));
        return;
    }
    if (!file->backupFailure().isEmpty())
        emit statusMessage(tr("No backup copy was made on opening: %1 Choose another backup "
                              "folder under Edit › Settings.")
                               .arg(file->backupFailure()));
}

bool FileController::openPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<storage::MunicipalityFile> file;
    try {
        file = storage::MunicipalityFile::open(absolute, m_options);
    } catch (const storage::StorageError &e) {
        return refuse(absolute, e);
    }
    return adopt(absolute, std::move(file));
}

bool FileController::openAhead(FileOpenAhead &ahead)
{
    FileOpenAhead::Outcome opened = ahead.take();
    if (!opened.file)
        return refuse(ahead.path(), *opened.error);
    return adopt(ahead.path(), std::move(opened.file));
}

bool FileController::adopt(const QString &absolute, std::unique_ptr<storage::MunicipalityFile> file)
{
    // Queued: the slot may close the file, which must not happen inside its own signal.
    connect(
        file.get(), &storage::MunicipalityFile::openingCheckFinished, this,
        [this, absolute](const QString &damage) { openingChecked(absolute, damage); },
        Qt::QueuedConnection);
    storage::MunicipalityFile *opened = file.get();
    try {
        m_context.setFile(std::move(file));
    } catch (const storage::StorageError &e) {
        return refuse(absolute, e);
    }
    // The check after opening (quick_check and the backup copy, holdOpeningCheck) starts
    // once the window has painted the file: started in open(), its thread competed with
    // building and painting the first window for the machine's cores (~3 ms of a start on
    // two cores, docs/performance.md). A window not shown has nothing to paint.
    if (m_windowPainted || !m_window.isVisible())
        opened->startOpeningCheck();
    remember(absolute);
    // The next Open starts where this file is, however it was opened.
    QSettings settings;
    const QString folder = QFileInfo(absolute).absolutePath();
    if (settings.value(kLastFolderKey).toString() != folder)
        settings.setValue(kLastFolderKey, folder);
    m_context.navigate(NavTarget{NavTarget::Page::Overview, {}, {}});
    QStringList notes;
    // Rolled back before anything else happened, so said first.
    if (m_context.file()->wasRecovered())
        notes.append(m_context.file()->recoveryMessage());
    if (m_context.file()->wasMigrated())
        notes.append(tr("The file was updated to this version of Samverka; a backup was "
                        "made first: %1")
                         .arg(native(m_context.file()->lastBackupPath())));
    // The file opens all the same, but the user must know their safety net is missing.
    if (!m_context.file()->backupFailure().isEmpty())
        notes.append(tr("No backup copy was made on opening: %1 Choose another backup folder "
                        "under Edit › Settings.")
                         .arg(m_context.file()->backupFailure()));
    if (!notes.isEmpty())
        emit statusMessage(notes.join(QLatin1Char(' ')));
    return true;
}

void FileController::openWithDialog()
{
    QSettings settings;
    const QString folder = settings.value(kLastFolderKey, defaultFolder()).toString();
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Open municipality file"), folder,
                                     tr("Municipality files (*.samverka);;All files (*)"));
    if (path.isEmpty())
        return;
    openPath(path);
}

void FileController::newFileWithDialog()
{
    NewFileDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileInfo(dialog.path()).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        // A new file starts with the two parties every agreement has.
        core::MunicipalityData data;
        data.municipality = dialog.municipality();
        data.parties = core::StandardParties::forMunicipality(data.municipality);
        storage::MunicipalityFile::createFrom(path, data).reset();
    } catch (const storage::StorageError &e) {
        report(tr("Could not create the file"),
               tr("The file %1 could not be created.\n\n%2").arg(native(path), e.message()));
        return;
    }
    if (openPath(path))
        emit statusMessage(tr("Created %1").arg(native(path)));
}

void FileController::writeDemo(const QString &path)
{
    QFile resource(QStringLiteral(":/demo/demo.json"));
    if (!resource.open(QIODevice::ReadOnly))
        throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                    tr("The demo municipality is not bundled with this build."));
    const core::ExchangeReadResult demo = core::ExchangeReader::read(resource.readAll());
    QDir().mkpath(QFileInfo(path).absolutePath());
    storage::MunicipalityFile::createFrom(path, demo.data);
}

bool FileController::openDemo()
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        try {
            writeDemo(path);
        } catch (const storage::StorageError &e) {
            report(
                tr("Could not create the demo"),
                tr("The demo file %1 could not be created.\n\n%2").arg(native(path), e.message()));
            return false;
        } catch (const core::ExchangeError &e) {
            report(tr("Could not create the demo"),
                   tr("The bundled demo could not be read.\n\n%1").arg(e.message()));
            return false;
        }
    }
    return openPath(path);
}

void FileController::showBackups(const QString &path)
{
    const QString file = path.isEmpty() && m_context.hasFile() ? m_context.file()->path() : path;
    if (file.isEmpty())
        return;
    BackupsDialog dialog(
        file, {backupFolder(), backupKeep(), BackupSettings::otherFolders(backupFolder())},
        &m_window);
    dialog.setBeforeRestore([this, file] {
        if (m_context.hasFile() && m_context.file()->path() == file)
            m_context.closeFile();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (openPath(file))
        emit statusMessage(tr("The backup was restored. The file as it was is kept as %1.")
                               .arg(native(dialog.keptAs())));
}

void FileController::closeFile()
{
    m_context.closeFile();
}

QStringList FileController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged({});
}

void FileController::remember(const QString &path)
{
    const QStringList before = recentFiles();
    QStringList list = before;
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kRecentMax)
        list.removeLast();
    if (list == before)
        return; // the settings file is rewritten (and locked) only for a change
    QSettings().setValue(kRecentKey, list);
    emit recentFilesChanged(list);
}

void FileController::forget(const QString &path)
{
    QStringList list = recentFiles();
    if (list.removeAll(path) == 0)
        return;
    QSettings().setValue(kRecentKey, list);
    emit recentFilesChanged(list);
}

QString FileController::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QStringLiteral(".samverka"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

QString FileController::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
        .filePath(QStringLiteral("Samverka"));
}

QString FileController::demoPath()
{
    return QDir(defaultFolder()).filePath(QStringLiteral("Demokommun.samverka"));
}

} // namespace samverka::ui
