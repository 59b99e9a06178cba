#pragma once

// What choosing a person on a signatory row writes besides the person link: that
// person's name, title and party, so nobody types them twice. A coordinator who picks
// "Anna Berg" means Anna Berg's name, title and party, also where the row held what was
// typed by hand for someone else. Where the people register has no title or party for
// the person, a value typed on the row for that same person (same name) stays; one that
// belonged to someone else is cleared. Clearing the person changes nothing else, and a
// field edited after the choice is never filled in again.

#include "Person.h"
#include "Signature.h"

#include <QList>
#include <QPair>
#include <QVariant>

namespace samverka::ui {

class SignatoryFromPerson
{
public:
    using Values = QList<QPair<QString, QVariant>>;

    /// The fields (exchange names: name, title, party) that change on 'row' when
    /// 'person' is chosen; empty when nothing else changes.
    static Values fields(const core::Signature &row, const core::Person &person);
    /// For a signatory table: the companions of an edit of row 'id' (see
    /// RecordTableModel::Companions), given the table's signatories by row id.
    static Values companions(const QList<QPair<QString, core::Signature>> &rows,
                             const QList<core::Person> &people, const QString &id,
                             const QString &field, const QVariant &value);
};

} // namespace samverka::ui
