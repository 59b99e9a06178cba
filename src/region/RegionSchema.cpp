#include "RegionSchema.h"

#include "PgConnection.h"
#include "RegionTables.h"

#include "MunicipalityCatalog.h"

#include <QCoreApplication>

namespace samverka::region {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::region::RegionSchema", text);
}

const char *const kAnalyst = "samverka_analyst";
const char *const kPublisher = "samverka_publisher";

/// The policy expression: the current role is a member of the municipality's publisher.
QString ownRows(const QString &column)
{
    return QStringLiteral("pg_has_role(current_user, 'samverka_publisher_' || %1, 'MEMBER')")
        .arg(column);
}

} // namespace

int RegionSchema::installed(const PgConnection &db)
{
    const PgResult exists =
        db.exec(QStringLiteral("SELECT to_regclass('region.schema_version') IS NOT NULL"));
    if (exists.text(0, 0) != QLatin1String("t"))
        return 0;
    const PgResult v = db.exec(QStringLiteral("SELECT max(version) FROM region.schema_version"));
    return v.isNull(0, 0) ? 0 : v.text(0, 0).toInt();
}

void RegionSchema::check(const PgConnection &db)
{
    const int found = installed(db);
    if (found == version)
        return;
    if (found == 0)
        throw RegionError(RegionError::Kind::NotInitialised,
                          tr("The %1 has no Samverka region schema: run “samverka-cli region "
                             "init --database …” first.")
                              .arg(db.where()));
    if (found > version)
        throw RegionError(RegionError::Kind::NewerSchema,
                          tr("The region schema of the %1 was made by a newer Samverka (schema "
                             "version %2; this program knows up to %3). Use that version.")
                              .arg(db.where())
                              .arg(found)
                              .arg(version));
    throw RegionError(RegionError::Kind::NotInitialised,
                      tr("The region schema of the %1 is of version %2: run “samverka-cli "
                         "region init --database …” to update it to version %3.")
                          .arg(db.where())
                          .arg(found)
                          .arg(version));
}

RegionSchema::Result RegionSchema::init(const PgConnection &db)
{
    return db.transaction(QStringLiteral("BEGIN"), [&db] {
        // One init at a time: a second waits, then finds the schema made.
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('samverka region init'))"));
        Result result;
        result.from = installed(db);
        if (result.from > version)
            check(db); // throws NewerSchema
        createRoles(db);
        if (result.from == 0)
            create(db);
        // Migrations from older versions go here, one step per version.
        db.script(viewsSql()); // CREATE OR REPLACE: an init brings every view up to date
        grant(db);
        result.to = version;
        return result;
    });
}

void RegionSchema::create(const PgConnection &db)
{
    QStringList sql{
        QStringLiteral("CREATE SCHEMA region"),
        QStringLiteral("CREATE TABLE region.schema_version (version integer NOT NULL, "
                       "migrated_at timestamptz NOT NULL DEFAULT now())"),
        QStringLiteral("CREATE TABLE region.municipalities (code text PRIMARY KEY, name text NOT "
                       "NULL, county text, police_region text, local_police_area text)"),
        QStringLiteral(
            "CREATE TABLE region.publications (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY "
            "KEY, municipality text NOT "
            "NULL REFERENCES region.municipalities (code), published_at timestamptz NOT NULL "
            "DEFAULT now(), published_by text NOT NULL DEFAULT current_user, source_file text, "
            "document_sha256 text NOT NULL, last_change_at timestamptz, last_change_by text, "
            "samverka_version text)"),
        QStringLiteral("CREATE INDEX publications_latest ON region.publications (municipality, "
                       "id DESC)"),
    };
    for (const RegionTable &t : RegionTables::all())
        sql << t.createSql();
    sql << QStringLiteral("INSERT INTO region.schema_version (version) VALUES (%1)").arg(version);
    db.script(sql.join(QStringLiteral(";\n")));
    // Every municipality of Sweden, so that a publication's rows have theirs to refer to.
    QList<QVariantList> rows;
    for (const core::MunicipalityEntry &m : core::MunicipalityCatalog::all())
        rows.append({m.code, m.name, m.countyName});
    db.copyIn(QStringLiteral("region.municipalities"),
              {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("county")}, rows);
}

void RegionSchema::createRoles(const PgConnection &db)
{
    // Roles are the cluster's, not the database's: made once, kept by a second database.
    // Two databases' inits may make them at once: the loser of a race skips the role.
    QStringList publishers;
    for (const core::MunicipalityEntry &m : core::MunicipalityCatalog::all())
        publishers << QStringLiteral("'%1_%2'").arg(QString::fromLatin1(kPublisher), m.code);
    db.script(
        QStringLiteral("DO $roles$ DECLARE r text; BEGIN\n"
                       "FOREACH r IN ARRAY ARRAY['%1', '%2'] LOOP BEGIN\n"
                       "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN\n"
                       "    EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;\n"
                       "  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;\n"
                       "END LOOP;\n"
                       "FOREACH r IN ARRAY ARRAY[%3] LOOP BEGIN\n"
                       "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN\n"
                       "    EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %2', r); END IF;\n"
                       "  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;\n"
                       "END LOOP; END $roles$")
            .arg(QString::fromLatin1(kAnalyst), QString::fromLatin1(kPublisher),
                 publishers.join(QStringLiteral(", "))));
}

void RegionSchema::grant(const PgConnection &db)
{
    const QString analyst = QString::fromLatin1(kAnalyst);
    const QString publisher = QString::fromLatin1(kPublisher);
    QStringList sql{
        QStringLiteral("REVOKE ALL ON SCHEMA region FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA region TO %1, %2").arg(analyst, publisher),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA region TO %1").arg(analyst),
        QStringLiteral("GRANT SELECT ON region.schema_version TO %1").arg(publisher),
        // A publisher writes only what a publication sets: its municipality's police area,
        // and a record whose id, time and role the server fills in (so none is forged).
        QStringLiteral("REVOKE INSERT, UPDATE ON region.municipalities, region.publications "
                       "FROM %1")
            .arg(publisher),
        QStringLiteral("GRANT SELECT, UPDATE (police_region, local_police_area) ON "
                       "region.municipalities TO %1")
            .arg(publisher),
        QStringLiteral("GRANT SELECT, INSERT (municipality, source_file, document_sha256, "
                       "last_change_at, last_change_by, samverka_version) ON "
                       "region.publications TO %1")
            .arg(publisher),
    };
    // Every municipality's publisher is a publisher, whoever made the role.
    QStringList publishers;
    for (const core::MunicipalityEntry &m : core::MunicipalityCatalog::all())
        publishers << publisher + u'_' + m.code;
    sql << QStringLiteral("GRANT %1 TO %2").arg(publisher, publishers.join(QStringLiteral(", ")));
    const auto secure = [&](const QString &table, const QString &column) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("DROP POLICY IF EXISTS analyst_reads ON %1").arg(table)
            << QStringLiteral("CREATE POLICY analyst_reads ON %1 FOR SELECT TO %2 USING (true)")
                   .arg(table, analyst)
            << QStringLiteral("DROP POLICY IF EXISTS publisher_own ON %1").arg(table)
            << QStringLiteral("CREATE POLICY publisher_own ON %1 TO %2 USING (%3) WITH CHECK (%3)")
                   .arg(table, publisher, ownRows(column));
    };
    secure(QStringLiteral("region.municipalities"), QStringLiteral("code"));
    secure(QStringLiteral("region.publications"), QStringLiteral("municipality"));
    for (const RegionTable &t : RegionTables::all()) {
        sql << QStringLiteral("GRANT SELECT, INSERT, DELETE ON %1 TO %2")
                   .arg(t.qualified(), publisher);
        secure(t.qualified(), QStringLiteral("municipality"));
    }
    db.script(sql.join(QStringLiteral(";\n")));
}

QString RegionSchema::viewsSql()
{
    // For analysts (docs/region-database.md): each municipality's latest publication,
    // the measures with their lateness, the law's status, and crime per 100,000
    // inhabitants. The law's status restates LawChecklist's and PlanChecklist's rules for
    // SQL tools; RegionViewsTest checks it against the overview's.
    return QStringList{
        QStringLiteral(
            "CREATE OR REPLACE VIEW region.latest_publications WITH (security_invoker = true) AS "
            "SELECT DISTINCT ON (municipality) * FROM region.publications ORDER BY "
            "municipality, id DESC"),
        QStringLiteral(
            "CREATE OR REPLACE VIEW region.measures_status WITH (security_invoker = true) AS "
            "SELECT m.municipality, mu.name AS municipality_name, a.title AS agreement, a.status "
            "AS agreement_status, m.id, m.title, m.status, m.start_date, m.end_date, (m.end_date "
            "< current_date AND m.status IN ('planned', 'ongoing')) AS late FROM region.measures "
            "m JOIN region.agreements a ON a.municipality = m.municipality AND a.id = "
            "m.agreement_id JOIN region.municipalities mu ON mu.code = m.municipality"),
        QStringLiteral(
            "CREATE OR REPLACE VIEW region.crime_rates WITH (security_invoker = true) AS SELECT "
            "s.municipality, mu.name AS municipality_name, s.year, s.crime_type, s.category, "
            "s.count, p.value AS population, round(s.count * 100000.0 / NULLIF(p.value, 0), 1) "
            "AS per_100000 FROM region.crime_statistics s JOIN region.municipalities mu ON "
            "mu.code = s.municipality LEFT JOIN region.population p ON p.municipality = "
            "s.municipality AND p.year = s.year WHERE s.period = ''"),
        QStringLiteral(
            "CREATE OR REPLACE VIEW region.law_status WITH (security_invoker = true) AS "
            "WITH edition AS (SELECT DISTINCT ON (municipality) municipality, id, title, "
            "coalesce(next_update, (coalesce(decided_on, date) + interval '2 years')::date) AS "
            "due FROM region.situation_pictures WHERE status = 'adopted' ORDER BY municipality, "
            "coalesce(decided_on, date) DESC NULLS LAST, position DESC), "
            "plan AS (SELECT DISTINCT ON (municipality) municipality, id, title, valid_to, "
            "situation_picture_id FROM region.measure_plans WHERE status = 'decided' ORDER BY "
            "municipality, decided_on DESC NULLS LAST, position DESC) "
            "SELECT m.code AS municipality, m.name, m.county, m.local_police_area, "
            "CASE WHEN NOT EXISTS (SELECT 1 FROM region.situation_pictures s WHERE "
            "s.municipality = m.code) THEN 'missing' WHEN e.id IS NULL THEN 'draft' WHEN e.due < "
            "current_date THEN 'outdated' ELSE 'current' END AS situation_picture, e.title AS "
            "situation_picture_title, e.due AS situation_picture_next_update, "
            "CASE WHEN NOT EXISTS (SELECT 1 FROM region.measure_plans x WHERE x.municipality = "
            "m.code) THEN 'missing' WHEN p.id IS NULL THEN 'draft' WHEN p.valid_to < "
            "current_date THEN 'expired' WHEN e.id IS NOT NULL AND p.situation_picture_id IS "
            "DISTINCT FROM e.id THEN 'not-current' ELSE 'decided' END AS measure_plan, p.title "
            "AS measure_plan_title, p.valid_to AS measure_plan_valid_to FROM "
            "region.municipalities m JOIN region.latest_publications lp ON lp.municipality = "
            "m.code LEFT JOIN edition e ON e.municipality = m.code LEFT JOIN plan p ON "
            "p.municipality = m.code"),
    }
        .join(QStringLiteral(";\n"));
}

} // namespace samverka::region
