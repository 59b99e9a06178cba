// Review and signing: signatures, comments and their replies, the method's check items.

#include "Entities.h"
#include "EntityKinds.h"

namespace samverka::storage::entities {

using Kind = RecordKind;

const Entity<core::Signature> &signature()
{
    using S = core::Signature;
    static const Entity<S> entity = [] {
        // A signatory of an agreement or of a set of citizen promises.
        KindSpec kind = underAgreement(Kind::Signature, "signatures", true);
        kind.parentColumns << QStringLiteral("promise_set_id");
        kind.parentKinds << Kind::PromiseSet;
        return Entity<S>(kind, {
                                   field("person", "person_id", &S::person).ref("people"),
                                   field("name", "name", &S::name),
                                   field("title", "title", &S::title),
                                   field("party", "party_id", &S::party).ref("parties"),
                                   field("place", "place", &S::place),
                                   field("date", "date", &S::date),
                                   field("signed", "signed", &S::signed_),
                               });
    }();
    return entity;
}

const Entity<core::ReviewComment> &comment()
{
    using C = core::ReviewComment;
    static const Entity<C> entity(underAgreement(Kind::Comment, "comments", false),
                                  {
                                      field("section", "section", &C::section),
                                      field("author", "author", &C::author),
                                      field("createdAt", "written_at", &C::createdAt),
                                      field("text", "text", &C::text),
                                      field("resolved", "resolved", &C::resolved),
                                  });
    return entity;
}

const Entity<core::CommentReply> &commentReply()
{
    using R = core::CommentReply;
    static const Entity<R> entity(
        kindSpec(Kind::CommentReply, "comment_replies", "comment_id", Kind::Comment, false,
                 QStringLiteral("SELECT c.agreement_id FROM comment_replies r JOIN comments c "
                                "ON c.id = r.comment_id WHERE r.id = ?1")),
        {
            field("author", "author", &R::author),
            field("createdAt", "written_at", &R::createdAt),
            field("text", "text", &R::text),
        });
    return entity;
}

const Entity<core::CheckItem> &checkItem()
{
    using C = core::CheckItem;
    static const Entity<C> entity(underAgreement(Kind::CheckItem, "check_items", false),
                                  {
                                      field("step", "step", &C::step).range(1, 5),
                                      field("text", "text", &C::text),
                                      field("done", "done", &C::done),
                                  });
    return entity;
}

} // namespace samverka::storage::entities
