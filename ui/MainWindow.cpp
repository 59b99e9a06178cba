#include "MainWindow.h"

#include "AppContext.h"
#include "BackupSettings.h"
#include "BannerController.h"
#include "DocumentController.h"
#include "ExportController.h"
#include "FileController.h"
#include "HelpWindow.h"
#include "InfoBanner.h"
#include "LanguageController.h"
#include "LifecycleController.h"
#include "Logging.h"
#include "RegionPublishController.h"
#include "SidebarView.h"
#include "UiErrors.h"
#include "UndoShortcutFilter.h"
#include "UserIdentity.h"
#include "WelcomeWidget.h"
#include "WorkspaceWindow.h"
#include "dialogs/CompareDialog.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/SidebarModel.h"
#include "pages/Page.h"

#include "AgreementLabel.h"
#include "ExchangeWriter.h"
#include "FileFormat.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace samverka::ui {

using P = NavTarget::Page;

namespace {
constexpr int kSavedMs = 2500;
constexpr int kErrorMs = 10000;
} // namespace

MainWindow::MainWindow(AppContext &context, LanguageController &language, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    qApp->installEventFilter(new UndoShortcutFilter(this)); // removed with the window
    m_menus = new MainMenus(*this, *m_context.undoStack(), true);
    m_files = new FileController(m_context, *this);
    m_lifecycle = new LifecycleController(m_context, *this);
    m_documents = new DocumentController(m_context, *this);
    m_exports = new ExportController(m_context, *this);
    m_publisher = new RegionPublishController(m_context, *this);

    m_sidebarModel = new SidebarModel(m_context, this);
    m_sidebarModel->setPageAvailable([this](P page) { return m_factory.has(page); });
    m_sidebar = new SidebarView;
    m_sidebar->setSidebarModel(m_sidebarModel);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_readOnlyBanner = new InfoBanner;
    m_banner = new InfoBanner;
    m_stack = new QStackedWidget;
    m_banners = std::make_unique<BannerController>(m_context, *m_readOnlyBanner, *m_banner);
    rightLayout->addWidget(m_readOnlyBanner);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1100});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->setSizeGripEnabled(true);

    connectActions();
    m_menus->setRecentFiles(m_files->recentFiles());
    retranslate();

    QSettings settings;
    const bool restored =
        restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    fitToScreen(!restored);
    onFileChanged();
    showTarget(m_context.currentTarget());
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_welcomeDeferred = false;
            if (!m_context.hasFile())
                showTarget(m_context.currentTarget());
        },
        Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

bool MainWindow::editSettings(bool firstStart)
{
    SettingsDialog dialog(firstStart, m_files->backupFolder(), m_files->backupKeep(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    UserIdentity::setName(dialog.userName());
    m_context.setUserName(dialog.userName());
    // Only a change is stored: an unchanged dialog leaves the settings as they were.
    if (!BackupSettings::sameFolder(dialog.backupFolder(), m_files->backupFolder()) ||
        dialog.backupKeep() != m_files->backupKeep()) {
        BackupSettings::save(dialog.backupFolder(), dialog.backupKeep(), m_files->backupFolder());
        m_files->setBackupLocation(dialog.backupFolder(), dialog.backupKeep());
        statusBar()->showMessage(
            tr("Backups now go to %1, the latest %n kept per file.", nullptr, dialog.backupKeep())
                .arg(QDir::toNativeSeparators(dialog.backupFolder())),
            kErrorMs);
    }
    return true;
}

void MainWindow::fitToScreen(bool firstTime)
{
    // A window taller than the screen (1280×800 on 1366×768) hides its status bar and
    // reopens cut off: keep the frame inside the available area, title bar included.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The window manager's frame and title bar, before it has said how large they are.
    const QMargins frame(4, 32, 4, 4);
    const QSize room = available.marginsRemoved(frame).size();
    QSize size = firstTime ? QSize(1280, 800) : this->size();
    size = size.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    resize(size);
    if (firstTime || !available.contains(frameGeometry()))
        move(available.left() + (available.width() - size.width()) / 2,
             available.top() + frame.top() + (room.height() - size.height()) / 2);
}

void MainWindow::connectActions()
{
    const MainMenus::Actions &a = m_menus->actions();
    connect(a.newFile, &QAction::triggered, m_files, &FileController::newFileWithDialog);
    connect(a.open, &QAction::triggered, m_files, &FileController::openWithDialog);
    connect(a.openDemo, &QAction::triggered, m_files, &FileController::openDemo);
    connect(a.close, &QAction::triggered, m_files, &FileController::closeFile);
    connect(a.backups, &QAction::triggered, m_files, [this] { m_files->showBackups(); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_menus, &MainMenus::recentFileChosen, m_files, &FileController::openPath);
    connect(m_menus, &MainMenus::clearRecentFilesRequested, m_files,
            &FileController::clearRecentFiles);
    connect(m_files, &FileController::recentFilesChanged, m_menus, &MainMenus::setRecentFiles);

    using K = documents::DocumentKind;
    connect(a.exportAgreement, &QAction::triggered, this,
            [this] { m_documents->exportDocument(K::Agreement); });
    connect(a.exportActionPlan, &QAction::triggered, this,
            [this] { m_documents->exportDocument(K::ActionPlan); });
    connect(a.exportPromises, &QAction::triggered, this,
            [this] { m_documents->exportDocument(K::CitizenPromises); });
    connect(a.exportFollowUp, &QAction::triggered, this,
            [this] { m_documents->exportDocument(K::FollowUp); });
    connect(a.exportSituationPicture, &QAction::triggered, this,
            [this] { m_documents->exportDocument(K::SituationPicture); });
    connect(a.exportMeasurePlan, &QAction::triggered, this,
            [this] { m_documents->exportDocument(K::MeasurePlan); });
    connect(&m_context, &AppContext::documentRequested, this,
            [this](documents::DocumentKind kind, const QString &recordId) {
                m_documents->exportDocument(kind, recordId);
            });
    connect(a.exportTable, &QAction::triggered, this, [this] { m_exports->exportTable(); });
    connect(&m_context, &AppContext::tableExportRequested, m_exports,
            &ExportController::exportTable);
    connect(a.exportCalendar, &QAction::triggered, m_exports, &ExportController::exportCalendar);
    connect(a.publishRegion, &QAction::triggered, m_publisher, &RegionPublishController::publish);
    connect(a.print, &QAction::triggered, m_documents, &DocumentController::print);
    connect(a.preview, &QAction::triggered, m_documents, &DocumentController::preview);

    connect(a.settings, &QAction::triggered, this, [this] { editSettings(false); });
    connect(a.find, &QAction::triggered, this, [this] {
        searchDialog()->show();
        searchDialog()->raise();
        searchDialog()->activateWindow();
    });
    connect(a.back, &QAction::triggered, &m_context, &AppContext::goBack);
    connect(a.forward, &QAction::triggered, &m_context, &AppContext::goForward);
    connect(a.overview, &QAction::triggered, this, [this] {
        m_context.navigate(NavTarget{P::Overview, {}, {}});
    });
    connect(a.swedish, &QAction::triggered, this,
            [this] { m_language.apply(LanguageController::Language::Swedish); });
    connect(a.english, &QAction::triggered, this,
            [this] { m_language.apply(LanguageController::Language::English); });
    connect(a.newAgreement, &QAction::triggered, m_lifecycle, &LifecycleController::newAgreement);
    // The new agreement's title is typed at once, over its placeholder.
    connect(m_lifecycle, &LifecycleController::agreementCreated, this, [this](const QString &id) {
        Page *page = currentPage();
        if (page && page->target().agreementId == id)
            page->focusForNaming();
    });
    connect(a.sendForReview, &QAction::triggered, m_lifecycle, &LifecycleController::sendForReview);
    connect(a.markReady, &QAction::triggered, m_lifecycle, &LifecycleController::markReady);
    connect(a.sign, &QAction::triggered, m_lifecycle, &LifecycleController::sign);
    connect(a.revise, &QAction::triggered, m_lifecycle, &LifecycleController::revise);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(a.workspace, &QAction::triggered, this, &MainWindow::showWorkspace);
    connect(a.compare, &QAction::triggered, this, [this] {
        auto *dialog = new CompareDialog(m_context, m_lifecycle->currentAgreementId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(a.openLogFolder, &QAction::triggered, this, &MainWindow::openLogFolder);
    connect(m_banner, &InfoBanner::buttonClicked, m_lifecycle, &LifecycleController::revise);

    const auto status = [this](const QString &message) {
        statusBar()->showMessage(message, kErrorMs);
    };
    connect(m_files, &FileController::statusMessage, this, status);
    connect(m_lifecycle, &LifecycleController::statusMessage, this, status);
    connect(m_documents, &DocumentController::statusMessage, this, status);
    connect(m_exports, &ExportController::statusMessage, this, status);
    connect(m_publisher, &RegionPublishController::statusMessage, this, status);
    connect(&m_context, &AppContext::inputRefused, this, status);

    connect(&m_context, &AppContext::navigated, this, &MainWindow::showTarget);
    connect(&m_context, &AppContext::fileChanged, this, &MainWindow::onFileChanged);
    connect(&m_context, &AppContext::dataChanged, this, [this](const storage::Change &change) {
        // The title, the banners and the agreement's actions show the municipality's name
        // and the agreement's title, status and signing: other edits leave them.
        using Kind = storage::RecordKind;
        if (change.extent != storage::Change::Extent::Record || change.kind == Kind::Municipality ||
            change.kind == Kind::Agreement || change.kind == Kind::Signature)
            refresh();
    });
    connect(&m_context, &AppContext::errorOccurred, this, &MainWindow::showError);
    connect(m_context.undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateFileActions);
    connect(m_sidebar, &SidebarView::targetChosen, &m_context, &AppContext::navigate);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

QString MainWindow::bannerText() const
{
    return m_banner->text();
}

QString MainWindow::readOnlyText() const
{
    return m_readOnlyBanner->text();
}

SearchDialog *MainWindow::searchDialog()
{
    if (!m_search)
        m_search = new SearchDialog(m_context, this);
    return m_search;
}

NavTarget MainWindow::resolve(const NavTarget &target) const
{
    // A page not in this build: the agreement's own page, its part 1, else the overview.
    if (m_factory.has(target.page))
        return target;
    if (!target.agreementId.isEmpty()) {
        for (P fallback : {P::Agreement, P::Part1})
            if (m_factory.has(fallback))
                return NavTarget{fallback, target.agreementId, {}};
    }
    return NavTarget{P::Overview, {}, {}};
}

Page *MainWindow::pageFor(P page)
{
    const auto it = m_pages.find(page);
    if (it != m_pages.end())
        return it->second;
    Page *created = m_factory.create(page, m_context, m_stack);
    if (created) {
        m_stack->addWidget(created);
        m_pages[page] = created;
    }
    return created;
}

void MainWindow::showTarget(const NavTarget &requested)
{
    m_sidebar->setVisible(m_context.hasFile());
    if (!m_context.hasFile()) {
        if (!m_welcomeDeferred)
            m_stack->setCurrentWidget(welcome());
        updateBanners();
        updateActions();
        return;
    }
    const NavTarget target =
        resolve(requested.page == P::None ? NavTarget{P::Overview, {}, {}} : requested);
    if (Page *page = pageFor(target.page)) {
        m_stack->setCurrentWidget(page);
        page->showTarget(target);
    }
    m_sidebar->showTarget(target);
    updateBanners();
    updateActions();
    updateTitle();
}

void MainWindow::onFileChanged()
{
    if (storage::MunicipalityFile *file = m_context.file()) {
        connect(file, &storage::MunicipalityFile::changed, this,
                [this](const storage::Change &change) {
                    if (!change.byColleague)
                        statusBar()->showMessage(tr("Saved"), kSavedMs);
                });
        connect(file, &storage::MunicipalityFile::externallyChanged, this, [this] {
            statusBar()->showMessage(tr("The file was changed by someone else; what you see is "
                                        "up to date."),
                                     kErrorMs);
        });
    }
    if (m_search)
        m_search->hide();
    // The page follows from navigated(), which AppContext::setFile() sends next: showing
    // it here too read the overview twice on every opening.
}

void MainWindow::refresh()
{
    // Pages and the sidebar reload themselves; the window follows titles and status.
    updateTitle();
    updateBanners();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_context.hasFile()) {
        setWindowTitle(QStringLiteral("Samverka"));
        return;
    }
    QString name;
    try {
        name = m_context.file()->municipality().name;
    } catch (const storage::StorageError &error) {
        UiErrors::recordGone(m_context, QStringLiteral("MainWindow, municipality name"), error);
    }
    const QString file = QFileInfo(m_context.file()->path()).fileName();
    QString title =
        name.isEmpty() ? tr("%1 – Samverka").arg(file) : tr("%1 – %2 – Samverka").arg(name, file);
    // In an agreement, which one: a revision has the title of the one it replaces.
    if (const QString id = m_context.currentTarget().agreementId; !id.isEmpty()) {
        try {
            title = core::AgreementLabel::withStatus(m_context.file()->agreement(id)) +
                    QStringLiteral(" – ") + title;
        } catch (const std::exception &error) {
            UiErrors::recordGone(m_context, QStringLiteral("MainWindow, window title"), error);
        }
    }
    setWindowTitle(title);
}

void MainWindow::updateBanners()
{
    const Page *page = currentPage();
    m_banners->update(page ? page->target() : NavTarget{});
}

void MainWindow::updateActions()
{
    updateFileActions();
    m_lifecycle->updateActions(m_menus->actions());
}

void MainWindow::updateFileActions()
{
    const MainMenus::Actions &a = m_menus->actions();
    const bool open = m_context.hasFile();
    a.close->setEnabled(open);
    a.backups->setEnabled(open);
    a.find->setEnabled(open);
    a.overview->setEnabled(open);
    for (QAction *action : {a.exportAgreement, a.exportActionPlan, a.exportPromises,
                            a.exportFollowUp, a.exportSituationPicture, a.exportMeasurePlan,
                            a.exportTable, a.exportCalendar, a.publishRegion, a.print, a.preview})
        action->setEnabled(open);
    a.back->setEnabled(m_context.canGoBack());
    a.forward->setEnabled(m_context.canGoForward());
    a.swedish->setChecked(m_language.current() == LanguageController::Language::Swedish);
    a.english->setChecked(m_language.current() == LanguageController::Language::English);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, kErrorMs);
    // Not blocking: an edit that was refused must not stop the user, and a second
    // refusal updates the same box instead of stacking boxes.
    auto *box = findChild<QMessageBox *>(QStringLiteral("errorBox"));
    if (!box) {
        box = new QMessageBox(QMessageBox::Warning, tr("Samverka"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("errorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        box->setText(message);
    }
}

WelcomeWidget *MainWindow::welcome()
{
    if (m_welcome)
        return m_welcome;
    m_welcome = new WelcomeWidget;
    connect(m_welcome, &WelcomeWidget::newRequested, m_files, &FileController::newFileWithDialog);
    connect(m_welcome, &WelcomeWidget::openRequested, m_files, &FileController::openWithDialog);
    connect(m_welcome, &WelcomeWidget::demoRequested, m_files, &FileController::openDemo);
    connect(m_welcome, &WelcomeWidget::openPathRequested, m_files, &FileController::openPath);
    connect(m_files, &FileController::recentFilesChanged, m_welcome,
            &WelcomeWidget::setRecentFiles);
    m_welcome->setRecentFiles(m_files->recentFiles());
    m_stack->addWidget(m_welcome);
    return m_welcome;
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    m_menus->retranslate();
    // Pages are made again in the new language; they read everything from the file.
    for (auto &[kind, page] : m_pages)
        page->deleteLater();
    m_pages.clear();
    // Made again when shown: a window opened on a file never builds it.
    if (m_welcome) {
        m_welcome->deleteLater();
        m_welcome = nullptr;
    }
    if (m_search) {
        m_search->deleteLater();
        m_search = nullptr;
    }
    m_sidebarModel->rebuild();
    showTarget(m_context.currentTarget());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Samverka"),
        tr("Samverka %1\n\nFor the local crime-prevention collaboration between a "
           "municipality and the police, following the handbook “Samverkan i "
           "lokalt brottsförebyggande arbete”.\n\nLicence: EUPL-1.2.")
                .arg(QApplication::applicationVersion()) +
            QStringLiteral("\n\n") +
            tr("Municipality files: version %1. Exchange format: version 1, revision %2.\n"
               "Log: %3\nBackups: %4")
                .arg(storage::fileformat::schemaVersion)
                .arg(core::ExchangeWriter::revision)
                .arg(QDir::toNativeSeparators(Logging::folder()),
                     QDir::toNativeSeparators(m_files->backupFolder())));
}

void MainWindow::showWorkspace()
{
    if (!m_workspace) {
        m_workspace = new WorkspaceWindow(this);
        m_workspace->restore();
    }
    m_workspace->show();
    m_workspace->raise();
    m_workspace->activateWindow();
}

void MainWindow::showUserGuide()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->showChapterFor(m_context.currentTarget().page);
}

void MainWindow::openLogFolder()
{
    const QString folder = Logging::folder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(
            this, tr("Log folder"),
            tr("The log files are in %1").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to save: every edit is already in the file.
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        // Installing Swedish sends one event per translator: retranslate once.
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileController::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = FileController::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop returns, so an error box does not block the drag source.
    QTimer::singleShot(0, this, [this, path] { m_files->openPath(path); });
}

} // namespace samverka::ui
