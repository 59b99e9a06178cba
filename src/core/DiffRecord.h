#pragma once

// One record of one agreement as AgreementComparer compares it: how it is matched
// (ids, content keys, position) and what it says (its values and its references).

#include "AgreementDiff.h"

#include <QJsonObject>
#include <QStringList>

namespace samverka::core {

/// What a reference names: records of the agreement (matched across the two), or
/// records of the file (the same id in both).
enum class DiffRefKind { Problem, Cause, FocusArea, Goal, Measure, Party, Person };

struct DiffRef {
    QString field;
    DiffRefKind kind = DiffRefKind::Party;
    QStringList ids;
    bool list = false;      ///< a list of references (else one, or none)
    bool unordered = false; ///< a list whose order means nothing
};

struct DiffRecord {
    QString id;
    QString originId;
    QString label;
    /// Content keys tried in order for a match by content ("title:…", "3|number:2");
    /// equal keys match.
    QStringList keys;
    /// Where position counts: records of the same scope at the same position whose
    /// texts share most words match as a guess.
    QString scope;
    int position = 0;
    QString text;
    bool confidential = false;
    QJsonObject values;     ///< the plain fields, by exchange property
    QList<DiffRef> refs;    ///< the fields that name other records
    QStringList moveFields; ///< the fields whose change is a move ("focusArea", "number")
};

struct RecordPair {
    int from = -1; ///< index into the earlier list, -1 when added
    int to = -1;   ///< index into the later list, -1 when removed
    DiffMatch match = DiffMatch::None;
};

} // namespace samverka::core
