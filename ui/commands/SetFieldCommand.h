#pragma once

// Undoes and redoes one field edit (MunicipalityFile::setField) by writing the old or
// the new value back. The commits of one visit of a text field (typed, paused, typed on)
// merge into one step.

#include "FileCommand.h"

#include "RecordKind.h"

#include <QVariant>

namespace samverka::ui {

class SetFieldCommand : public FileCommand
{
public:
    SetFieldCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                    const QString &field, const QVariant &oldValue, const QVariant &newValue,
                    const QString &text, const QString &mergeKey = {});

    /// Edits with a merge key (one visit of a text field) merge into one undo step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void undoOn(storage::MunicipalityFile &file) override;
    void redoOn(storage::MunicipalityFile &file) override;

private:
    storage::RecordKind m_kind;
    QString m_id;
    QString m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QString m_mergeKey;
};

} // namespace samverka::ui
