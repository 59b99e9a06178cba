#include "MoveRecordCommand.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

MoveRecordCommand::MoveRecordCommand(AppContext &context, storage::RecordKind kind,
                                     const QString &id, int oldIndex, int newIndex,
                                     const QString &text)
    : FileCommand(context, text)
    , m_kind(kind)
    , m_id(id)
    , m_oldIndex(oldIndex)
    , m_newIndex(newIndex)
{}

void MoveRecordCommand::undoOn(storage::MunicipalityFile &file)
{
    file.moveRecord(m_kind, m_id, m_oldIndex);
}

void MoveRecordCommand::redoOn(storage::MunicipalityFile &file)
{
    file.moveRecord(m_kind, m_id, m_newIndex);
}

} // namespace samverka::ui
