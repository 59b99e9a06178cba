#pragma once

// The main window's actions and menus (Arkiv, Redigera, Visa, Överenskommelse,
// Hjälp). The actions live as long as the window; the menus are rebuilt on a
// language change so every text follows the language.

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace samverka::ui {

class MainMenus : public QObject
{
    Q_OBJECT

public:
    struct Actions {
        QAction *newFile = nullptr;
        QAction *open = nullptr;
        QAction *openDemo = nullptr;
        QAction *workspace = nullptr;
        QAction *close = nullptr;
        QAction *backups = nullptr;
        QAction *exportAgreement = nullptr;
        QAction *exportActionPlan = nullptr;
        QAction *exportPromises = nullptr;
        QAction *exportFollowUp = nullptr;
        QAction *exportSituationPicture = nullptr;
        QAction *exportMeasurePlan = nullptr;
        QAction *exportTable = nullptr;
        QAction *exportCalendar = nullptr;
        QAction *publishRegion = nullptr;
        QAction *print = nullptr;
        QAction *preview = nullptr;
        QAction *quit = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *find = nullptr;
        QAction *settings = nullptr;
        QAction *back = nullptr;
        QAction *forward = nullptr;
        QAction *overview = nullptr;
        QAction *swedish = nullptr;
        QAction *english = nullptr;
        QAction *newAgreement = nullptr;
        QAction *sendForReview = nullptr;
        QAction *markReady = nullptr;
        QAction *sign = nullptr;
        QAction *revise = nullptr;
        QAction *compare = nullptr;
        QAction *about = nullptr;
        QAction *userGuide = nullptr;
        QAction *openLogFolder = nullptr;
    };

    /// withDocuments: the documents library is linked (PDF, print, preview entries).
    MainMenus(QMainWindow &window, QUndoStack &undoStack, bool withDocuments);

    const Actions &actions() const { return m_actions; }
    /// Rebuilds the menus and sets every text in the current language.
    void retranslate();
    void setRecentFiles(const QStringList &paths);

signals:
    void recentFileChosen(const QString &path);
    void clearRecentFilesRequested();

private:
    QAction *make(const char *objectName);
    void build();
    void fillRecent();

    QMainWindow &m_window;
    QUndoStack &m_undoStack;
    bool m_withDocuments;
    Actions m_actions;
    QMenu *m_recent = nullptr;
    QStringList m_recentPaths;
};

} // namespace samverka::ui
