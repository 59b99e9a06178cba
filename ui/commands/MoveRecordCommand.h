#pragma once

// Undoes a move among siblings by moving the record back to its old index.

#include "FileCommand.h"

#include "RecordKind.h"

#include <QString>

namespace samverka::ui {

class MoveRecordCommand : public FileCommand
{
public:
    MoveRecordCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                      int oldIndex, int newIndex, const QString &text);

protected:
    void undoOn(storage::MunicipalityFile &file) override;
    void redoOn(storage::MunicipalityFile &file) override;

private:
    storage::RecordKind m_kind;
    QString m_id;
    int m_oldIndex;
    int m_newIndex;
};

} // namespace samverka::ui
