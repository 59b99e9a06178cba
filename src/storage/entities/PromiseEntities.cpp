// Citizen promises, meetings and attachments: records outside any one agreement.

#include "Entities.h"
#include "EntityKinds.h"

namespace samverka::storage::entities {

using Kind = RecordKind;

const Entity<core::CitizenPromiseSet> &promiseSet()
{
    using S = core::CitizenPromiseSet;
    static const Entity<S> entity(
        kindSpec(Kind::PromiseSet, "promise_sets", "", Kind::PromiseSet, false,
                 QStringLiteral("SELECT agreement_id FROM promise_sets WHERE id = ?1")),
        {
            field("title", "title", &S::title),
            field("agreement", "agreement_id", &S::agreement).ref("agreements"),
            field("fromYear", "from_year", &S::fromYear),
            field("toYear", "to_year", &S::toYear),
            field("preamble", "preamble", &S::preamble),
            list("basis", "promise_set_basis", "promise_set_id", "basis", &S::basis),
            field("status", "status", &S::status),
        });
    return entity;
}

const Entity<core::CitizenPromise> &promise()
{
    using P = core::CitizenPromise;
    static const Entity<P> entity(
        kindSpec(Kind::Promise, "promises", "promise_set_id", Kind::PromiseSet, false, {}),
        {
            field("text", "text", &P::text),
            list("responsible", "promise_responsible", "promise_id", "party_id", &P::responsible)
                .ref("parties"),
            list("measures", "promise_measures", "promise_id", "measure_id", &P::measures)
                .ref("measures"),
            field("status", "status", &P::status),
        });
    return entity;
}

const Entity<core::Meeting> &meeting()
{
    using M = core::Meeting;
    static const Entity<M> entity(
        kindSpec(Kind::Meeting, "meetings", "", Kind::Meeting, false, {}),
        {
            field("agreement", "agreement_id", &M::agreement).ref("agreements"),
            field("group", "group_name", &M::group),
            field("date", "date", &M::date).required(),
            field("attendees", "attendees", &M::attendees),
            field("notes", "notes", &M::notes),
            field("decisions", "decisions", &M::decisions),
        });
    return entity;
}

const Entity<core::Attachment> &attachment()
{
    using A = core::Attachment;
    static const Entity<A> entity(
        kindSpec(Kind::Attachment, "attachments", "", Kind::Attachment, false, {}),
        {
            field("agreement", "agreement_id", &A::agreement).ref("agreements"),
            field("name", "name", &A::name),
            field("mediaType", "media_type", &A::mediaType),
            field("sha256", "sha256", &A::sha256),
            field("note", "note", &A::note),
            field("data", "data", &A::data),
        });
    return entity;
}

} // namespace samverka::storage::entities
