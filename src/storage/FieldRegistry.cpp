#include "FieldRegistry.h"

#include "Enums.h"

namespace samverka::storage {

namespace {

using core::allWords;
using Kind = RecordKind;
using T = FieldType;

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

FieldSpec field(const char *name, const char *column, FieldType type = T::Text)
{
    FieldSpec spec;
    spec.name = s(name);
    spec.column = s(column);
    spec.type = type;
    return spec;
}

FieldSpec text(const char *name, const char *column)
{
    return field(name, column, T::Text);
}

FieldSpec ref(const char *name, const char *column, const char *table)
{
    FieldSpec spec = field(name, column, T::Ref);
    spec.refTable = s(table);
    return spec;
}

FieldSpec enumeration(const char *name, const char *column, const QStringList &words, bool optional)
{
    FieldSpec spec = field(name, column, optional ? T::OptEnum : T::Enum);
    spec.words = words;
    return spec;
}

FieldSpec list(const char *name, FieldType type, const char *table, const char *owner,
               const char *column, const char *refTable = "", const QStringList &words = {})
{
    FieldSpec spec = field(name, column, type);
    spec.listTable = s(table);
    spec.listOwnerColumn = s(owner);
    spec.refTable = s(refTable);
    spec.words = words;
    return spec;
}

FieldSpec requiredDate(const char *name, const char *column)
{
    FieldSpec spec = field(name, column, T::Date);
    spec.required = true;
    return spec;
}

KindSpec kindSpec(Kind kind, const char *table, const char *parentColumn, Kind parentKind,
                  bool frozen, const char *agreementSql)
{
    KindSpec spec;
    spec.kind = kind;
    spec.table = s(table);
    if (*parentColumn) {
        spec.parentColumns << s(parentColumn);
        spec.parentKinds << parentKind;
    }
    spec.frozenKind = frozen;
    spec.agreementSql = s(agreementSql);
    return spec;
}

QString direct(const char *table)
{
    return QStringLiteral("SELECT agreement_id FROM %1 WHERE id = ?1").arg(s(table));
}

QList<KindSpec> buildRegistry()
{
    QList<KindSpec> all;

    KindSpec municipality =
        kindSpec(Kind::Municipality, "municipality", "", Kind::Municipality, false, "");
    municipality.ordered = false;
    municipality.fields = {text("name", "name"), text("code", "code"), text("county", "county"),
                           text("policeRegion", "police_region"),
                           text("localPoliceArea", "local_police_area")};
    all << municipality;

    KindSpec party = kindSpec(Kind::Party, "parties", "", Kind::Party, false, "");
    party.fields = {enumeration("kind", "kind", allWords<core::PartyKind>(), false),
                    text("name", "name")};
    all << party;

    KindSpec person = kindSpec(Kind::Person, "people", "", Kind::Person, false, "");
    person.fields = {text("name", "name"), text("title", "title"),
                     ref("party", "party_id", "parties"), text("email", "email"),
                     text("phone", "phone")};
    all << person;

    KindSpec agreement = kindSpec(Kind::Agreement, "agreements", "", Kind::Agreement, true,
                                  "SELECT id FROM agreements WHERE id = ?1");
    agreement.ordered = false;
    agreement.fields = {
        text("title", "title"),
        enumeration("status", "status", allWords<core::AgreementStatus>(), false),
        text("replaces", "replaces"),
        field("validFrom", "valid_from", T::Date),
        field("validFromSigning", "valid_from_signing", T::Bool),
        field("validTo", "valid_to", T::Date),
        field("continuesUntilFurtherNotice", "continues_until_further_notice", T::Bool),
        text("part1.introduction", "part1_introduction"),
        text("part1.purpose", "part1_purpose"),
        text("part1.collaborationModel", "part1_collaboration_model"),
        text("part1.communicationPlan", "part1_communication_plan"),
        text("part1.followUpPlan", "part1_follow_up_plan"),
        text("part2.text", "part2_text"),
        list("parties", T::IdList, "agreement_parties", "agreement_id", "party_id", "parties"),
        field("fingerprint", "fingerprint", T::ReadOnly),
        text("decidedBy", "decided_by"),
        field("decidedOn", "decided_on", T::Date),
    };
    agreement.fields[1].type = T::Status;
    all << agreement;

    KindSpec diary =
        kindSpec(Kind::DiaryNumber, "diary_numbers", "agreement_id", Kind::Agreement, true, "");
    diary.agreementSql = direct("diary_numbers");
    diary.fields = {ref("party", "party_id", "parties"), text("number", "number")};
    all << diary;

    // One starting point a row (schema version 3), so that an edit of one never
    // rewrites the others a colleague may be changing.
    KindSpec startingPoint =
        kindSpec(Kind::StartingPoint, "starting_points", "agreement_id", Kind::Agreement, true, "");
    startingPoint.agreementSql = direct("starting_points");
    startingPoint.fields = {text("text", "text")};
    all << startingPoint;

    KindSpec commitment =
        kindSpec(Kind::Commitment, "commitments", "agreement_id", Kind::Agreement, true, "");
    commitment.agreementSql = direct("commitments");
    commitment.scopeColumns = {s("part")};
    commitment.fields = {field("part", "part", T::Int), ref("party", "party_id", "parties"),
                         text("text", "text")};
    all << commitment;

    KindSpec group = kindSpec(Kind::Group, "groups", "agreement_id", Kind::Agreement, true, "");
    group.agreementSql = direct("groups");
    group.fields = {enumeration("kind", "kind", allWords<core::GroupKind>(), false),
                    text("name", "name"), text("meetingFrequency", "meeting_frequency")};
    all << group;

    KindSpec member = kindSpec(Kind::GroupMember, "group_members", "group_id", Kind::Group, true,
                               "SELECT g.agreement_id FROM group_members m JOIN groups g "
                               "ON g.id = m.group_id WHERE m.id = ?1");
    member.fields = {ref("person", "person_id", "people"), text("role", "role")};
    all << member;

    KindSpec coordinator =
        kindSpec(Kind::Coordinator, "coordinators", "agreement_id", Kind::Agreement, true, "");
    coordinator.agreementSql = direct("coordinators");
    coordinator.fields = {ref("party", "party_id", "parties"),
                          ref("person", "person_id", "people")};
    all << coordinator;

    KindSpec reporting =
        kindSpec(Kind::ReportingRule, "reporting_rules", "agreement_id", Kind::Agreement, true, "");
    reporting.agreementSql = direct("reporting_rules");
    reporting.fields = {enumeration("to", "target", allWords<core::ReportingTarget>(), false),
                        field("everyMonths", "every_months", T::Int)};
    all << reporting;

    KindSpec problem =
        kindSpec(Kind::Problem, "problems", "agreement_id", Kind::Agreement, true, "");
    problem.agreementSql = direct("problems");
    problem.fields = {
        text("title", "title"),
        text("description", "description"),
        enumeration("category", "category", allWords<core::ProblemCategory>(), true),
        list("crimeCategories", T::TextList, "problem_crime_categories", "problem_id", "category"),
        text("place", "place"),
        text("timePattern", "time_pattern"),
        list("sources", T::EnumList, "problem_sources", "problem_id", "source", "",
             allWords<core::ProblemSource>()),
        enumeration("contributedBy", "contributed_by", allWords<core::Contributor>(), true),
        ref("contributedByParty", "contributed_by_party", "parties"),
        field("prioritized", "prioritized", T::Bool),
        field("priority", "priority", T::OptInt),
        list("priorityReasons", T::EnumList, "problem_priority_reasons", "problem_id", "reason", "",
             allWords<core::PriorityReason>()),
        field("confidential", "confidential", T::Bool),
    };
    all << problem;

    KindSpec cause = kindSpec(Kind::Cause, "causes", "problem_id", Kind::Problem, true,
                              "SELECT p.agreement_id FROM causes c JOIN problems p "
                              "ON p.id = c.problem_id WHERE c.id = ?1");
    cause.fields = {
        field("number", "number", T::Int),
        text("text", "text"),
        enumeration("perspective", "perspective", allWords<core::Perspective>(), true),
        enumeration("proximity", "proximity", allWords<core::Proximity>(), true),
        enumeration("nature", "nature", allWords<core::CauseNature>(), true),
        enumeration("riskDomain", "risk_domain", allWords<core::RiskDomain>(), true),
        field("withinMandate", "within_mandate", T::Bool),
        field("confidential", "confidential", T::Bool),
        ref("informationHolder", "information_holder", "parties"),
    };
    all << cause;

    KindSpec focus =
        kindSpec(Kind::FocusArea, "focus_areas", "agreement_id", Kind::Agreement, true, "");
    focus.agreementSql = direct("focus_areas");
    focus.fields = {text("title", "title"), text("background", "background"),
                    list("problems", T::IdList, "focus_area_problems", "focus_area_id",
                         "problem_id", "problems")};
    all << focus;

    KindSpec goal = kindSpec(Kind::Goal, "goals", "agreement_id", Kind::Agreement, true, "");
    goal.agreementSql = direct("goals");
    goal.fields = {
        enumeration("kind", "kind", allWords<core::GoalKind>(), false),
        text("text", "text"),
        ref("parent", "parent_id", "goals"),
        ref("focusArea", "focus_area_id", "focus_areas"),
        ref("problem", "problem_id", "problems"),
        text("indicator", "indicator"),
        text("unit", "unit"),
        text("source", "source"),
        field("baseline.value", "baseline_value", T::OptReal),
        field("baseline.date", "baseline_date", T::Date),
        field("target.value", "target_value", T::OptReal),
        field("target.date", "target_date", T::Date),
    };
    all << goal;

    KindSpec measure =
        kindSpec(Kind::Measure, "measures", "agreement_id", Kind::Agreement, true, "");
    measure.agreementSql = direct("measures");
    measure.fields = {
        text("title", "title"),
        text("description", "description"),
        ref("focusArea", "focus_area_id", "focus_areas"),
        list("causes", T::IdList, "measure_causes", "measure_id", "cause_id", "causes"),
        list("goals", T::IdList, "measure_goals", "measure_id", "goal_id", "goals"),
        enumeration("type", "type", allWords<core::MeasureType>(), true),
        enumeration("aimedAt", "aimed_at", allWords<core::AimedAt>(), true),
        enumeration("horizon", "horizon", allWords<core::Horizon>(), true),
        list("responsible", T::IdList, "measure_responsible", "measure_id", "party_id", "parties"),
        ref("responsiblePerson", "responsible_person_id", "people"),
        text("responsibleText", "responsible_text"),
        text("when", "when_text"),
        field("start", "start_date", T::Date),
        field("end", "end_date", T::Date),
        text("method", "method"),
        field("budgetSek", "budget_sek", T::OptReal),
        field("hours", "hours", T::OptReal),
        field("plannedCount", "planned_count", T::OptInt),
        enumeration("status", "status", allWords<core::MeasureStatus>(), false),
        field("confidential", "confidential", T::Bool),
    };
    all << measure;

    KindSpec followUp =
        kindSpec(Kind::FollowUp, "follow_ups", "agreement_id", Kind::Agreement, false, "");
    followUp.agreementSql = direct("follow_ups");
    followUp.fields = {
        requiredDate("date", "date"),
        enumeration("kind", "kind", allWords<core::FollowUpKind>(), false),
        ref("measure", "measure_id", "measures"),
        ref("goal", "goal_id", "goals"),
        text("text", "text"),
        text("author", "author"),
        field("value", "value", T::OptReal),
        field("count", "count", T::OptInt),
        enumeration("assessment", "assessment", allWords<core::Assessment>(), true),
        enumeration("reportedTo", "reported_to", allWords<core::ReportingTarget>(), true),
    };
    all << followUp;

    KindSpec signature =
        kindSpec(Kind::Signature, "signatures", "agreement_id", Kind::Agreement, true, "");
    signature.parentColumns << s("promise_set_id");
    signature.parentKinds << Kind::PromiseSet;
    signature.agreementSql = direct("signatures");
    signature.fields = {ref("person", "person_id", "people"),
                        text("name", "name"),
                        text("title", "title"),
                        ref("party", "party_id", "parties"),
                        text("place", "place"),
                        field("date", "date", T::Date),
                        field("signed", "signed", T::Bool)};
    all << signature;

    KindSpec comment =
        kindSpec(Kind::Comment, "comments", "agreement_id", Kind::Agreement, false, "");
    comment.agreementSql = direct("comments");
    comment.fields = {text("section", "section"), text("author", "author"),
                      text("createdAt", "written_at"), text("text", "text"),
                      field("resolved", "resolved", T::Bool)};
    all << comment;

    KindSpec reply =
        kindSpec(Kind::CommentReply, "comment_replies", "comment_id", Kind::Comment, false,
                 "SELECT c.agreement_id FROM comment_replies r JOIN comments c "
                 "ON c.id = r.comment_id WHERE r.id = ?1");
    reply.fields = {text("author", "author"), text("createdAt", "written_at"),
                    text("text", "text")};
    all << reply;

    KindSpec check =
        kindSpec(Kind::CheckItem, "check_items", "agreement_id", Kind::Agreement, false, "");
    check.agreementSql = direct("check_items");
    check.fields = {field("step", "step", T::Int), text("text", "text"),
                    field("done", "done", T::Bool)};
    all << check;

    KindSpec promiseSet = kindSpec(Kind::PromiseSet, "promise_sets", "", Kind::PromiseSet, false,
                                   "SELECT agreement_id FROM promise_sets WHERE id = ?1");
    promiseSet.fields = {
        text("title", "title"),
        ref("agreement", "agreement_id", "agreements"),
        field("fromYear", "from_year", T::OptInt),
        field("toYear", "to_year", T::OptInt),
        text("preamble", "preamble"),
        list("basis", T::EnumList, "promise_set_basis", "promise_set_id", "basis", "",
             allWords<core::PromiseBasis>()),
        enumeration("status", "status", allWords<core::PromiseSetStatus>(), false),
    };
    all << promiseSet;

    KindSpec promise =
        kindSpec(Kind::Promise, "promises", "promise_set_id", Kind::PromiseSet, false, "");
    promise.fields = {
        text("text", "text"),
        list("responsible", T::IdList, "promise_responsible", "promise_id", "party_id", "parties"),
        list("measures", T::IdList, "promise_measures", "promise_id", "measure_id", "measures"),
        enumeration("status", "status", allWords<core::MeasureStatus>(), false),
    };
    all << promise;

    KindSpec meeting = kindSpec(Kind::Meeting, "meetings", "", Kind::Meeting, false, "");
    meeting.fields = {ref("agreement", "agreement_id", "agreements"),
                      text("group", "group_name"),
                      requiredDate("date", "date"),
                      text("attendees", "attendees"),
                      text("notes", "notes"),
                      text("decisions", "decisions")};
    all << meeting;

    KindSpec attachment =
        kindSpec(Kind::Attachment, "attachments", "", Kind::Attachment, false, "");
    attachment.fields = {ref("agreement", "agreement_id", "agreements"),
                         text("name", "name"),
                         text("mediaType", "media_type"),
                         text("sha256", "sha256"),
                         text("note", "note"),
                         field("data", "data", T::Blob)};
    all << attachment;

    // Population has no id: the schema keys it by (municipality code, year), the same
    // key the statistics import upserts by.
    KindSpec population = kindSpec(Kind::Population, "population", "", Kind::Population, false, "");
    population.ordered = false;
    population.idSql = s("(municipality_code || ':' || year)");
    population.fields = {text("municipalityCode", "municipality_code"),
                         field("year", "year", T::Int), field("value", "value", T::Int)};
    population.fields[0].key = true;
    population.fields[1].key = true;
    all << population;

    return all;
}

} // namespace

const QList<KindSpec> &FieldRegistry::all()
{
    static const QList<KindSpec> registry = buildRegistry();
    return registry;
}

const KindSpec &FieldRegistry::kind(RecordKind kind)
{
    for (const KindSpec &spec : all())
        if (spec.kind == kind)
            return spec;
    return all().first(); // every RecordKind is registered (tested)
}

const KindSpec *FieldRegistry::kindForTable(const QString &table)
{
    for (const KindSpec &spec : all())
        if (spec.table == table)
            return &spec;
    return nullptr;
}

const FieldSpec *KindSpec::field(const QString &name) const
{
    for (const FieldSpec &spec : fields)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

QStringList KindSpec::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &spec : fields)
        names << spec.name;
    return names;
}

} // namespace samverka::storage
