#pragma once

// The kinds of record the generic edit API (MunicipalityFile::setField, insertRecord,
// removeRecord, moveRecord) works on. Field names are the exchange format's property
// names ("title", "validFrom", "causes", ...), so the UI, the importer and the audit
// log speak one vocabulary.

#include <QString>

#include <optional>

namespace samverka::storage {

enum class RecordKind {
    Municipality, ///< the one metadata record; id is ignored
    Party,
    Person,
    Agreement,        ///< parent: none. Fields incl. part1.* and part2.text as "part1.purpose" etc.
    DiaryNumber,      ///< parent: agreement
    StartingPoint,    ///< parent: agreement; part 1's starting points, field "text"
    Commitment,       ///< parent: agreement; field "part" = 1 or 2
    Group,            ///< parent: agreement
    GroupMember,      ///< parent: group
    Coordinator,      ///< parent: agreement
    ReportingRule,    ///< parent: agreement
    Problem,          ///< parent: agreement
    Cause,            ///< parent: problem
    FocusArea,        ///< parent: agreement
    Goal,             ///< parent: agreement
    Measure,          ///< parent: agreement
    FollowUp,         ///< parent: agreement
    Signature,        ///< parent: agreement or citizen promise set
    Comment,          ///< parent: agreement
    CommentReply,     ///< parent: comment
    CheckItem,        ///< parent: agreement
    PromiseSet,       ///< parent: none (field "agreement" links it)
    Promise,          ///< parent: promise set
    Meeting,          ///< parent: none
    Attachment,       ///< parent: none
    Population,       ///< parent: none; (municipality code, year) is unique
    SituationPicture, ///< parent: none; one edition of the lägesbild
    SituationSection, ///< parent: situation picture; part 2, other information
    SituationProblem, ///< parent: situation picture; part 3's problems
    MeasurePlan,      ///< parent: none; one åtgärdsplan
    PlanFollowUpDate, ///< parent: measure plan; a date it is followed up on
    PlanRow,          ///< parent: measure plan; an adopted or own measure
    PlanRating,       ///< parent: plan row; its rating at a follow-up
};

/// The last kind, for loops over every kind.
inline constexpr RecordKind lastRecordKind = RecordKind::PlanRating;

/// A stable English name for logs and the audit log ("measure").
QString recordKindName(RecordKind kind);
/// The kind recordKindName() names; nullopt for any other text (the audit log's
/// "crimeStatistics", "settings", ...).
std::optional<RecordKind> recordKindNamed(const QString &name);

/// The address of a population row, which the schema keys by municipality code and
/// year ("2280:2023"); the generic edit API takes it wherever it takes an id.

} // namespace samverka::storage
