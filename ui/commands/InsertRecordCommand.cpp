#include "InsertRecordCommand.h"

namespace samverka::ui {

InsertRecordCommand::InsertRecordCommand(AppContext &context, storage::RecordKind kind,
                                         const QString &id, const QString &text)
    : FileCommand(context, text)
    , m_kind(kind)
    , m_id(id)
{}

InsertRecordCommand::~InsertRecordCommand()
{
    if (m_holdsRemoval)
        forgetSnapshot(m_snapshot);
}

void InsertRecordCommand::undoOn(storage::MunicipalityFile &file)
{
    m_snapshot = file.removeRecord(m_kind, m_id);
    m_holdsRemoval = true;
}

void InsertRecordCommand::redoOn(storage::MunicipalityFile &file)
{
    file.restoreRecord(m_snapshot);
    m_holdsRemoval = false;
}

} // namespace samverka::ui
