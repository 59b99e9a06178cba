#include "RemoveRecordCommand.h"

#include <utility>

namespace samverka::ui {

RemoveRecordCommand::RemoveRecordCommand(AppContext &context, storage::RecordSnapshot snapshot,
                                         const QString &text)
    : FileCommand(context, text)
    , m_snapshot(std::move(snapshot))
{}

RemoveRecordCommand::~RemoveRecordCommand()
{
    if (m_holdsRemoval)
        forgetSnapshot(m_snapshot);
}

void RemoveRecordCommand::undoOn(storage::MunicipalityFile &file)
{
    file.restoreRecord(m_snapshot);
    m_holdsRemoval = false;
}

void RemoveRecordCommand::redoOn(storage::MunicipalityFile &file)
{
    m_snapshot = file.removeRecord(m_snapshot.kind, m_snapshot.id);
    m_holdsRemoval = true;
}

} // namespace samverka::ui
