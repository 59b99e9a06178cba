#pragma once

// Undoes a removal by restoring the snapshot the removal returned (the record and
// everything that hung under it); redo removes it again.

#include "FileCommand.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

class RemoveRecordCommand : public FileCommand
{
public:
    RemoveRecordCommand(AppContext &context, storage::RecordSnapshot snapshot, const QString &text);
    ~RemoveRecordCommand() override;
    RemoveRecordCommand(const RemoveRecordCommand &) = delete;
    RemoveRecordCommand &operator=(const RemoveRecordCommand &) = delete;

protected:
    void undoOn(storage::MunicipalityFile &file) override;
    void redoOn(storage::MunicipalityFile &file) override;

private:
    storage::RecordSnapshot m_snapshot;
    /// Whether m_snapshot holds a removal not taken back (its bytes wait in the file).
    bool m_holdsRemoval = true;
};

} // namespace samverka::ui
