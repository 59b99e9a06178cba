#include "SetFieldCommand.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

SetFieldCommand::SetFieldCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                                 const QString &field, const QVariant &oldValue,
                                 const QVariant &newValue, const QString &text)
    : FileCommand(context, text)
    , m_kind(kind)
    , m_id(id)
    , m_field(field)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{}

void SetFieldCommand::undoOn(storage::MunicipalityFile &file)
{
    file.setField(m_kind, m_id, m_field, m_oldValue);
}

void SetFieldCommand::redoOn(storage::MunicipalityFile &file)
{
    file.setField(m_kind, m_id, m_field, m_newValue);
}

} // namespace samverka::ui
