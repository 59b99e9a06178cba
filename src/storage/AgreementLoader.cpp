#include "AgreementLoader.h"

#include "Database.h"
#include "ReadTransaction.h"
#include "Statement.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace samverka::storage {

namespace {

template <typename E> std::optional<E> optWord(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return core::fromWord<E>(st.text(column));
}

template <typename E> E word(const Statement &st, int column, E fallback)
{
    return core::fromWord<E>(st.text(column)).value_or(fallback);
}

QDate date(const Statement &st, int column)
{
    return st.isNull(column) ? QDate() : QDate::fromString(st.text(column), Qt::ISODate);
}

QString ref(const Statement &st, int column)
{
    return st.isNull(column) ? QString() : st.text(column);
}

std::optional<int> optInt(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.integer(column);
}

/// The SQL with each "(?1 IS NULL OR <column> = ?1)" made "<column> = ?1" (one agreement) or
/// "1" (all agreements), so that the index on the column is used when it can be.
QString withAgreementFilter(const QString &sql, bool oneAgreement)
{
    static const QRegularExpression filter(
        QStringLiteral("\\(\\?1 IS NULL OR ([a-z_.]+) = \\?1\\)"));
    QString out = sql;
    out.replace(filter, oneAgreement ? QStringLiteral("\\1 = ?1") : QStringLiteral("1"));
    return out;
}

/// The agreements' own rows, in display order (validFrom, undated last, then title).
QString agreementRowSql()
{
    return QStringLiteral("SELECT id, title, status, replaces, valid_from, valid_from_signing, "
                          "valid_to, continues_until_further_notice, part1_introduction, "
                          "part1_purpose, part1_collaboration_model, part1_communication_plan, "
                          "part1_follow_up_plan, part2_text, fingerprint, decided_by, decided_on "
                          "FROM agreements WHERE (?1 IS NULL OR id = ?1) "
                          "ORDER BY valid_from IS NULL, valid_from, title, id");
}

/// An agreement with what agreementRowSql() reads, no children.
core::Agreement agreementRow(const Statement &st)
{
    core::Agreement a;
    a.id = st.text(0);
    a.title = st.text(1);
    a.status = word(st, 2, core::AgreementStatus::Draft);
    a.replaces = ref(st, 3);
    a.validFrom = date(st, 4);
    a.validFromSigning = st.int64(5) != 0;
    a.validTo = date(st, 6);
    a.continuesUntilFurtherNotice = st.int64(7) != 0;
    a.part1.introduction = st.text(8);
    a.part1.purpose = st.text(9);
    a.part1.collaborationModel = st.text(10);
    a.part1.communicationPlan = st.text(11);
    a.part1.followUpPlan = st.text(12);
    a.part2.text = st.text(13);
    a.fingerprint = st.text(14);
    a.decidedBy = st.text(15);
    a.decidedOn = date(st, 16);
    return a;
}

/// Where a nested record lives: agreement index and index in its list.
using Place = QPair<int, int>;

} // namespace

AgreementLoader::AgreementLoader(Database &db)
    : m_db(db)
{}

QList<core::Agreement> AgreementLoader::load(const QString &onlyId) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Agreement> out;
    QHash<QString, int> index;
    // Runs sql and hands every row on. Its "(?1 IS NULL OR <column> = ?1)" filters by one
    // agreement; it is rewritten before preparing, into "<column> = ?1" for one agreement
    // and "1" for all, because SQLite plans a statement once, for any ?1, and with the OR
    // it scans the whole table (and every link table) even for one agreement.
    const auto each = [&](const QString &sql, const std::function<void(Statement &)> &row) {
        Statement st = m_db.prepare(withAgreementFilter(sql, !onlyId.isEmpty()));
        if (!onlyId.isEmpty())
            st.bind(1, onlyId);
        while (st.step())
            row(st);
    };
    const auto owner = [&](const Statement &st) -> core::Agreement * {
        auto it = index.constFind(st.text(0));
        return it == index.constEnd() ? nullptr : &out[*it];
    };
    const QString byAgreement = QStringLiteral("(?1 IS NULL OR agreement_id = ?1)");

    each(agreementRowSql(), [&](Statement &st) {
        core::Agreement a = agreementRow(st);
        index.insert(a.id, int(out.size()));
        out << a;
    });
    if (out.isEmpty())
        return out;

    each(QStringLiteral("SELECT agreement_id, party_id FROM agreement_parties WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st))
                 a->parties << st.text(1);
         });
    each(QStringLiteral("SELECT agreement_id, party_id, number, id FROM diary_numbers WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st))
                 a->diaryNumbers << core::DiaryNumber{ref(st, 1), st.text(2), {st.text(3)}};
         });
    each(QStringLiteral("SELECT agreement_id, text, id FROM starting_points WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 a->part1.startingPoints << st.text(1);
                 a->part1.startingPointIds.value << st.text(2);
             }
         });
    each(QStringLiteral("SELECT agreement_id, id, id_is_internal, part, party_id, text "
                        "FROM commitments WHERE %1 ORDER BY agreement_id, part, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::Commitment c{
                     st.int64(2) ? QString() : st.text(1), ref(st, 4), st.text(5), {st.text(1)}};
                 (st.integer(3) == 2 ? a->part2.commitments : a->part1.commitments) << c;
             }
         });

    QHash<QString, Place> groups;
    each(QStringLiteral("SELECT agreement_id, id, id_is_internal, kind, name, meeting_frequency "
                        "FROM groups WHERE %1 ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::Group g;
                 g.id = st.int64(2) ? QString() : st.text(1);
                 g.kind = word(st, 3, core::GroupKind::Other);
                 g.name = st.text(4);
                 g.meetingFrequency = st.text(5);
                 g.rowId.value = st.text(1);
                 groups.insert(st.text(1), {index.value(st.text(0)), int(a->part1.groups.size())});
                 a->part1.groups << g;
             }
         });
    each(QStringLiteral("SELECT m.group_id, m.person_id, m.role, m.id FROM group_members m "
                        "JOIN groups g ON g.id = m.group_id "
                        "WHERE (?1 IS NULL OR g.agreement_id = ?1) "
                        "ORDER BY m.group_id, m.position, m.rowid"),
         [&](Statement &st) {
             const auto it = groups.constFind(st.text(0));
             if (it != groups.constEnd())
                 out[it->first].part1.groups[it->second].members
                     << core::GroupMember{ref(st, 1), st.text(2), {st.text(3)}};
         });
    each(QStringLiteral("SELECT agreement_id, party_id, person_id, id FROM coordinators WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st))
                 a->part1.coordinators << core::Coordinator{ref(st, 1), ref(st, 2), {st.text(3)}};
         });
    each(QStringLiteral("SELECT agreement_id, target, every_months, id FROM reporting_rules "
                        "WHERE %1 ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st))
                 a->part1.reporting << core::ReportingRule{
                     word(st, 1, core::ReportingTarget::Other), st.integer(2), {st.text(3)}};
         });

    QHash<QString, Place> problems;
    each(QStringLiteral("SELECT agreement_id, id, title, description, category, place, "
                        "time_pattern, contributed_by, contributed_by_party, prioritized, "
                        "priority, confidential FROM problems WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::Problem p;
                 p.id = st.text(1);
                 p.title = st.text(2);
                 p.description = st.text(3);
                 p.category = optWord<core::ProblemCategory>(st, 4);
                 p.place = st.text(5);
                 p.timePattern = st.text(6);
                 p.contributedBy = optWord<core::Contributor>(st, 7);
                 p.contributedByParty = ref(st, 8);
                 p.prioritized = st.int64(9) != 0;
                 p.priority = optInt(st, 10);
                 p.confidential = st.int64(11) != 0;
                 problems.insert(p.id, {index.value(st.text(0)), int(a->problems.size())});
                 a->problems << p;
             }
         });
    const auto problemOf = [&](const QString &id) -> core::Problem * {
        const auto it = problems.constFind(id);
        return it == problems.constEnd() ? nullptr : &out[it->first].problems[it->second];
    };
    const QString byProblem = QStringLiteral(
        "JOIN problems p ON p.id = x.problem_id WHERE (?1 IS NULL OR p.agreement_id = ?1) "
        "ORDER BY x.problem_id, x.position, x.rowid");
    each(QStringLiteral("SELECT x.problem_id, x.source FROM problem_sources x %1").arg(byProblem),
         [&](Statement &st) {
             if (auto *p = problemOf(st.text(0)))
                 if (auto source = core::fromWord<core::ProblemSource>(st.text(1)))
                     p->sources << *source;
         });
    each(QStringLiteral("SELECT x.problem_id, x.reason FROM problem_priority_reasons x %1")
             .arg(byProblem),
         [&](Statement &st) {
             if (auto *p = problemOf(st.text(0)))
                 if (auto reason = core::fromWord<core::PriorityReason>(st.text(1)))
                     p->priorityReasons << *reason;
         });
    each(QStringLiteral("SELECT x.problem_id, x.category FROM problem_crime_categories x %1")
             .arg(byProblem),
         [&](Statement &st) {
             if (auto *p = problemOf(st.text(0)))
                 p->crimeCategories << st.text(1);
         });
    each(QStringLiteral("SELECT x.problem_id, x.id, x.number, x.text, x.perspective, x.proximity, "
                        "x.nature, x.risk_domain, x.within_mandate, x.confidential, "
                        "x.information_holder FROM causes x %1")
             .arg(byProblem),
         [&](Statement &st) {
             if (auto *p = problemOf(st.text(0))) {
                 core::Cause c;
                 c.id = st.text(1);
                 c.number = st.integer(2);
                 c.text = st.text(3);
                 c.perspective = optWord<core::Perspective>(st, 4);
                 c.proximity = optWord<core::Proximity>(st, 5);
                 c.nature = optWord<core::CauseNature>(st, 6);
                 c.riskDomain = optWord<core::RiskDomain>(st, 7);
                 c.withinMandate = st.int64(8) != 0;
                 c.confidential = st.int64(9) != 0;
                 c.informationHolder = ref(st, 10);
                 p->causes << c;
             }
         });

    QHash<QString, Place> focusAreas;
    each(
        QStringLiteral("SELECT agreement_id, id, title, background FROM focus_areas WHERE %1 "
                       "ORDER BY agreement_id, position, rowid")
            .arg(byAgreement),
        [&](Statement &st) {
            if (auto *a = owner(st)) {
                focusAreas.insert(st.text(1), {index.value(st.text(0)), int(a->focusAreas.size())});
                a->focusAreas << core::FocusArea{st.text(1), st.text(2), st.text(3), {}};
            }
        });
    each(QStringLiteral("SELECT x.focus_area_id, x.problem_id FROM focus_area_problems x "
                        "JOIN focus_areas f ON f.id = x.focus_area_id "
                        "WHERE (?1 IS NULL OR f.agreement_id = ?1) "
                        "ORDER BY x.focus_area_id, x.position, x.rowid"),
         [&](Statement &st) {
             const auto it = focusAreas.constFind(st.text(0));
             if (it != focusAreas.constEnd())
                 out[it->first].focusAreas[it->second].problems << st.text(1);
         });

    each(QStringLiteral("SELECT agreement_id, id, kind, text, parent_id, focus_area_id, "
                        "problem_id, indicator, unit, source, baseline_value, baseline_date, "
                        "target_value, target_date FROM goals WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::Goal g;
                 g.id = st.text(1);
                 g.kind = word(st, 2, core::GoalKind::Effect);
                 g.text = st.text(3);
                 g.parent = ref(st, 4);
                 g.focusArea = ref(st, 5);
                 g.problem = ref(st, 6);
                 g.indicator = st.text(7);
                 g.unit = st.text(8);
                 g.source = st.text(9);
                 g.baseline = core::GoalValue{st.optReal(10), date(st, 11)};
                 g.target = core::GoalValue{st.optReal(12), date(st, 13)};
                 a->goals << g;
             }
         });

    QHash<QString, Place> measures;
    each(QStringLiteral("SELECT agreement_id, id, title, description, focus_area_id, type, "
                        "aimed_at, horizon, responsible_person_id, responsible_text, when_text, "
                        "start_date, end_date, method, budget_sek, hours, planned_count, status, "
                        "confidential FROM measures WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::Measure m;
                 m.id = st.text(1);
                 m.title = st.text(2);
                 m.description = st.text(3);
                 m.focusArea = ref(st, 4);
                 m.type = optWord<core::MeasureType>(st, 5);
                 m.aimedAt = optWord<core::AimedAt>(st, 6);
                 m.horizon = optWord<core::Horizon>(st, 7);
                 m.responsiblePerson = ref(st, 8);
                 m.responsibleText = st.text(9);
                 m.when = st.text(10);
                 m.start = date(st, 11);
                 m.end = date(st, 12);
                 m.method = st.text(13);
                 m.budgetSek = st.optReal(14);
                 m.hours = st.optReal(15);
                 m.plannedCount = optInt(st, 16);
                 m.status = word(st, 17, core::MeasureStatus::Planned);
                 m.confidential = st.int64(18) != 0;
                 measures.insert(m.id, {index.value(st.text(0)), int(a->measures.size())});
                 a->measures << m;
             }
         });
    const auto measureLinks = [&](const char *table, const char *column,
                                  QStringList core::Measure::*list) {
        each(QStringLiteral("SELECT x.measure_id, x.%2 FROM %1 x JOIN measures m "
                            "ON m.id = x.measure_id WHERE (?1 IS NULL OR m.agreement_id = ?1) "
                            "ORDER BY x.measure_id, x.position, x.rowid")
                 .arg(QLatin1String(table), QLatin1String(column)),
             [&](Statement &st) {
                 const auto it = measures.constFind(st.text(0));
                 if (it != measures.constEnd())
                     (out[it->first].measures[it->second].*list) << st.text(1);
             });
    };
    measureLinks("measure_causes", "cause_id", &core::Measure::causes);
    measureLinks("measure_goals", "goal_id", &core::Measure::goals);
    measureLinks("measure_responsible", "party_id", &core::Measure::responsible);

    each(QStringLiteral("SELECT agreement_id, id, date, kind, measure_id, goal_id, text, author, "
                        "value, count, assessment, reported_to FROM follow_ups WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::FollowUp f;
                 f.id = st.text(1);
                 f.date = date(st, 2);
                 f.kind = word(st, 3, core::FollowUpKind::Process);
                 f.measure = ref(st, 4);
                 f.goal = ref(st, 5);
                 f.text = st.text(6);
                 f.author = st.text(7);
                 f.value = st.optReal(8);
                 f.count = optInt(st, 9);
                 f.assessment = optWord<core::Assessment>(st, 10);
                 f.reportedTo = optWord<core::ReportingTarget>(st, 11);
                 a->followUps << f;
             }
         });
    each(QStringLiteral("SELECT agreement_id, id, id_is_internal, person_id, name, title, "
                        "party_id, place, date, signed FROM signatures "
                        "WHERE agreement_id IS NOT NULL AND %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::Signature s;
                 s.id = st.int64(2) ? QString() : st.text(1);
                 s.person = ref(st, 3);
                 s.name = st.text(4);
                 s.title = st.text(5);
                 s.party = ref(st, 6);
                 s.place = st.text(7);
                 s.date = date(st, 8);
                 s.signed_ = st.int64(9) != 0;
                 s.rowId.value = st.text(1);
                 a->signatures << s;
             }
         });

    QHash<QString, Place> comments;
    each(QStringLiteral("SELECT agreement_id, id, id_is_internal, section, author, written_at, "
                        "text, resolved FROM comments WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st)) {
                 core::ReviewComment c;
                 c.id = st.int64(2) ? QString() : st.text(1);
                 c.section = st.text(3);
                 c.author = st.text(4);
                 c.createdAt = st.text(5);
                 c.text = st.text(6);
                 c.resolved = st.int64(7) != 0;
                 c.rowId.value = st.text(1);
                 comments.insert(st.text(1), {index.value(st.text(0)), int(a->comments.size())});
                 a->comments << c;
             }
         });
    each(QStringLiteral(
             "SELECT r.comment_id, r.author, r.written_at, r.text, r.id FROM comment_replies "
             "r JOIN comments c ON c.id = r.comment_id "
             "WHERE (?1 IS NULL OR c.agreement_id = ?1) "
             "ORDER BY r.comment_id, r.position, r.rowid"),
         [&](Statement &st) {
             const auto it = comments.constFind(st.text(0));
             if (it != comments.constEnd())
                 out[it->first].comments[it->second].replies
                     << core::CommentReply{st.text(1), st.text(2), st.text(3), {st.text(4)}};
         });
    each(QStringLiteral("SELECT agreement_id, id, step, text, done FROM check_items WHERE %1 "
                        "ORDER BY agreement_id, position, rowid")
             .arg(byAgreement),
         [&](Statement &st) {
             if (auto *a = owner(st))
                 a->checkItems << core::CheckItem{st.text(1), st.integer(2), st.text(3),
                                                  st.int64(4) != 0};
         });
    return out;
}

QList<core::Agreement> AgreementLoader::loadHeads(bool withMeasures) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Agreement> out;
    QHash<QString, int> index;
    Statement rows = m_db.prepare(withAgreementFilter(agreementRowSql(), false));
    while (rows.step()) {
        core::Agreement a = agreementRow(rows);
        index.insert(a.id, int(out.size()));
        out << a;
    }
    const auto owner = [&](const Statement &st) -> core::Agreement * {
        const auto it = index.constFind(st.text(0));
        return it == index.constEnd() ? nullptr : &out[*it];
    };
    Statement areas = m_db.prepare(QStringLiteral(
        "SELECT agreement_id, id, title FROM focus_areas ORDER BY agreement_id, position, rowid"));
    while (areas.step())
        if (core::Agreement *a = owner(areas))
            a->focusAreas << core::FocusArea{areas.text(1), areas.text(2), {}, {}};
    Statement comments = m_db.prepare(QStringLiteral(
        "SELECT agreement_id, resolved FROM comments ORDER BY agreement_id, position, rowid"));
    while (comments.step())
        if (core::Agreement *a = owner(comments)) {
            core::ReviewComment c;
            c.resolved = comments.int64(1) != 0;
            a->comments << c;
        }
    // The signing dates, which decide when an agreement valid from its signing is in force.
    Statement signatures = m_db.prepare(
        QStringLiteral("SELECT agreement_id, date, signed FROM signatures WHERE agreement_id IS "
                       "NOT NULL ORDER BY agreement_id, position, rowid"));
    while (signatures.step())
        if (core::Agreement *a = owner(signatures)) {
            core::Signature s;
            s.date = date(signatures, 1);
            s.signed_ = signatures.int64(2) != 0;
            a->signatures << s;
        }
    if (!withMeasures)
        return out;
    Statement measures = m_db.prepare(
        QStringLiteral("SELECT agreement_id, id, title, focus_area_id, end_date, status, "
                       "confidential FROM measures ORDER BY agreement_id, position, rowid"));
    while (measures.step())
        if (core::Agreement *a = owner(measures)) {
            core::Measure m;
            m.id = measures.text(1);
            m.title = measures.text(2);
            m.focusArea = ref(measures, 3);
            m.end = date(measures, 4);
            m.status = word(measures, 5, core::MeasureStatus::Planned);
            m.confidential = measures.int64(6) != 0;
            a->measures << m;
        }
    return out;
}

} // namespace samverka::storage
