#include "MainMenus.h"

#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace samverka::ui {

MainMenus::MainMenus(QMainWindow &window, QUndoStack &undoStack, bool withDocuments)
    : QObject(&window)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_withDocuments(withDocuments)
{
    Actions &a = m_actions;
    a.newFile = make("actionNewFile");
    a.newFile->setShortcut(QKeySequence::New);
    a.open = make("actionOpen");
    a.open->setShortcut(QKeySequence::Open);
    a.openDemo = make("actionOpenDemo");
    a.workspace = make("actionWorkspace");
    a.workspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.close = make("actionClose");
    a.close->setShortcut(QKeySequence::Close);
    a.backups = make("actionBackups");
    a.exportAgreement = make("actionExportAgreement");
    a.exportAgreement->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportActionPlan = make("actionExportActionPlan");
    a.exportPromises = make("actionExportPromises");
    a.exportFollowUp = make("actionExportFollowUp");
    a.exportSituationPicture = make("actionExportSituationPicture");
    a.exportMeasurePlan = make("actionExportMeasurePlan");
    a.exportTable = make("actionExportTable");
    a.exportCalendar = make("actionExportCalendar");
    a.publishRegion = make("actionPublishRegion");
    a.print = make("actionPrint");
    a.print->setShortcut(QKeySequence::Print);
    a.preview = make("actionPreview");
    a.preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    a.quit = make("actionQuit");
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    a.find = make("actionFind");
    a.find->setShortcut(QKeySequence::Find);
    a.settings = make("actionSettings");
    a.settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.settings->setMenuRole(QAction::PreferencesRole);
    a.back = make("actionBack");
    a.back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    a.forward = make("actionForward");
    a.forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    a.overview = make("actionOverview");
    a.overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    a.swedish = make("actionSwedish");
    a.swedish->setCheckable(true);
    a.english = make("actionEnglish");
    a.english->setCheckable(true);
    auto *languages = new QActionGroup(this);
    languages->addAction(a.swedish);
    languages->addAction(a.english);
    a.newAgreement = make("actionNewAgreement");
    a.sendForReview = make("actionSendForReview");
    a.markReady = make("actionMarkReady");
    a.sign = make("actionSign");
    a.revise = make("actionRevise");
    a.compare = make("actionCompare");
    a.userGuide = make("actionUserGuide");
    a.userGuide->setShortcut(QKeySequence::HelpContents);
    a.openLogFolder = make("actionOpenLogFolder");
    a.about = make("actionAbout");
    a.about->setMenuRole(QAction::AboutRole);
    build();
}

QAction *MainMenus::make(const char *objectName)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    // Shortcuts work without the menu bar having focus (the window owns them).
    m_window.addAction(action);
    return action;
}

void MainMenus::retranslate()
{
    build();
}

void MainMenus::build()
{
    Actions &a = m_actions;
    a.newFile->setText(tr("&New municipality file…"));
    a.open->setText(tr("&Open…"));
    a.openDemo->setText(tr("Open the &demo municipality"));
    a.workspace->setText(tr("&Workspace: several municipalities…"));
    a.close->setText(tr("&Close"));
    a.backups->setText(tr("&Backups…"));
    a.exportAgreement->setText(tr("&Agreement…"));
    a.exportActionPlan->setText(tr("Action &plan…"));
    a.exportPromises->setText(tr("&Citizen promises…"));
    a.exportFollowUp->setText(tr("&Follow-up report…"));
    a.exportSituationPicture->setText(tr("&Situation picture…"));
    a.exportMeasurePlan->setText(tr("&Measure plan…"));
    a.exportTable->setText(tr("&Table to Excel or CSV…"));
    a.exportCalendar->setText(tr("Dates to the &calendar (.ics)…"));
    //: sv: Publicera till regiondatabas…
    a.publishRegion->setText(tr("Publish to the re&gion database…"));
    a.print->setText(tr("&Print…"));
    a.preview->setText(tr("Print pre&view…"));
    a.quit->setText(tr("&Quit"));
    a.find->setText(tr("&Find…"));
    a.settings->setText(tr("Se&ttings…"));
    a.back->setText(tr("&Back"));
    a.forward->setText(tr("&Forward"));
    a.overview->setText(tr("&Overview"));
    a.swedish->setText(QStringLiteral("&Svenska"));
    a.english->setText(QStringLiteral("&English"));
    a.newAgreement->setText(tr("&New agreement"));
    a.sendForReview->setText(tr("Send for &review"));
    a.markReady->setText(tr("Mark as ready for si&gning…"));
    a.sign->setText(tr("&Sign…"));
    a.revise->setText(tr("Re&vise"));
    a.compare->setText(tr("&Compare with…"));
    a.about->setText(tr("&About Samverka"));
    a.userGuide->setText(tr("&User guide"));
    a.openLogFolder->setText(tr("Open the &log folder"));

    // Undo and redo name the command ("Ångra Lägg till åtgärd"); their prefix is
    // fixed when they are made, so they are made again in the new language.
    QMenuBar *bar = m_window.menuBar();
    for (QAction *old : {a.undo, a.redo})
        if (old) {
            m_window.removeAction(old);
            old->deleteLater();
        }
    a.undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    a.undo->setObjectName(QStringLiteral("actionUndo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    a.redo->setObjectName(QStringLiteral("actionRedo"));
    a.redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_window.addAction(a.undo);
    m_window.addAction(a.redo);

    const QList<QMenu *> oldMenus = bar->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    bar->clear();
    for (QMenu *menu : oldMenus)
        menu->deleteLater();

    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(a.newFile);
    file->addAction(a.open);
    m_recent = file->addMenu(tr("Open &recent"));
    fillRecent();
    file->addAction(a.openDemo);
    file->addAction(a.workspace);
    file->addSeparator();
    file->addAction(a.close);
    file->addAction(a.backups);
    if (m_withDocuments) {
        file->addSeparator();
        // Documents as PDF or, chosen in the save dialog, as .odt for Word; then the tables
        // and the dates for Excel and Outlook.
        QMenu *exportMenu = file->addMenu(tr("&Export"));
        exportMenu->addAction(a.exportAgreement);
        exportMenu->addAction(a.exportActionPlan);
        exportMenu->addAction(a.exportPromises);
        exportMenu->addAction(a.exportFollowUp);
        exportMenu->addSeparator();
        exportMenu->addAction(a.exportSituationPicture);
        exportMenu->addAction(a.exportMeasurePlan);
        exportMenu->addSeparator();
        exportMenu->addAction(a.exportTable);
        exportMenu->addAction(a.exportCalendar);
        file->addAction(a.publishRegion);
        file->addAction(a.print);
        file->addAction(a.preview);
    }
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addSeparator();
    edit->addAction(a.settings);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(a.back);
    view->addAction(a.forward);
    view->addSeparator();
    view->addAction(a.overview);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->addAction(a.swedish);
    language->addAction(a.english);

    QMenu *agreement = bar->addMenu(tr("A&greement"));
    agreement->addAction(a.newAgreement);
    agreement->addSeparator();
    agreement->addAction(a.sendForReview);
    agreement->addAction(a.markReady);
    agreement->addAction(a.sign);
    agreement->addSeparator();
    agreement->addAction(a.revise);
    agreement->addAction(a.compare);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(a.userGuide);
    help->addSeparator();
    help->addAction(a.openLogFolder);
    help->addAction(a.about);
}

void MainMenus::setRecentFiles(const QStringList &paths)
{
    m_recentPaths = paths;
    fillRecent();
}

void MainMenus::fillRecent()
{
    if (!m_recent)
        return;
    m_recent->clear();
    int n = 0;
    for (const QString &path : m_recentPaths) {
        ++n;
        const QString text = n < 10
                                 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                 : QFileInfo(path).fileName();
        QAction *entry = m_recent->addAction(text);
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path] { emit recentFileChosen(path); });
    }
    if (m_recentPaths.isEmpty()) {
        m_recent->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recent->addSeparator();
        connect(m_recent->addAction(tr("&Clear list")), &QAction::triggered, this,
                &MainMenus::clearRecentFilesRequested);
    }
    m_recent->setEnabled(true);
}

} // namespace samverka::ui
