#pragma once

// What a change to the file touched, as MunicipalityFile::changed() reports it: the kind
// and id of the record and the agreement it belongs to, so that a view reloads only when
// what it shows may have changed. An import or a change whose extent is unknown (a
// colleague's change the audit log does not describe) touches everything.

#include "RecordKind.h"

#include <QMetaType>
#include <QString>

namespace samverka::storage {

struct Change {
    enum class Extent {
        Record,     ///< one record (its kind, id and agreement say which)
        Statistics, ///< crime statistics, population or the category mapping
        Everything, ///< anything in the file may have changed
    };

    Extent extent = Extent::Everything;
    RecordKind kind = RecordKind::Municipality;
    QString id;
    /// The agreement the record belongs to (the agreement itself for an agreement); empty
    /// for records outside agreements (parties, people, meetings, promise sets, ...).
    QString agreementId;
    /// Made by another program on the same file (seen through PRAGMA data_version).
    bool byColleague = false;

    static Change record(RecordKind kind, const QString &id, const QString &agreementId)
    {
        Change change;
        change.extent = Extent::Record;
        change.kind = kind;
        change.id = id;
        change.agreementId = kind == RecordKind::Agreement ? id : agreementId;
        return change;
    }
    static Change statistics()
    {
        Change change;
        change.extent = Extent::Statistics;
        return change;
    }
    static Change everything() { return Change{}; }

    /// True when a view of agreementId (empty: a view outside any agreement, which may list
    /// every agreement) may show what changed. A record outside agreements may be shown
    /// anywhere (a party's name in an agreement's list of parties).
    bool mayConcern(const QString &viewAgreementId) const
    {
        if (extent != Extent::Record || agreementId.isEmpty() || viewAgreementId.isEmpty())
            return true;
        return agreementId == viewAgreementId;
    }

    bool operator==(const Change &other) const = default;
};

} // namespace samverka::storage

Q_DECLARE_METATYPE(samverka::storage::Change)
