#include "AgreementLoader.h"

#include "Database.h"
#include "ReadTransaction.h"
#include "Statement.h"
#include "entities/Entities.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace samverka::storage {

namespace {

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
    return QStringLiteral("SELECT id, %1 FROM agreements WHERE (?1 IS NULL OR id = ?1) "
                          "ORDER BY valid_from IS NULL, valid_from, title, id")
        .arg(entities::agreement().columns());
}

/// An agreement with what agreementRowSql() reads, no children.
core::Agreement agreementRow(const Statement &st)
{
    core::Agreement a;
    a.id = st.text(0);
    entities::agreement().load(a, st, 1);
    return a;
}

/// Where a loaded record sits: its list and its index there (the list does not grow
/// while its records' own lists and children are read).
template <typename T> using Slot = QPair<QList<T> *, int>;
template <typename T> using Slots = QHash<QString, Slot<T>>;

/// Runs a statement for one agreement (?1) or all, and hands every row on.
using Each = std::function<void(const QString &sql, const std::function<void(Statement &)> &)>;

/// A record's id as the file has it: the document's id, or none when the file made it
/// up (id_is_internal), and the file's row id where the struct keeps one.
template <typename T> void identify(T &record, const QString &id, bool internal)
{
    if constexpr (requires { record.id; })
        record.id = internal ? QString() : id;
    if constexpr (requires { record.rowId; })
        record.rowId.value = id;
}

/// Whether T's table tells the document's ids from the file's own (id_is_internal).
template <typename T> constexpr bool hasInternalIds()
{
    return requires(T record)
    {
        record.id;
        record.rowId;
    };
}

/// Reads every record of entity within scope (joins and a WHERE on the table aliased x,
/// with "(?1 IS NULL OR <column> = ?1)" for the agreement), in display order. Columns:
/// 0 the parent's id, 1 the id, 2 whether the id is the file's own, then the entity's
/// columns, then extra. listFor names the list each row goes into (nullptr: skipped).
/// Then reads the records' list fields. Returns where each record went, by id.
template <typename T>
Slots<T> loadKind(const Each &each, const Entity<T> &entity, const QString &scope,
                  const std::function<QList<T> *(const Statement &)> &listFor,
                  const QString &extra = {})
{
    const KindSpec &spec = entity.spec();
    const QString parent = QStringLiteral("x.") + spec.parentColumns.value(0);
    Slots<T> placed;
    QString order = parent + QStringLiteral(", ");
    for (const QString &column : spec.scopeColumns)
        order += QStringLiteral("x.") + column + QStringLiteral(", ");
    each(QStringLiteral("SELECT %1, x.id, %2, %3%4 FROM %5 x %6 ORDER BY %7x.position, x.rowid")
             .arg(parent,
                  hasInternalIds<T>() ? QStringLiteral("x.id_is_internal") : QStringLiteral("0"),
                  entity.columns(QStringLiteral("x")),
                  extra.isEmpty() ? QString() : QStringLiteral(", ") + extra, spec.table, scope,
                  order),
         [&](Statement &st) {
             QList<T> *list = listFor(st);
             if (!list)
                 return;
             T record{};
             identify(record, st.text(1), st.int64(2) != 0);
             entity.load(record, st, 3);
             placed.insert(st.text(1), {list, int(list->size())});
             list->append(std::move(record));
         });
    for (const EntityField<T> &f : entity.fields()) {
        if (!f.isList())
            continue;
        each(QStringLiteral("SELECT l.%1, l.%2 FROM %3 l JOIN %4 x ON x.id = l.%1 %5 "
                            "ORDER BY l.%1, l.position, l.rowid")
                 .arg(f.spec.listOwnerColumn, f.spec.column, f.spec.listTable, spec.table, scope),
             [&](Statement &st) {
                 const auto it = placed.constFind(st.text(0));
                 if (it != placed.constEnd())
                     f.load((*it->first)[it->second], st.value(1));
             });
    }
    return placed;
}

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
    const Each each = [&](const QString &sql, const std::function<void(Statement &)> &row) {
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
    namespace e = entities;

    each(agreementRowSql(), [&](Statement &st) {
        core::Agreement a = agreementRow(st);
        index.insert(a.id, int(out.size()));
        out << a;
    });
    if (out.isEmpty())
        return out;
    for (const EntityField<core::Agreement> &f : e::agreement().fields()) {
        if (f.isList())
            each(QStringLiteral("SELECT l.%1, l.%2 FROM %3 l WHERE (?1 IS NULL OR l.%1 = ?1) "
                                "ORDER BY l.%1, l.position, l.rowid")
                     .arg(f.spec.listOwnerColumn, f.spec.column, f.spec.listTable),
                 [&](Statement &st) {
                     if (core::Agreement *a = owner(st))
                         f.load(*a, st.value(1));
                 });
    }

    const QString byAgreement = QStringLiteral("WHERE (?1 IS NULL OR x.agreement_id = ?1)");
    const auto in = [&](auto member) {
        return [&, member](const Statement &st) -> decltype(&(out[0].*member)) {
            core::Agreement *a = owner(st);
            return a ? &(a->*member) : nullptr;
        };
    };
    using A = core::Agreement;
    loadKind<core::DiaryNumber>(each, e::diaryNumber(), byAgreement, in(&A::diaryNumbers));
    loadKind<QString>(each, e::startingPoint(), byAgreement,
                      [&](const Statement &st) -> QStringList * {
                          core::Agreement *a = owner(st);
                          if (!a)
                              return nullptr;
                          a->part1.startingPointIds.value << st.text(1);
                          return &a->part1.startingPoints;
                      });
    // The commitments of both parts, told apart by their part (the column after the fields).
    const int partColumn = 3 + e::commitment().columnCount();
    loadKind<core::Commitment>(
        each, e::commitment(), byAgreement,
        [&](const Statement &st) -> QList<core::Commitment> * {
            core::Agreement *a = owner(st);
            if (!a)
                return nullptr;
            return st.integer(partColumn) == 2 ? &a->part2.commitments : &a->part1.commitments;
        },
        QStringLiteral("x.part"));
    const Slots<core::Group> groups = loadKind<core::Group>(
        each, e::group(), byAgreement, [&](const Statement &st) -> QList<core::Group> * {
            core::Agreement *a = owner(st);
            return a ? &a->part1.groups : nullptr;
        });
    loadKind<core::GroupMember>(
        each, e::groupMember(),
        QStringLiteral(
            "JOIN groups g ON g.id = x.group_id WHERE (?1 IS NULL OR g.agreement_id = ?1)"),
        [&](const Statement &st) -> QList<core::GroupMember> * {
            const auto it = groups.constFind(st.text(0));
            return it == groups.constEnd() ? nullptr : &(*it->first)[it->second].members;
        });
    loadKind<core::Coordinator>(each, e::coordinator(), byAgreement,
                                [&](const Statement &st) -> QList<core::Coordinator> * {
                                    core::Agreement *a = owner(st);
                                    return a ? &a->part1.coordinators : nullptr;
                                });
    loadKind<core::ReportingRule>(each, e::reportingRule(), byAgreement,
                                  [&](const Statement &st) -> QList<core::ReportingRule> * {
                                      core::Agreement *a = owner(st);
                                      return a ? &a->part1.reporting : nullptr;
                                  });

    const Slots<core::Problem> problems =
        loadKind<core::Problem>(each, e::problem(), byAgreement, in(&A::problems));
    loadKind<core::Cause>(
        each, e::cause(),
        QStringLiteral(
            "JOIN problems p ON p.id = x.problem_id WHERE (?1 IS NULL OR p.agreement_id = ?1)"),
        [&](const Statement &st) -> QList<core::Cause> * {
            const auto it = problems.constFind(st.text(0));
            return it == problems.constEnd() ? nullptr : &(*it->first)[it->second].causes;
        });
    loadKind<core::FocusArea>(each, e::focusArea(), byAgreement, in(&A::focusAreas));
    loadKind<core::Goal>(each, e::goal(), byAgreement, in(&A::goals));
    loadKind<core::Measure>(each, e::measure(), byAgreement, in(&A::measures));
    loadKind<core::FollowUp>(each, e::followUp(), byAgreement, in(&A::followUps));
    loadKind<core::Signature>(
        each, e::signature(),
        QStringLiteral("WHERE x.agreement_id IS NOT NULL AND (?1 IS NULL OR x.agreement_id = ?1)"),
        in(&A::signatures));
    const Slots<core::ReviewComment> comments =
        loadKind<core::ReviewComment>(each, e::comment(), byAgreement, in(&A::comments));
    loadKind<core::CommentReply>(
        each, e::commentReply(),
        QStringLiteral(
            "JOIN comments c ON c.id = x.comment_id WHERE (?1 IS NULL OR c.agreement_id = ?1)"),
        [&](const Statement &st) -> QList<core::CommentReply> * {
            const auto it = comments.constFind(st.text(0));
            return it == comments.constEnd() ? nullptr : &(*it->first)[it->second].replies;
        });
    loadKind<core::CheckItem>(each, e::checkItem(), byAgreement, in(&A::checkItems));
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
            a->focusAreas << core::FocusArea{areas.text(1), areas.text(2), {}, {}, {}};
    Statement comments =
        m_db.prepare(QStringLiteral("SELECT agreement_id, resolved, section FROM comments "
                                    "ORDER BY agreement_id, position, rowid"));
    while (comments.step())
        if (core::Agreement *a = owner(comments)) {
            core::ReviewComment c;
            c.resolved = comments.int64(1) != 0;
            c.section = comments.text(2); // a record's id: the overview skips confidential ones
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
