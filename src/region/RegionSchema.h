#pragma once

// The region database's schema (docs/region-database.md): created and migrated by
// Samverka (samverka-cli region init), with a version table. Everything lives in the
// schema "region": the municipalities (all 290, from the bundled list), the publication
// records, one table per kind of record (RegionTables), and the views meant for analysts.
// Who may do what is PostgreSQL's own business, with roles and row-level security:
// - samverka_analyst reads everything;
// - samverka_publisher_<code> (one per municipality, each a member of
//   samverka_publisher) may replace only that municipality's rows;
// - nobody else reads anything.
// IT grants the roles to people's login roles (GRANT samverka_publisher_2280 TO anna).

#include <QString>

namespace samverka::region {

class PgConnection;

class RegionSchema
{
public:
    /// The version this program creates and reads.
    static constexpr int version = 1;

    struct Result {
        int from = 0; ///< the version found (0: none)
        int to = 0;   ///< the version now
    };
    /// Creates the schema, or migrates an older one, in one transaction; creates the roles
    /// and grants when missing. Needs a role that may create schemas and roles. Throws
    /// RegionError (NewerSchema for a schema from a newer Samverka).
    static Result init(const PgConnection &db);
    /// The schema's version; 0 when there is none.
    static int installed(const PgConnection &db);
    /// Throws RegionError unless the schema is there and of this version: NotInitialised
    /// (run region init), NewerSchema, or an older one to migrate with region init.
    static void check(const PgConnection &db);

private:
    static void create(const PgConnection &db);
    static void createRoles(const PgConnection &db);
    static void grant(const PgConnection &db);
    static QString viewsSql();
};

} // namespace samverka::region
