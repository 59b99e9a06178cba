// The agreement's own row and the arrays the exchange format keeps without ids.

#include "Entities.h"
#include "EntityKinds.h"

namespace samverka::storage::entities {

using Kind = RecordKind;

const Entity<core::Agreement> &agreement()
{
    using A = core::Agreement;
    using core::Part1;
    static const Entity<A> entity = [] {
        // Agreements are shown in the order of their periods, not in a position of their own.
        KindSpec kind = kindSpec(Kind::Agreement, "agreements", "", Kind::Agreement, true,
                                 QStringLiteral("SELECT id FROM agreements WHERE id = ?1"));
        kind.ordered = false;
        return Entity<A>(
            kind, {
                      field("title", "title", &A::title),
                      field("status", "status", &A::status).lifecycle(),
                      field("replaces", "replaces", &A::replaces).nullable(),
                      field("validFrom", "valid_from", &A::validFrom),
                      field("validFromSigning", "valid_from_signing", &A::validFromSigning),
                      field("validTo", "valid_to", &A::validTo),
                      field("continuesUntilFurtherNotice", "continues_until_further_notice",
                            &A::continuesUntilFurtherNotice),
                      fieldAt<A>("part1.introduction", "part1_introduction",
                                 [](A &a) -> QString & { return a.part1.introduction; }),
                      fieldAt<A>("part1.purpose", "part1_purpose",
                                 [](A &a) -> QString & { return a.part1.purpose; }),
                      fieldAt<A>("part1.collaborationModel", "part1_collaboration_model",
                                 [](A &a) -> QString & { return a.part1.collaborationModel; }),
                      fieldAt<A>("part1.communicationPlan", "part1_communication_plan",
                                 [](A &a) -> QString & { return a.part1.communicationPlan; }),
                      fieldAt<A>("part1.followUpPlan", "part1_follow_up_plan",
                                 [](A &a) -> QString & { return a.part1.followUpPlan; }),
                      fieldAt<A>("part2.text", "part2_text",
                                 [](A &a) -> QString & { return a.part2.text; }),
                      list("parties", "agreement_parties", "agreement_id", "party_id", &A::parties)
                          .ref("parties"),
                      field("fingerprint", "fingerprint", &A::fingerprint).readOnly(),
                      field("decidedBy", "decided_by", &A::decidedBy),
                      field("decidedOn", "decided_on", &A::decidedOn),
                  });
    }();
    return entity;
}

const Entity<core::DiaryNumber> &diaryNumber()
{
    using D = core::DiaryNumber;
    static const Entity<D> entity(underAgreement(Kind::DiaryNumber, "diary_numbers", true),
                                  {
                                      field("party", "party_id", &D::party).ref("parties"),
                                      field("number", "number", &D::number),
                                  });
    return entity;
}

const Entity<QString> &startingPoint()
{
    // One starting point a row (schema version 3), so that an edit of one never
    // rewrites the others a colleague may be changing.
    static const Entity<QString> entity(
        underAgreement(Kind::StartingPoint, "starting_points", true),
        {fieldAt<QString>("text", "text", [](QString &text) -> QString & { return text; })});
    return entity;
}

const Entity<core::Commitment> &commitment()
{
    using C = core::Commitment;
    static const Entity<C> entity = [] {
        KindSpec kind = underAgreement(Kind::Commitment, "commitments", true);
        kind.scopeColumns = {QStringLiteral("part")};
        return Entity<C>(kind, {
                                   unmapped<C>("part", "part", FieldType::Int).range(1, 2),
                                   field("party", "party_id", &C::party).ref("parties"),
                                   field("text", "text", &C::text),
                               });
    }();
    return entity;
}

const Entity<core::Group> &group()
{
    using G = core::Group;
    static const Entity<G> entity(
        underAgreement(Kind::Group, "groups", true),
        {
            field("kind", "kind", &G::kind),
            field("name", "name", &G::name),
            field("meetingFrequency", "meeting_frequency", &G::meetingFrequency),
        });
    return entity;
}

const Entity<core::GroupMember> &groupMember()
{
    using M = core::GroupMember;
    static const Entity<M> entity(
        kindSpec(Kind::GroupMember, "group_members", "group_id", Kind::Group, true,
                 QStringLiteral("SELECT g.agreement_id FROM group_members m JOIN groups g "
                                "ON g.id = m.group_id WHERE m.id = ?1")),
        {
            field("person", "person_id", &M::person).ref("people"),
            field("role", "role", &M::role),
        });
    return entity;
}

const Entity<core::Coordinator> &coordinator()
{
    using C = core::Coordinator;
    static const Entity<C> entity(underAgreement(Kind::Coordinator, "coordinators", true),
                                  {
                                      field("party", "party_id", &C::party).ref("parties"),
                                      field("person", "person_id", &C::person).ref("people"),
                                  });
    return entity;
}

const Entity<core::ReportingRule> &reportingRule()
{
    using R = core::ReportingRule;
    static const Entity<R> entity(
        underAgreement(Kind::ReportingRule, "reporting_rules", true),
        {
            field("to", "target", &R::to),
            field("everyMonths", "every_months", &R::everyMonths).range(1),
        });
    return entity;
}

} // namespace samverka::storage::entities
