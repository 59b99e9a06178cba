#pragma once

// Base of every undo command of the UI: the edit was already applied to the file when
// the command is pushed, so the first redo() does nothing. A later undo or redo that
// the file refuses (the agreement was signed meanwhile, a colleague holds a lock) is
// reported through AppContext::errorOccurred and makes the command obsolete, so the
// undo stack drops it instead of pretending it happened.

#include <QUndoCommand>

#include <functional>

namespace samverka::storage {
class MunicipalityFile;
struct RecordSnapshot;
} // namespace samverka::storage

namespace samverka::ui {

class AppContext;

class FileCommand : public QUndoCommand
{
public:
    FileCommand(AppContext &context, const QString &text);

    void undo() final;
    void redo() final;

protected:
    virtual void undoOn(storage::MunicipalityFile &file) = 0;
    virtual void redoOn(storage::MunicipalityFile &file) = 0;
    /// For the destructor of a command that holds a removal's snapshot not taken back:
    /// drops the bytes the snapshot keeps in the file. Never throws: bytes the file does
    /// not let go of now go when a writer opens it past seven days.
    void forgetSnapshot(const storage::RecordSnapshot &snapshot) const noexcept;

private:
    void attempt(const std::function<void(storage::MunicipalityFile &)> &step);

    AppContext &m_context;
    bool m_alreadyApplied = true;
};

} // namespace samverka::ui
