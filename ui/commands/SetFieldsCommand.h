#pragma once

// Several fields of one record set by one user action ("Hämta utgångsvärde från
// statistik" sets the baseline's value and date): one entry in the Edit menu, one
// Ctrl+Z for all of them. apply(), undo and redo each write all the fields in one
// transaction (MunicipalityFile::setFields), so a refused field leaves none written.

#include "FileCommand.h"

#include "RecordKind.h"

#include <QList>
#include <QPair>
#include <QVariant>

namespace samverka::ui {

class SetFieldsCommand : public FileCommand
{
public:
    using Values = QList<QPair<QString, QVariant>>; ///< field name and value, in order

    /// Writes the fields and pushes one command named 'text' onto the context's undo
    /// stack. False (and the error reported through AppContext::errorOccurred, nothing
    /// pushed, nothing left changed) when the file refuses one of them.
    static bool apply(AppContext &context, storage::RecordKind kind, const QString &id,
                      const Values &values, const QString &text);

protected:
    void undoOn(storage::MunicipalityFile &file) override;
    void redoOn(storage::MunicipalityFile &file) override;

private:
    SetFieldsCommand(AppContext &context, storage::RecordKind kind, const QString &id,
                     Values oldValues, Values newValues, const QString &text);

    storage::RecordKind m_kind;
    QString m_id;
    Values m_oldValues;
    Values m_newValues;
};

} // namespace samverka::ui
