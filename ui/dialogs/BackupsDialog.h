#pragma once

// The backups of one municipality file, newest first, with their dates and folders: those in
// the backup folder of the settings, and older ones still in folders used before. Restore puts
// the chosen copy in the file's place, after keeping the file as it was beside it.

#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace samverka::ui {

class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where the copies are: the folder new ones go to (empty: the default), how many it
    /// keeps per file, and folders used before that may still hold older ones.
    struct Location {
        QString folder;
        int keep = 0;
        QStringList otherFolders;
    };

    BackupsDialog(const QString &filePath, const Location &where, QWidget *parent = nullptr);

    int backupCount() const;
    /// The text above the list: which folder, how many are kept, where older ones are.
    QString whereText() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    /// After Restore: the backup that was put in the file's place, and where the file as it
    /// was has been kept.
    QString restoredFrom() const { return m_restoredFrom; }
    /// Runs before a restore replaces the file (the app closes it there).
    void setBeforeRestore(std::function<void()> step) { m_beforeRestore = std::move(step); }
    QString keptAs() const { return m_keptAs; }

    /// Restores backupPath over filePath, keeping filePath first as a sibling named
    /// "<name> (före återställning <date>).samverka". Returns the kept copy's path.
    /// Throws storage::StorageError; on failure filePath is unchanged.
    static QString restore(const QString &backupPath, const QString &filePath);

private:
    void fill(const QStringList &folders);
    void describe(const Location &where, const QString &folder);
    void restoreSelected();

    QString m_filePath;
    QTreeWidget *m_list;
    QLabel *m_where;
    QPushButton *m_restore;
    std::function<void()> m_beforeRestore;
    QString m_restoredFrom;
    QString m_keptAs;
};

} // namespace samverka::ui
