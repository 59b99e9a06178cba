#include "RowBuilder.h"

#include <QCryptographicHash>
#include <QUuid>

namespace samverka::storage {

namespace {
using V = QVariantMap;

template <typename E> QVariant optWord(const std::optional<E> &value)
{
    return value ? QVariant(core::toWord(*value)) : QVariant();
}

template <typename T> QVariant opt(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

/// Rows of a link or list table: owner column, value column, position.
ChildRows listRows(const char *table, const char *ownerColumn, const QString &ownerId,
                   const char *valueColumn, const QStringList &values)
{
    ChildRows children{s(table), s(ownerColumn), ownerId, {}, {}};
    for (qsizetype i = 0; i < values.size(); ++i)
        children.rows << TableRow{children.table, V{{children.ownerColumn, ownerId},
                                                    {s(valueColumn), values.at(i)},
                                                    {s("position"), qint64(i)}}};
    return children;
}

template <typename E> QStringList words(const QList<E> &values)
{
    QStringList out;
    for (const E value : values)
        out << core::toWord(value);
    return out;
}

/// An id given by the document, or the file's own id flagged as internal.
void putId(V &values, const QString &id)
{
    values.insert(s("id"), id.isEmpty() ? RowBuilder::newId() : id);
    values.insert(s("id_is_internal"), qint64(id.isEmpty() ? 1 : 0));
}

TableRow signatureRow(const core::Signature &sig, const char *ownerColumn, const QString &owner,
                      int position)
{
    V v{{s(ownerColumn), owner},
        {s("person_id"), RowBuilder::ref(sig.person)},
        {s("name"), RowBuilder::text(sig.name)},
        {s("title"), RowBuilder::text(sig.title)},
        {s("party_id"), RowBuilder::ref(sig.party)},
        {s("place"), RowBuilder::text(sig.place)},
        {s("date"), RowBuilder::date(sig.date)},
        {s("signed"), RowBuilder::flag(sig.signed_)},
        {s("position"), qint64(position)}};
    putId(v, sig.id);
    return TableRow{s("signatures"), v};
}
} // namespace

QVariant RowBuilder::text(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("") : value;
}

QVariant RowBuilder::ref(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant RowBuilder::date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant RowBuilder::flag(bool value)
{
    return qint64(value ? 1 : 0);
}

QString RowBuilder::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RecordRows RowBuilder::party(const core::Party &party, int position)
{
    return {TableRow{s("parties"), V{{s("id"), party.id},
                                     {s("kind"), core::toWord(party.kind)},
                                     {s("name"), text(party.name)},
                                     {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::person(const core::Person &p, int position)
{
    return {TableRow{s("people"), V{{s("id"), p.id},
                                    {s("name"), text(p.name)},
                                    {s("title"), text(p.title)},
                                    {s("party_id"), ref(p.party)},
                                    {s("email"), text(p.email)},
                                    {s("phone"), text(p.phone)},
                                    {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::agreement(const core::Agreement &a)
{
    RecordRows out;
    out.main =
        TableRow{s("agreements"),
                 V{{s("id"), a.id},
                   {s("title"), text(a.title)},
                   {s("status"), core::toWord(a.status)},
                   {s("replaces"), ref(a.replaces)},
                   {s("valid_from"), date(a.validFrom)},
                   {s("valid_from_signing"), flag(a.validFromSigning)},
                   {s("valid_to"), date(a.validTo)},
                   {s("continues_until_further_notice"), flag(a.continuesUntilFurtherNotice)},
                   {s("part1_introduction"), text(a.part1.introduction)},
                   {s("part1_purpose"), text(a.part1.purpose)},
                   {s("part1_collaboration_model"), text(a.part1.collaborationModel)},
                   {s("part1_communication_plan"), text(a.part1.communicationPlan)},
                   {s("part1_follow_up_plan"), text(a.part1.followUpPlan)},
                   {s("part2_text"), text(a.part2.text)},
                   {s("fingerprint"), text(a.fingerprint)},
                   {s("decided_by"), text(a.decidedBy)},
                   {s("decided_on"), date(a.decidedOn)}}};
    const QString id = a.id;
    const QString owner = s("agreement_id");

    out.children << listRows("agreement_parties", "agreement_id", id, "party_id", a.parties);

    ChildRows diary{s("diary_numbers"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.diaryNumbers.size(); ++i)
        diary.rows << TableRow{diary.table, V{{s("id"), newId()},
                                              {owner, id},
                                              {s("party_id"), ref(a.diaryNumbers.at(i).party)},
                                              {s("number"), text(a.diaryNumbers.at(i).number)},
                                              {s("position"), qint64(i)}}};
    out.children << diary;

    // The exchange format keeps starting points as plain texts: each row gets the file's
    // own id, left out when comparing (a merge replaces the list only when a text differs).
    ChildRows starting{s("starting_points"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.part1.startingPoints.size(); ++i)
        starting.rows << TableRow{starting.table, V{{s("id"), newId()},
                                                    {owner, id},
                                                    {s("text"), text(a.part1.startingPoints.at(i))},
                                                    {s("position"), qint64(i)}}};
    out.children << starting;

    ChildRows commitments{s("commitments"), owner, id, {}, {s("id")}};
    int position = 0;
    for (int part : {1, 2}) {
        const auto &list = part == 1 ? a.part1.commitments : a.part2.commitments;
        for (const core::Commitment &c : list) {
            V v{{owner, id},
                {s("part"), qint64(part)},
                {s("party_id"), ref(c.party)},
                {s("text"), text(c.text)},
                {s("position"), qint64(position++)}};
            putId(v, c.id);
            commitments.rows << TableRow{commitments.table, v};
        }
    }
    out.children << commitments;

    // Members are replaced with their groups (deleting a group cascades to them).
    ChildRows groups{s("groups"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.part1.groups.size(); ++i) {
        const core::Group &g = a.part1.groups.at(i);
        V v{{owner, id},
            {s("kind"), core::toWord(g.kind)},
            {s("name"), text(g.name)},
            {s("meeting_frequency"), text(g.meetingFrequency)},
            {s("position"), qint64(i)}};
        putId(v, g.id);
        const QString groupId = v.value(s("id")).toString();
        groups.rows << TableRow{groups.table, v};
        for (qsizetype m = 0; m < g.members.size(); ++m)
            groups.rows << TableRow{s("group_members"),
                                    V{{s("id"), newId()},
                                      {s("group_id"), groupId},
                                      {s("person_id"), ref(g.members.at(m).person)},
                                      {s("role"), text(g.members.at(m).role)},
                                      {s("position"), qint64(m)}}};
    }
    out.children << groups;

    ChildRows coordinators{s("coordinators"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.part1.coordinators.size(); ++i)
        coordinators.rows << TableRow{coordinators.table,
                                      V{{s("id"), newId()},
                                        {owner, id},
                                        {s("party_id"), ref(a.part1.coordinators.at(i).party)},
                                        {s("person_id"), ref(a.part1.coordinators.at(i).person)},
                                        {s("position"), qint64(i)}}};
    out.children << coordinators;

    ChildRows reporting{s("reporting_rules"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.part1.reporting.size(); ++i)
        reporting.rows << TableRow{
            reporting.table, V{{s("id"), newId()},
                               {owner, id},
                               {s("target"), core::toWord(a.part1.reporting.at(i).to)},
                               {s("every_months"), qint64(a.part1.reporting.at(i).everyMonths)},
                               {s("position"), qint64(i)}}};
    out.children << reporting;

    ChildRows signatures{s("signatures"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.signatures.size(); ++i)
        signatures.rows << signatureRow(a.signatures.at(i), "agreement_id", id, int(i));
    out.children << signatures;
    return out;
}

RecordRows RowBuilder::problem(const core::Problem &p, const QString &agreementId, int position)
{
    RecordRows out;
    out.main = TableRow{s("problems"), V{{s("id"), p.id},
                                         {s("agreement_id"), agreementId},
                                         {s("title"), text(p.title)},
                                         {s("description"), text(p.description)},
                                         {s("category"), optWord(p.category)},
                                         {s("place"), text(p.place)},
                                         {s("time_pattern"), text(p.timePattern)},
                                         {s("contributed_by"), optWord(p.contributedBy)},
                                         {s("contributed_by_party"), ref(p.contributedByParty)},
                                         {s("prioritized"), flag(p.prioritized)},
                                         {s("priority"), opt(p.priority)},
                                         {s("confidential"), flag(p.confidential)},
                                         {s("position"), qint64(position)}}};
    out.children << listRows("problem_sources", "problem_id", p.id, "source", words(p.sources))
                 << listRows("problem_priority_reasons", "problem_id", p.id, "reason",
                             words(p.priorityReasons))
                 << listRows("problem_crime_categories", "problem_id", p.id, "category",
                             p.crimeCategories);
    return out;
}

RecordRows RowBuilder::cause(const core::Cause &c, const QString &problemId, int position)
{
    return {TableRow{s("causes"), V{{s("id"), c.id},
                                    {s("problem_id"), problemId},
                                    {s("number"), qint64(c.number)},
                                    {s("text"), text(c.text)},
                                    {s("perspective"), optWord(c.perspective)},
                                    {s("proximity"), optWord(c.proximity)},
                                    {s("nature"), optWord(c.nature)},
                                    {s("risk_domain"), optWord(c.riskDomain)},
                                    {s("within_mandate"), flag(c.withinMandate)},
                                    {s("confidential"), flag(c.confidential)},
                                    {s("information_holder"), ref(c.informationHolder)},
                                    {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::focusArea(const core::FocusArea &f, const QString &agreementId, int position)
{
    return {TableRow{s("focus_areas"), V{{s("id"), f.id},
                                         {s("agreement_id"), agreementId},
                                         {s("title"), text(f.title)},
                                         {s("background"), text(f.background)},
                                         {s("position"), qint64(position)}}},
            {listRows("focus_area_problems", "focus_area_id", f.id, "problem_id", f.problems)}};
}

RecordRows RowBuilder::goal(const core::Goal &g, const QString &agreementId, int position)
{
    return {TableRow{s("goals"), V{{s("id"), g.id},
                                   {s("agreement_id"), agreementId},
                                   {s("kind"), core::toWord(g.kind)},
                                   {s("text"), text(g.text)},
                                   {s("parent_id"), ref(g.parent)},
                                   {s("focus_area_id"), ref(g.focusArea)},
                                   {s("problem_id"), ref(g.problem)},
                                   {s("indicator"), text(g.indicator)},
                                   {s("unit"), text(g.unit)},
                                   {s("source"), text(g.source)},
                                   {s("baseline_value"), opt(g.baseline.value)},
                                   {s("baseline_date"), date(g.baseline.date)},
                                   {s("target_value"), opt(g.target.value)},
                                   {s("target_date"), date(g.target.date)},
                                   {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::measure(const core::Measure &m, const QString &agreementId, int position)
{
    RecordRows out;
    out.main = TableRow{s("measures"), V{{s("id"), m.id},
                                         {s("agreement_id"), agreementId},
                                         {s("title"), text(m.title)},
                                         {s("description"), text(m.description)},
                                         {s("focus_area_id"), ref(m.focusArea)},
                                         {s("type"), optWord(m.type)},
                                         {s("aimed_at"), optWord(m.aimedAt)},
                                         {s("horizon"), optWord(m.horizon)},
                                         {s("responsible_person_id"), ref(m.responsiblePerson)},
                                         {s("responsible_text"), text(m.responsibleText)},
                                         {s("when_text"), text(m.when)},
                                         {s("start_date"), date(m.start)},
                                         {s("end_date"), date(m.end)},
                                         {s("method"), text(m.method)},
                                         {s("budget_sek"), opt(m.budgetSek)},
                                         {s("hours"), opt(m.hours)},
                                         {s("planned_count"), opt(m.plannedCount)},
                                         {s("status"), core::toWord(m.status)},
                                         {s("confidential"), flag(m.confidential)},
                                         {s("position"), qint64(position)}}};
    out.children << listRows("measure_causes", "measure_id", m.id, "cause_id", m.causes)
                 << listRows("measure_goals", "measure_id", m.id, "goal_id", m.goals)
                 << listRows("measure_responsible", "measure_id", m.id, "party_id", m.responsible);
    return out;
}

RecordRows RowBuilder::followUp(const core::FollowUp &f, const QString &agreementId, int position)
{
    return {TableRow{s("follow_ups"), V{{s("id"), f.id},
                                        {s("agreement_id"), agreementId},
                                        {s("date"), date(f.date)},
                                        {s("kind"), core::toWord(f.kind)},
                                        {s("measure_id"), ref(f.measure)},
                                        {s("goal_id"), ref(f.goal)},
                                        {s("text"), text(f.text)},
                                        {s("author"), text(f.author)},
                                        {s("value"), opt(f.value)},
                                        {s("count"), opt(f.count)},
                                        {s("assessment"), optWord(f.assessment)},
                                        {s("reported_to"), optWord(f.reportedTo)},
                                        {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::comment(const core::ReviewComment &c, const QString &agreementId,
                               int position, const QString &internalId)
{
    V v{{s("agreement_id"), agreementId}, {s("section"), text(c.section)},
        {s("author"), text(c.author)},    {s("written_at"), text(c.createdAt)},
        {s("text"), text(c.text)},        {s("resolved"), flag(c.resolved)},
        {s("position"), qint64(position)}};
    putId(v, c.id);
    if (c.id.isEmpty() && !internalId.isEmpty())
        v.insert(s("id"), internalId);
    const QString id = v.value(s("id")).toString();
    ChildRows replies{s("comment_replies"), s("comment_id"), id, {}, {s("id")}};
    for (qsizetype i = 0; i < c.replies.size(); ++i)
        replies.rows << TableRow{replies.table,
                                 V{{s("id"), newId()},
                                   {s("comment_id"), id},
                                   {s("author"), text(c.replies.at(i).author)},
                                   {s("written_at"), text(c.replies.at(i).createdAt)},
                                   {s("text"), text(c.replies.at(i).text)},
                                   {s("position"), qint64(i)}}};
    return {TableRow{s("comments"), v}, {replies}};
}

RecordRows RowBuilder::checkItem(const core::CheckItem &item, const QString &agreementId,
                                 int position)
{
    return {TableRow{s("check_items"), V{{s("id"), item.id.isEmpty() ? newId() : item.id},
                                         {s("agreement_id"), agreementId},
                                         {s("step"), qint64(item.step)},
                                         {s("text"), text(item.text)},
                                         {s("done"), flag(item.done)},
                                         {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::promiseSet(const core::CitizenPromiseSet &set, int position)
{
    RecordRows out;
    out.main = TableRow{s("promise_sets"), V{{s("id"), set.id},
                                             {s("title"), text(set.title)},
                                             {s("agreement_id"), ref(set.agreement)},
                                             {s("from_year"), opt(set.fromYear)},
                                             {s("to_year"), opt(set.toYear)},
                                             {s("preamble"), text(set.preamble)},
                                             {s("status"), core::toWord(set.status)},
                                             {s("position"), qint64(position)}}};
    out.children << listRows("promise_set_basis", "promise_set_id", set.id, "basis",
                             words(set.basis));
    ChildRows signatures{s("signatures"), s("promise_set_id"), set.id, {}, {s("id")}};
    for (qsizetype i = 0; i < set.signatures.size(); ++i)
        signatures.rows << signatureRow(set.signatures.at(i), "promise_set_id", set.id, int(i));
    out.children << signatures;
    return out;
}

RecordRows RowBuilder::promise(const core::CitizenPromise &p, const QString &setId, int position)
{
    RecordRows out;
    out.main = TableRow{s("promises"), V{{s("id"), p.id},
                                         {s("promise_set_id"), setId},
                                         {s("text"), text(p.text)},
                                         {s("status"), core::toWord(p.status)},
                                         {s("position"), qint64(position)}}};
    out.children << listRows("promise_responsible", "promise_id", p.id, "party_id", p.responsible)
                 << listRows("promise_measures", "promise_id", p.id, "measure_id", p.measures);
    return out;
}

RecordRows RowBuilder::meeting(const core::Meeting &m, int position)
{
    return {TableRow{s("meetings"), V{{s("id"), m.id},
                                      {s("agreement_id"), ref(m.agreement)},
                                      {s("group_name"), text(m.group)},
                                      {s("date"), date(m.date)},
                                      {s("attendees"), text(m.attendees)},
                                      {s("notes"), text(m.notes)},
                                      {s("decisions"), text(m.decisions)},
                                      {s("position"), qint64(position)}}},
            {}};
}

RecordRows RowBuilder::attachment(const core::Attachment &a, int position)
{
    V v{{s("id"), a.id},
        {s("agreement_id"), ref(a.agreement)},
        {s("name"), text(a.name)},
        {s("media_type"), text(a.mediaType)},
        {s("sha256"), text(a.sha256)},
        {s("note"), text(a.note)},
        {s("position"), qint64(position)}};
    if (a.hasData) {
        v.insert(s("data"), a.data.isNull() ? QByteArray("") : a.data);
        if (a.sha256.isEmpty())
            v.insert(s("sha256"),
                     QString::fromLatin1(
                         QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex()));
    }
    return {TableRow{s("attachments"), v}, {}};
}

TableRow RowBuilder::population(const core::Population &r, const QString &defaultCode)
{
    return TableRow{s("population"),
                    V{{s("municipality_code"),
                       text(r.municipalityCode.isEmpty() ? defaultCode : r.municipalityCode)},
                      {s("year"), qint64(r.year)},
                      {s("value"), qint64(r.value)}}};
}

TableRow RowBuilder::surveyIndicator(const core::SurveyIndicator &r)
{
    return TableRow{s("survey_indicators"), V{{s("area_code"), text(r.areaCode)},
                                              {s("indicator"), text(r.indicator)},
                                              {s("year"), qint64(r.year)},
                                              {s("value"), r.value},
                                              {s("ci_low"), opt(r.ciLow)},
                                              {s("ci_high"), opt(r.ciHigh)},
                                              {s("source"), text(r.source)}}};
}

QList<TableRow> RowBuilder::allRows(const core::Agreement &a)
{
    QList<TableRow> out;
    const auto add = [&out](const RecordRows &record) {
        out << record.main;
        for (const ChildRows &children : record.children)
            out << children.rows;
    };
    add(agreement(a));
    for (int i = 0; i < a.problems.size(); ++i) {
        add(problem(a.problems.at(i), a.id, i));
        for (int c = 0; c < a.problems.at(i).causes.size(); ++c)
            add(cause(a.problems.at(i).causes.at(c), a.problems.at(i).id, c));
    }
    for (int i = 0; i < a.focusAreas.size(); ++i)
        add(focusArea(a.focusAreas.at(i), a.id, i));
    for (int i = 0; i < a.goals.size(); ++i)
        add(goal(a.goals.at(i), a.id, i));
    for (int i = 0; i < a.measures.size(); ++i)
        add(measure(a.measures.at(i), a.id, i));
    for (int i = 0; i < a.followUps.size(); ++i)
        add(followUp(a.followUps.at(i), a.id, i));
    for (int i = 0; i < a.comments.size(); ++i)
        add(comment(a.comments.at(i), a.id, i));
    for (int i = 0; i < a.checkItems.size(); ++i)
        add(checkItem(a.checkItems.at(i), a.id, i));
    return out;
}

} // namespace samverka::storage
