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
    Values written;
    try {
        for (const auto &[field, value] : values)
            oldValues.append({field, file->field(kind, id, field)});
        for (const auto &[field, value] : values) {
            file->setField(kind, id, field, value);
            written.append({field, value});
        }
    } catch (const storage::StorageError &e) {
        // Put back what was written, last first; a failure here leaves the rest as it is
        // and the audit log tells what happened.
        for (qsizetype i = written.size() - 1; i >= 0; --i) {
            try {
                file->setField(kind, id, oldValues.at(i).first, oldValues.at(i).second);
            } catch (const storage::StorageError &) {
            }
        }
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
    for (qsizetype i = m_oldValues.size() - 1; i >= 0; --i)
        file.setField(m_kind, m_id, m_oldValues.at(i).first, m_oldValues.at(i).second);
}

void SetFieldsCommand::redoOn(storage::MunicipalityFile &file)
{
    for (const auto &[field, value] : std::as_const(m_newValues))
        file.setField(m_kind, m_id, field, value);
}

} // namespace samverka::ui
