#include "RowBuilder.h"

#include "entities/Entities.h"

#include <QCryptographicHash>
#include <QUuid>

namespace samverka::storage {

namespace {
using V = QVariantMap;

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

/// An id given by the document, or the file's own id flagged as internal.
void putId(V &values, const QString &id)
{
    values.insert(s("id"), id.isEmpty() ? RowBuilder::newId() : id);
    values.insert(s("id_is_internal"), qint64(id.isEmpty() ? 1 : 0));
}

/// A record's own row as its entity declares it: id, parent, fields, position.
template <typename T>
V ownRow(const Entity<T> &entity, const T &record, const QString &parentColumn,
         const QString &parentId, int position)
{
    V v;
    if (!parentColumn.isEmpty())
        v.insert(parentColumn, parentId);
    entity.store(record, v);
    v.insert(s("position"), qint64(position));
    return v;
}

/// A record with an id of its own (given by the document) and its list fields.
template <typename T>
RecordRows recordRows(const Entity<T> &entity, const T &record, const QString &parentId,
                      int position)
{
    const QString parentColumn = entity.spec().parentColumns.value(0);
    V v = ownRow(entity, record, parentColumn, parentId, position);
    v.insert(s("id"), record.id);
    return {TableRow{entity.spec().table, v}, entity.storeLists(record, record.id)};
}

/// The rows of an id-less array under owner: each gets a new id of the file's own,
/// which comparisons leave out (a merge replaces the array only when its content differs).
template <typename T>
ChildRows arrayRows(const Entity<T> &entity, const QList<T> &records, const QString &ownerId)
{
    const QString owner = entity.spec().parentColumns.value(0);
    ChildRows out{entity.spec().table, owner, ownerId, {}, {s("id")}};
    for (qsizetype i = 0; i < records.size(); ++i) {
        V v = ownRow(entity, records.at(i), owner, ownerId, int(i));
        v.insert(s("id"), RowBuilder::newId());
        out.rows << TableRow{out.table, v};
    }
    return out;
}

TableRow signatureRow(const core::Signature &sig, const char *ownerColumn, const QString &owner,
                      int position)
{
    V v = ownRow(entities::signature(), sig, s(ownerColumn), owner, position);
    putId(v, sig.id);
    return TableRow{s("signatures"), v};
}
} // namespace

QVariant RowBuilder::text(const QString &value)
{
    return stored::put(value, FieldType::Text);
}

QVariant RowBuilder::ref(const QString &value)
{
    return stored::put(value, FieldType::Ref);
}

QVariant RowBuilder::date(const QDate &value)
{
    return stored::put(value, FieldType::Date);
}

QVariant RowBuilder::flag(bool value)
{
    return stored::put(value, FieldType::Bool);
}

QString RowBuilder::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RecordRows RowBuilder::party(const core::Party &party, int position)
{
    return recordRows(entities::party(), party, {}, position);
}

RecordRows RowBuilder::person(const core::Person &p, int position)
{
    return recordRows(entities::person(), p, {}, position);
}

RecordRows RowBuilder::agreement(const core::Agreement &a)
{
    RecordRows out;
    const QString id = a.id;
    V main;
    entities::agreement().store(a, main);
    main.insert(s("id"), id);
    out.main = TableRow{s("agreements"), main};
    out.children << entities::agreement().storeLists(a, id);
    out.children << arrayRows(entities::diaryNumber(), a.diaryNumbers, id);
    out.children << arrayRows(entities::startingPoint(), a.part1.startingPoints, id);

    const QString owner = s("agreement_id");
    ChildRows commitments{s("commitments"), owner, id, {}, {s("id")}};
    int position = 0;
    for (int part : {1, 2}) {
        for (const core::Commitment &c : part == 1 ? a.part1.commitments : a.part2.commitments) {
            V v = ownRow(entities::commitment(), c, owner, id, position++);
            v.insert(s("part"), qint64(part));
            putId(v, c.id);
            commitments.rows << TableRow{commitments.table, v};
        }
    }
    out.children << commitments;

    // Members are replaced with their groups (deleting a group cascades to them).
    ChildRows groups{s("groups"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.part1.groups.size(); ++i) {
        const core::Group &g = a.part1.groups.at(i);
        V v = ownRow(entities::group(), g, owner, id, int(i));
        putId(v, g.id);
        const QString groupId = v.value(s("id")).toString();
        groups.rows << TableRow{groups.table, v};
        groups.rows << arrayRows(entities::groupMember(), g.members, groupId).rows;
    }
    out.children << groups;
    out.children << arrayRows(entities::coordinator(), a.part1.coordinators, id);
    out.children << arrayRows(entities::reportingRule(), a.part1.reporting, id);

    ChildRows signatures{s("signatures"), owner, id, {}, {s("id")}};
    for (qsizetype i = 0; i < a.signatures.size(); ++i)
        signatures.rows << signatureRow(a.signatures.at(i), "agreement_id", id, int(i));
    out.children << signatures;
    return out;
}

RecordRows RowBuilder::problem(const core::Problem &p, const QString &agreementId, int position)
{
    return recordRows(entities::problem(), p, agreementId, position);
}

RecordRows RowBuilder::cause(const core::Cause &c, const QString &problemId, int position)
{
    return recordRows(entities::cause(), c, problemId, position);
}

RecordRows RowBuilder::focusArea(const core::FocusArea &f, const QString &agreementId, int position)
{
    return recordRows(entities::focusArea(), f, agreementId, position);
}

RecordRows RowBuilder::goal(const core::Goal &g, const QString &agreementId, int position)
{
    return recordRows(entities::goal(), g, agreementId, position);
}

RecordRows RowBuilder::measure(const core::Measure &m, const QString &agreementId, int position)
{
    return recordRows(entities::measure(), m, agreementId, position);
}

RecordRows RowBuilder::followUp(const core::FollowUp &f, const QString &agreementId, int position)
{
    return recordRows(entities::followUp(), f, agreementId, position);
}

RecordRows RowBuilder::comment(const core::ReviewComment &c, const QString &agreementId,
                               int position, const QString &internalId)
{
    V v = ownRow(entities::comment(), c, s("agreement_id"), agreementId, position);
    putId(v, c.id);
    if (c.id.isEmpty() && !internalId.isEmpty())
        v.insert(s("id"), internalId);
    const QString id = v.value(s("id")).toString();
    return {TableRow{s("comments"), v}, {arrayRows(entities::commentReply(), c.replies, id)}};
}

RecordRows RowBuilder::checkItem(const core::CheckItem &item, const QString &agreementId,
                                 int position)
{
    RecordRows out = recordRows(entities::checkItem(), item, agreementId, position);
    if (item.id.isEmpty())
        out.main.values.insert(s("id"), newId());
    return out;
}

RecordRows RowBuilder::promiseSet(const core::CitizenPromiseSet &set, int position)
{
    RecordRows out = recordRows(entities::promiseSet(), set, {}, position);
    ChildRows signatures{s("signatures"), s("promise_set_id"), set.id, {}, {s("id")}};
    for (qsizetype i = 0; i < set.signatures.size(); ++i)
        signatures.rows << signatureRow(set.signatures.at(i), "promise_set_id", set.id, int(i));
    out.children << signatures;
    return out;
}

RecordRows RowBuilder::promise(const core::CitizenPromise &p, const QString &setId, int position)
{
    return recordRows(entities::promise(), p, setId, position);
}

RecordRows RowBuilder::meeting(const core::Meeting &m, int position)
{
    return recordRows(entities::meeting(), m, {}, position);
}

RecordRows RowBuilder::attachment(const core::Attachment &a, int position)
{
    RecordRows out = recordRows(entities::attachment(), a, {}, position);
    V &v = out.main.values;
    if (!a.hasData) {
        v.remove(s("data")); // a merge keeps the bytes the file has
    } else if (a.sha256.isEmpty()) {
        v.insert(s("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex()));
    }
    return out;
}

TableRow RowBuilder::population(const core::Population &r, const QString &defaultCode)
{
    V v;
    entities::population().store(r, v);
    if (r.municipalityCode.isEmpty())
        v.insert(s("municipality_code"), text(defaultCode));
    return TableRow{s("population"), v};
}

TableRow RowBuilder::surveyIndicator(const core::SurveyIndicator &r)
{
    return TableRow{s("survey_indicators"),
                    V{{s("area_code"), text(r.areaCode)},
                      {s("indicator"), text(r.indicator)},
                      {s("year"), qint64(r.year)},
                      {s("value"), r.value},
                      {s("ci_low"), stored::put(r.ciLow, FieldType::OptReal)},
                      {s("ci_high"), stored::put(r.ciHigh, FieldType::OptReal)},
                      {s("source"), text(r.source)}}};
}

RecordRows RowBuilder::situationPicture(const core::SituationPicture &p, int position)
{
    return recordRows(entities::situationPicture(), p, {}, position);
}

RecordRows RowBuilder::situationSection(const core::SituationSection &section,
                                        const QString &pictureId, int position)
{
    return recordRows(entities::situationSection(), section, pictureId, position);
}

RecordRows RowBuilder::situationProblem(const core::SituationProblem &problem,
                                        const QString &pictureId, int position)
{
    return recordRows(entities::situationProblem(), problem, pictureId, position);
}

QList<TableRow> RowBuilder::allRows(const core::SituationPicture &p, int position)
{
    QList<TableRow> out;
    const auto add = [&out](const RecordRows &record) {
        out << record.main;
        for (const ChildRows &children : record.children)
            out << children.rows;
    };
    add(situationPicture(p, position));
    for (int i = 0; i < p.sections.size(); ++i)
        add(situationSection(p.sections.at(i), p.id, i));
    for (int i = 0; i < p.problems.size(); ++i)
        add(situationProblem(p.problems.at(i), p.id, i));
    return out;
}

RecordRows RowBuilder::measurePlan(const core::MeasurePlan &plan, int position)
{
    return recordRows(entities::measurePlan(), plan, {}, position);
}

RecordRows RowBuilder::planFollowUpDate(const core::PlanFollowUpDate &date, const QString &planId,
                                        int position)
{
    return recordRows(entities::planFollowUpDate(), date, planId, position);
}

RecordRows RowBuilder::planRow(const core::PlanRow &row, const QString &planId, int position)
{
    return recordRows(entities::planRow(), row, planId, position);
}

RecordRows RowBuilder::planRating(const core::PlanRating &rating, const QString &rowId,
                                  int position)
{
    return recordRows(entities::planRating(), rating, rowId, position);
}

QList<TableRow> RowBuilder::allRows(const core::MeasurePlan &plan, int position)
{
    QList<TableRow> out;
    const auto add = [&out](const RecordRows &record) {
        out << record.main;
        for (const ChildRows &children : record.children)
            out << children.rows;
    };
    add(measurePlan(plan, position));
    for (int i = 0; i < plan.followUpDates.size(); ++i)
        add(planFollowUpDate(plan.followUpDates.at(i), plan.id, i));
    for (int i = 0; i < plan.rows.size(); ++i) {
        const core::PlanRow &row = plan.rows.at(i);
        add(planRow(row, plan.id, i));
        for (int k = 0; k < row.ratings.size(); ++k)
            add(planRating(row.ratings.at(k), row.id, k));
    }
    return out;
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
