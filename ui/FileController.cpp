#include "FileController.h"

#include "AppContext.h"
#include "dialogs/NewFileDialog.h"

#include "ExchangeError.h"
#include "ExchangeReader.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
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
{}

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

bool FileController::openPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    try {
        auto file = storage::MunicipalityFile::open(absolute, m_options);
        m_context.setFile(std::move(file));
    } catch (const storage::StorageError &e) {
        report(tr("Could not open the file"),
               tr("The file %1 could not be opened.\n\n%2").arg(native(absolute), e.message()));
        if (e.kind() == storage::StorageError::Kind::NotFound)
            forget(absolute);
        return false;
    }
    remember(absolute);
    m_context.navigate(NavTarget{NavTarget::Page::Overview, {}, {}});
    if (m_context.file()->wasMigrated())
        emit statusMessage(tr("The file was updated to this version of Samverka; a backup was "
                              "made first: %1")
                               .arg(native(m_context.file()->lastBackupPath())));
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
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
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
        auto file = storage::MunicipalityFile::create(path, dialog.municipality());
        file.reset(); // reopen with the options (backups) every other file gets
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
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kRecentMax)
        list.removeLast();
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
