#include "SetFieldCommand.h"

#include "MunicipalityFile.h"

namespace samverka::ui {

SetFieldCommand::SetFieldCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                                 const QString &field, const QVariant &oldValue,
                                 const QVariant &newValue, const QString &text,
                                 const QString &mergeKey)
    : FileCommand(context, text)
    , m_kind(kind)
    , m_id(id)
    , m_field(field)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_mergeKey(mergeKey)
{}

int SetFieldCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x5e7f; // any fixed id; mergeWith decides
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetFieldCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_kind != m_kind || next->m_id != m_id ||
        next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    // Typed and typed back: nothing is left to undo.
    setObsolete(m_newValue == m_oldValue);
    return true;
}

void SetFieldCommand::undoOn(storage::MunicipalityFile &file)
{
    file.setField(m_kind, m_id, m_field, m_oldValue);
}

void SetFieldCommand::redoOn(storage::MunicipalityFile &file)
{
    file.setField(m_kind, m_id, m_field, m_newValue);
}

} // namespace samverka::ui
