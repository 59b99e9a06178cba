#include "RegionTables.h"

#include <stdexcept>

namespace samverka::region {

namespace {

QStringList key(std::initializer_list<const char *> columns)
{
    QStringList out;
    for (const char *c : columns)
        out << QString::fromLatin1(c);
    return out;
}

QList<RegionTable> declare()
{
    return {
        {QStringLiteral("parties"), QStringLiteral("id text, kind text, name text"), key({"id"})},
        {QStringLiteral("agreements"),
         QStringLiteral("id text, position integer, title text, status text, replaces text, "
                        "valid_from date, valid_from_signing boolean, valid_to date, "
                        "continues_until_further_notice boolean, decided_by text, "
                        "decided_on date, fingerprint text, introduction text, purpose text, "
                        "collaboration_model text, communication_plan text, follow_up_plan text, "
                        "part2_text text"),
         key({"id"})},
        {QStringLiteral("agreement_parties"),
         QStringLiteral("agreement_id text, party_id text, position integer"),
         key({"agreement_id", "position"})},
        {QStringLiteral("reporting_rules"),
         QStringLiteral("agreement_id text, position integer, target text, every_months integer"),
         key({"agreement_id", "position"})},
        {QStringLiteral("signatures"),
         QStringLiteral("agreement_id text, position integer, name text, title text, "
                        "party_id text, place text, date date, signed boolean"),
         key({"agreement_id", "position"})},
        {QStringLiteral("focus_areas"),
         QStringLiteral("agreement_id text, id text, position integer, title text, "
                        "background text"),
         key({"id"})},
        {QStringLiteral("problems"),
         QStringLiteral("agreement_id text, id text, position integer, title text, "
                        "description text, category text, prioritized boolean, "
                        "priority integer, place text, time_pattern text"),
         key({"id"})},
        {QStringLiteral("causes"),
         QStringLiteral("agreement_id text, problem_id text, id text, number integer, "
                        "text text, perspective text, proximity text, nature text, "
                        "within_mandate boolean"),
         key({"id"})},
        {QStringLiteral("goals"),
         QStringLiteral("agreement_id text, id text, position integer, kind text, text text, "
                        "parent_id text, focus_area_id text, problem_id text, indicator text, "
                        "unit text, baseline_value double precision, baseline_date date, "
                        "target_value double precision, target_date date"),
         key({"id"})},
        {QStringLiteral("measures"),
         QStringLiteral("agreement_id text, id text, position integer, title text, "
                        "description text, focus_area_id text, type text, aimed_at text, "
                        "horizon text, responsible_text text, when_text text, start_date date, "
                        "end_date date, status text, budget_sek double precision, "
                        "hours double precision, planned_count integer"),
         key({"id"})},
        {QStringLiteral("measure_causes"),
         QStringLiteral("agreement_id text, measure_id text, cause_id text"),
         key({"measure_id", "cause_id"})},
        {QStringLiteral("measure_goals"),
         QStringLiteral("agreement_id text, measure_id text, goal_id text"),
         key({"measure_id", "goal_id"})},
        {QStringLiteral("measure_responsible"),
         QStringLiteral("agreement_id text, measure_id text, party_id text, position integer"),
         key({"measure_id", "position"})},
        {QStringLiteral("follow_ups"),
         QStringLiteral("agreement_id text, id text, date date, kind text, measure_id text, "
                        "goal_id text, text text, value double precision, count integer, "
                        "assessment text, reported_to text"),
         key({"id"})},
        {QStringLiteral("review_comments"),
         QStringLiteral("agreement_id text, id text, section text, resolved boolean"), key({"id"})},
        {QStringLiteral("promise_sets"),
         QStringLiteral("id text, position integer, title text, agreement_id text, "
                        "from_year integer, to_year integer, status text"),
         key({"id"})},
        {QStringLiteral("promises"),
         QStringLiteral("promise_set_id text, id text, position integer, text text, "
                        "status text"),
         key({"id"})},
        {QStringLiteral("situation_pictures"),
         QStringLiteral("id text, position integer, title text, date date, from_year integer, "
                        "to_year integer, status text, decided_by text, decided_on date, "
                        "next_update date"),
         key({"id"})},
        {QStringLiteral("measure_plans"),
         QStringLiteral("id text, position integer, title text, status text, decided_by text, "
                        "decided_on date, valid_from date, valid_to date, "
                        "situation_picture_id text"),
         key({"id"})},
        {QStringLiteral("situation_sections"),
         QStringLiteral("situation_picture_id text, id text, position integer, title text, "
                        "source text, date date, text text"),
         key({"id"})},
        {QStringLiteral("situation_problems"),
         QStringLiteral("situation_picture_id text, id text, position integer, title text, "
                        "description text, place text, time_pattern text"),
         key({"id"})},
        {QStringLiteral("plan_follow_up_dates"),
         QStringLiteral("plan_id text, id text, date date, note text"), key({"id"})},
        {QStringLiteral("plan_rows"),
         QStringLiteral("plan_id text, id text, position integer, measure_id text, title text, "
                        "description text, operative_goals text, type text, aimed_at text, "
                        "horizon text, responsible_text text, when_text text, start_date date, "
                        "end_date date, status text, budget_sek double precision, "
                        "hours double precision, planned_count integer"),
         key({"id"})},
        {QStringLiteral("plan_row_problems"),
         QStringLiteral("plan_id text, row_id text, problem_id text"),
         key({"row_id", "problem_id"})},
        {QStringLiteral("plan_ratings"),
         QStringLiteral("plan_id text, row_id text, id text, date date, colour text, "
                        "comment text"),
         key({"id"})},
        {QStringLiteral("meetings"),
         QStringLiteral("agreement_id text, id text, group_name text, date date"), key({"id"})},
        {QStringLiteral("survey_indicators"),
         QStringLiteral("area text, indicator text, year integer, value double precision, "
                        "ci_low double precision, ci_high double precision, source text"),
         QStringList()}, // the file keeps no key for them either
        {QStringLiteral("crime_statistics"),
         QStringLiteral("year integer, period text, crime_type text, category text, "
                        "count integer, preliminary boolean"),
         key({"year", "period", "crime_type"})},
        {QStringLiteral("population"), QStringLiteral("year integer, value bigint"), key({"year"})},
    };
}

} // namespace

const QList<RegionTable> &RegionTables::all()
{
    static const QList<RegionTable> tables = declare();
    return tables;
}

const RegionTable &RegionTables::named(const QString &name)
{
    for (const RegionTable &t : all())
        if (t.name == name)
            return t;
    throw std::out_of_range("no region table " + name.toStdString());
}

} // namespace samverka::region
