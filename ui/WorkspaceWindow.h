#pragma once

// The police area's desk (issue #16): a workspace, a named list of municipality files,
// shown as one overview row per file (OverviewModel, read by storage::OverviewReader:
// read-only, no lock kept, a file that cannot be read keeps its row), read on a thread of
// its own (OverviewLoader). Files are added one by one or as every .samverka of a folder;
// the list is saved as a small JSON file to share, and remembered for the next start.
// From a row: open the municipality in a window of its own, or save one of its documents
// as a PDF. For all: every current agreement as a PDF into a folder, and the report
// "Samverkan i lokalpolisområdet" (WorkspaceDocuments).

#include "DocumentOptions.h"
#include "OverviewDetail.h"
#include "OverviewRow.h"
#include "Workspace.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace samverka::ui {

class OverviewLoader;
class OverviewModel;

class WorkspaceWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit WorkspaceWindow(QWidget *parent = nullptr);

    /// The workspace remembered from the last time, if any (settings), read again.
    void restore();
    /// Reads the workspace file; false, with a message naming it, when it cannot be read.
    bool openWorkspace(const QString &jsonPath);
    void addFiles(const QStringList &paths);
    /// Adds every .samverka file of folder.
    void addFolder(const QString &folder);
    void removeSelected();
    /// Writes the workspace to jsonPath (paths relative to its folder); false with a
    /// message when it cannot be written.
    bool saveWorkspace(const QString &jsonPath);
    /// Reads the region database's municipalities (of one local police area when given)
    /// instead of files, read-only; the connection is remembered without its password.
    void openDatabase(const QString &conninfo, const QString &policeArea);
    bool isDatabase() const { return !m_conninfo.isEmpty(); }
    /// Reads every file's row again, on another thread; refreshed() tells when the
    /// table shows them.
    void refresh();
    bool isReading() const;
    /// Opens the selected row's file in a window of its own (a new Samverka process).
    bool openSelected();
    /// Saves the selected row's document of kind as a PDF at path; false with a message.
    bool exportSelected(documents::DocumentKind kind, const QString &path);
    /// Saves every row's current agreement as a PDF in folder; false when none was
    /// written or one failed (a message says which).
    bool exportAll(const QString &folder);
    /// Saves the report "Samverkan i lokalpolisområdet" of the rows shown at path.
    bool saveReport(const QString &path);

    const core::Workspace &workspace() const { return m_workspace; }
    OverviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The day late and due are computed for (default today).
    void setToday(const QDate &today);
    /// How a file is opened in a window of its own; the default starts this program with
    /// the file. Tests see the path instead.
    void setOpener(std::function<bool(const QString &)> opener) { m_opener = std::move(opener); }

signals:
    void errorOccurred(const QString &message);
    /// The table shows the rows of the newest read.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    QWidget *buildBottomRow(QWidget *parent);
    void connectTopRow(QPushButton *openWs, QPushButton *addFiles, QPushButton *addFolder,
                       QPushButton *save, QPushButton *refresh);
    void chooseDocument(documents::DocumentKind kind);
    void chooseDatabase();
    /// Back from the region database to the workspace's files.
    void useFiles();
    void chooseFolderForAll();
    void chooseReportPath();
    void showRows(const QList<core::OverviewRow> &rows, const QList<core::OverviewDetail> &details,
                  const QSet<QString> &reachable);
    void updateSummary();
    void updateButtons();
    void changed(); ///< the list changed: remember it, read the rows
    void remember() const;
    QString selectedSource() const;
    void updateTitle();
    void showError(const QString &message);

    core::Workspace m_workspace;
    QString m_jsonPath;   ///< where it was opened from or saved to; empty when never saved
    QString m_conninfo;   ///< the region database read instead of files; empty for files
    QString m_policeArea; ///< of the region database: one local police area, or empty
    QDate m_today;
    OverviewModel *m_model;
    OverviewLoader *m_loader;
    QList<core::OverviewDetail> m_details; ///< one per row of the model
    QSet<QString> m_reachable; ///< of a database's rows, the files this computer can open
    QTableView *m_table;
    QLabel *m_emptyHint;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_summary;
    QPushButton *m_open = nullptr;
    QPushButton *m_documents = nullptr;
    QPushButton *m_exportAll = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    std::function<bool(const QString &)> m_opener;
};

} // namespace samverka::ui
