#pragma once

// The main window: the sidebar on the left, the page of the current NavTarget on the
// right under a banner, menus and a status bar. It only wires things together: menus
// (MainMenus), files (FileController), the lifecycle (LifecycleController),
// documents (DocumentController), tables and the calendar (ExportController) and the
// language (LanguageController) live in their own classes; pages come from the
// PageFactory.

#include "MainMenus.h"
#include "NavTarget.h"
#include "PageFactory.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QSplitter;
class QStackedWidget;

namespace samverka::ui {

class AppContext;
class BannerController;
class DocumentController;
class RegionPublishController;
class ExportController;
class HelpWindow;
class WorkspaceWindow;
class FileController;
class InfoBanner;
class LanguageController;
class LifecycleController;
class Page;
class SearchDialog;
class SidebarModel;
class SidebarView;
class WelcomeWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppContext &context, LanguageController &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    FileController &files() const { return *m_files; }
    LifecycleController &lifecycle() const { return *m_lifecycle; }
    const MainMenus::Actions &actions() const { return m_menus->actions(); }
    SidebarView *sidebar() const { return m_sidebar; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    /// The page shown, or nullptr when no file is open.
    Page *currentPage() const;
    /// The signed-agreement banner's text, empty when hidden.
    QString bannerText() const;
    /// Edit › Settings: the user's name (asked once at the first start). True when saved.
    bool editSettings(bool firstStart);
    QString readOnlyText() const;
    SearchDialog *searchDialog();
    /// The page registry: tests register their own pages before navigating.
    PageFactory &pageFactory() { return m_factory; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The page shown without a file, made on first need.
    WelcomeWidget *welcome();
    void connectActions();
    /// Sizes the window to fit the screen's available area (a first start: 1280×800 or
    /// less, centred); a restored window larger than the screen is shrunk into it.
    void fitToScreen(bool firstTime);
    void showTarget(const NavTarget &target);
    NavTarget resolve(const NavTarget &target) const;
    Page *pageFor(NavTarget::Page page);
    void onFileChanged();
    void refresh();
    void updateTitle();
    void updateBanners();
    void updateActions();
    /// The actions that depend on the file being open and on navigation, not on the
    /// agreement's content (after every undo step).
    void updateFileActions();
    void showError(const QString &message);
    void retranslate();
    void showAbout();
    /// F1: the user guide at the chapter about the page shown.
    void showUserGuide();
    void openLogFolder();
    /// The workspace's overview of several municipality files (issue #16).
    void showWorkspace();

    AppContext &m_context;
    LanguageController &m_language;
    PageFactory m_factory;
    MainMenus *m_menus;
    FileController *m_files;
    LifecycleController *m_lifecycle;
    DocumentController *m_documents;
    RegionPublishController *m_publisher = nullptr;
    ExportController *m_exports;
    SidebarModel *m_sidebarModel;
    SidebarView *m_sidebar;
    QSplitter *m_splitter;
    InfoBanner *m_readOnlyBanner;
    InfoBanner *m_banner;
    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome = nullptr; ///< made when first shown (welcome())
    SearchDialog *m_search = nullptr;
    HelpWindow *m_help = nullptr;           ///< made when first asked for
    WorkspaceWindow *m_workspace = nullptr; ///< made when first asked for
    std::map<NavTarget::Page, Page *> m_pages;
    std::unique_ptr<BannerController> m_banners;
    bool m_retranslatePending = false;
    /// While the constructor runs and until the event loop starts: a window that opens a
    /// file at once (samverka FILE) never builds the welcome page.
    bool m_welcomeDeferred = true;
};

} // namespace samverka::ui
