#include "SetFieldsCommand.h"

#include "AppContext.h"
#include "MunicipalityFile.h"

namespace samverka::ui {

bool SetFieldsCommand::apply(AppContext &context, storage::RecordKind kind, const QString &id,
                             const Values &values, const QString &text)
{
    storage::MunicipalityFile *file = context.file();
    if (!file || values.isEmpty())
        return false;
    Values oldValues;
    try {
        // One transaction: a refused field leaves none of them written. The old values are
        // read inside it, so undo never restores a colleague's earlier value.
        oldValues = file->setFields(kind, id, values);
    } catch (const storage::StorageError &e) {
        emit context.errorOccurred(e.message());
        return false;
    }
    context.undoStack()->push(new SetFieldsCommand(context, kind, id, oldValues, values, text));
    return true;
}

SetFieldsCommand::SetFieldsCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                                   Values oldValues, Values newValues, const QString &text)
    : FileCommand(context, text)
    , m_kind(kind)
    , m_id(id)
    , m_oldValues(std::move(oldValues))
    , m_newValues(std::move(newValues))
{}

void SetFieldsCommand::undoOn(storage::MunicipalityFile &file)
{
    Values reversed;
    for (qsizetype i = m_oldValues.size() - 1; i >= 0; --i)
        reversed.append(m_oldValues.at(i));
    file.setFields(m_kind, m_id, reversed);
}

void SetFieldsCommand::redoOn(storage::MunicipalityFile &file)
{
    file.setFields(m_kind, m_id, m_newValues);
}

} // namespace samverka::ui
