#pragma once

// The open municipality file, its undo stack and navigation, shared by every page.
// All writes of the UI go through here: each is applied to the file at once and
// pushed as one undoable command. A refused write (signed lock, a colleague's lock,
// bad input) is reported through errorOccurred() and changes nothing.

#include "NavTarget.h"

#include "DocumentOptions.h"
#include "TableExportOptions.h"

#include "MunicipalityFile.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace samverka::ui {

class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    bool hasFile() const { return m_file != nullptr; }
    storage::MunicipalityFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Takes ownership of an opened file (closes the previous one, clears undo).
    void setFile(std::unique_ptr<storage::MunicipalityFile> file);
    void closeFile();
    /// The name of the person at this computer (UserIdentity), given to every file opened
    /// from now on and to the open one, for this session only.
    void setUserName(const QString &name);

    // ---- Edits: each one command on the undo stack; false when refused --------------
    /// Sets one field; 'what' names the edit for the Edit menu ("Ändra titel").
    /// A non-empty mergeKey (a visit of a text field) merges with the previous edit of
    /// the same field and key into one undo step.
    bool setField(storage::RecordKind kind, const QString &id, const QString &field,
                  const QVariant &value, const QString &what = {}, const QString &mergeKey = {});
    /// True when the last refused setField() met a condition that may pass (a full disk, a
    /// write the disk or share refused, a share that dropped, a colleague's lock), not a
    /// rule: what was typed is worth keeping in its input to save again.
    bool lastRefusalMayPass() const { return m_lastRefusalMayPass; }
    /// Inserts a record; returns its id, or an empty string when refused.
    QString insertRecord(storage::RecordKind kind, const QString &parentId,
                         const QVariantMap &fields, int index = -1, const QString &what = {});
    bool removeRecord(storage::RecordKind kind, const QString &id, const QString &what = {});
    bool moveRecord(storage::RecordKind kind, const QString &id, int newIndex,
                    const QString &what = {});
    /// A new edition of the lägesbild copied from fromId (MunicipalityFile::
    /// newSituationEdition), as one undoable step; its id, or empty when refused.
    QString newSituationEdition(const QString &fromId, const QString &title, const QDate &date);
    /// Runs a lifecycle or other operation that is not a plain field edit.
    /// Errors are reported like edits; returns false when refused.
    bool run(const std::function<void()> &operation);

    // ---- Navigation --------------------------------------------------------------
    void navigate(const NavTarget &target);
    NavTarget currentTarget() const { return m_current; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void goBack();
    void goForward();

signals:
    void fileChanged(); ///< a file was opened or closed
    /// The open file's content changed (own edit, undo, a colleague): what, and in which
    /// agreement, so that a view reloads only when what it shows may have changed.
    void dataChanged(const samverka::storage::Change &change);
    void navigated(const samverka::ui::NavTarget &target);
    void errorOccurred(const QString &message);
    /// A field refused what was typed (message names the field and what it takes);
    /// the field shows it too, this is for the window's status bar.
    void inputRefused(const QString &message);
    /// A page asks for a PDF of one of its records (the lägesbild's edition recordId).
    void documentRequested(samverka::documents::DocumentKind kind, const QString &recordId);
    /// A page asks to export the table it shows (Excel or CSV), that table chosen first.
    void tableExportRequested(samverka::documents::TableKind table);

private:
    /// An edition's status with the kartläggning's numbers kept at the adoption (or
    /// cleared for a draft): one undo step for both (issue #14).
    bool setSituationStatus(const QString &id, core::SituationStatus status, const QString &what);

    std::unique_ptr<storage::MunicipalityFile> m_file;
    QUndoStack m_undoStack;
    NavTarget m_current;
    QString m_userName;
    bool m_lastRefusalMayPass = false;
    QList<NavTarget> m_back;
    QList<NavTarget> m_forward;
};

} // namespace samverka::ui
