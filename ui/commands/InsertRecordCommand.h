#pragma once

// Undoes an insert by removing the record (keeping its snapshot) and redoes it by
// restoring that snapshot, so the record keeps its id and position.

#include "FileCommand.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

class InsertRecordCommand : public FileCommand
{
public:
    InsertRecordCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                        const QString &text);
    ~InsertRecordCommand() override;
    InsertRecordCommand(const InsertRecordCommand &) = delete;
    InsertRecordCommand &operator=(const InsertRecordCommand &) = delete;

protected:
    void undoOn(storage::MunicipalityFile &file) override;
    void redoOn(storage::MunicipalityFile &file) override;

private:
    storage::RecordKind m_kind;
    QString m_id;
    storage::RecordSnapshot m_snapshot;
    /// Whether m_snapshot holds a removal not taken back (its bytes wait in the file).
    bool m_holdsRemoval = false;
};

} // namespace samverka::ui
