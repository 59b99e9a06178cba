#pragma once

// The police area's desk (issue #16): a workspace, a named list of municipality files,
// shown as one overview row per file (OverviewModel, read by storage::OverviewReader:
// read-only, no lock kept, a file that cannot be read keeps its row). Files are added
// one by one or as every .samverka of a folder; the list is saved as a small JSON file to
// share, and remembered for the next start. From a row: open the municipality in a
// window of its own, or save its current agreement as a PDF.

#include "Workspace.h"

#include <QDate>
#include <QMainWindow>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace samverka::ui {

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
    /// Reads every file's row again.
    void refresh();
    /// Opens the selected row's file in a window of its own (a new Samverka process).
    bool openSelected();
    /// Saves the selected row's current agreement as a PDF at path.
    bool exportSelected(const QString &path);

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void updateButtons();
    void changed(); ///< the list changed: remember it, read the rows
    void remember() const;
    QString selectedSource() const;
    void updateTitle();
    void showError(const QString &message);

    core::Workspace m_workspace;
    QString m_jsonPath; ///< where it was opened from or saved to; empty when never saved
    QDate m_today;
    OverviewModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_remove;
    std::function<bool(const QString &)> m_opener;
};

} // namespace samverka::ui
