// The municipality's register: the municipality itself, parties, people, population.

#include "Entities.h"
#include "EntityKinds.h"

namespace samverka::storage::entities {

using Kind = RecordKind;

const Entity<core::Municipality> &municipality()
{
    using M = core::Municipality;
    static const Entity<M> entity = [] {
        KindSpec kind =
            kindSpec(Kind::Municipality, "municipality", "", Kind::Municipality, false, {});
        kind.ordered = false;
        return Entity<M>(
            kind, {
                      field("name", "name", &M::name),
                      field("code", "code", &M::code).nullable(),
                      field("county", "county", &M::county),
                      field("policeRegion", "police_region", &M::policeRegion),
                      field("localPoliceArea", "local_police_area", &M::localPoliceArea),
                      // The samordningsfunktion (schema version 5).
                      fieldAt<M>("coordinatingFunction.holder", "coordinating_holder",
                                 [](M &m) -> QString & { return m.coordinatingFunction.holder; }),
                      fieldAt<M>("coordinatingFunction.person", "coordinating_person_id",
                                 [](M &m) -> QString & { return m.coordinatingFunction.person; })
                          .ref("people"),
                      fieldAt<M>("coordinatingFunction.party", "coordinating_party_id",
                                 [](M &m) -> QString & { return m.coordinatingFunction.party; })
                          .ref("parties"),
                      fieldAt<M>("coordinatingFunction.mandate", "coordinating_mandate",
                                 [](M &m) -> QString & { return m.coordinatingFunction.mandate; }),
                      fieldAt<M>("coordinatingFunction.since", "coordinating_since",
                                 [](M &m) -> QDate & { return m.coordinatingFunction.since; }),
                      // The logo printed on the documents (schema version 10).
                      field("logo", "logo_attachment_id", &M::logo).ref("attachments"),
                  });
    }();
    return entity;
}

const Entity<core::Party> &party()
{
    using P = core::Party;
    static const Entity<P> entity(kindSpec(Kind::Party, "parties", "", Kind::Party, false, {}),
                                  {
                                      field("kind", "kind", &P::kind),
                                      field("name", "name", &P::name),
                                  });
    return entity;
}

const Entity<core::Person> &person()
{
    using P = core::Person;
    static const Entity<P> entity(kindSpec(Kind::Person, "people", "", Kind::Person, false, {}),
                                  {
                                      field("name", "name", &P::name),
                                      field("title", "title", &P::title),
                                      field("party", "party_id", &P::party).ref("parties"),
                                      field("email", "email", &P::email),
                                      field("phone", "phone", &P::phone),
                                  });
    return entity;
}

const Entity<core::Population> &population()
{
    using P = core::Population;
    static const Entity<P> entity = [] {
        // (municipality code, year) is unique besides the id (schema version 8): the
        // statistics import and the exchange merge upsert by it.
        KindSpec kind = kindSpec(Kind::Population, "population", "", Kind::Population, false, {});
        kind.ordered = false;
        return Entity<P>(
            kind, {
                      field("municipalityCode", "municipality_code", &P::municipalityCode).key(),
                      field("year", "year", &P::year).key().range(1900, 2200),
                      field("value", "value", &P::value).range(0),
                  });
    }();
    return entity;
}

} // namespace samverka::storage::entities
