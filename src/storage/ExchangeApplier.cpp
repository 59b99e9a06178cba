#include "ExchangeApplier.h"

#include "AuditLog.h"
#include "CrimeStatisticMerge.h"
#include "DataLoader.h"
#include "Database.h"
#include "RowBuilder.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"
#include "entities/Entities.h"

#include "Fingerprint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace samverka::storage {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::storage::ExchangeApplier", text);
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

const QString agreementColumn = QStringLiteral("agreement_id");

/// The agreement's records with ids, as counted by a merge.
int recordCount(const core::Agreement &a)
{
    int n = 1 + int(a.problems.size() + a.focusAreas.size() + a.goals.size() + a.measures.size() +
                    a.followUps.size() + a.comments.size() + a.checkItems.size());
    for (const core::Problem &p : a.problems)
        n += int(p.causes.size());
    return n;
}

template <typename T> QStringList idsOf(const QList<T> &list)
{
    QStringList ids;
    for (const T &item : list)
        ids << item.id;
    return ids;
}
} // namespace

ExchangeApplier::ExchangeApplier(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
    , m_store(db)
{}

QString ExchangeApplier::firstDifference(const QJsonValue &a, const QJsonValue &b,
                                         const QString &path)
{
    if (a.type() != b.type())
        return path;
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QString sub = path + QLatin1Char('.') + key;
            if (!x.contains(key) || !y.contains(key))
                return sub;
            const QString found = firstDifference(x.value(key), y.value(key), sub);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        const qsizetype common = std::min(x.size(), y.size());
        for (qsizetype i = 0; i < common; ++i) {
            const QString found =
                firstDifference(x.at(i), y.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!found.isEmpty())
                return found;
        }
        return x.size() == y.size() ? QString() : path + QStringLiteral("[%1]").arg(common);
    }
    return a == b ? QString() : path;
}

RowStore::Outcome ExchangeApplier::apply(const RecordRows &rows)
{
    RowStore::Outcome outcome = m_store.upsert(rows.main);
    bool childrenChanged = false;
    for (const ChildRows &children : rows.children)
        childrenChanged = m_store.replaceChildren(children) || childrenChanged;
    if (outcome == RowStore::Outcome::Unchanged && childrenChanged)
        outcome = RowStore::Outcome::Updated;
    return outcome;
}

void ExchangeApplier::count(RowStore::Outcome outcome, const QString &entity, const QString &id,
                            ImportReport &report)
{
    switch (outcome) {
    case RowStore::Outcome::Inserted:
        ++report.inserted;
        m_audit.record(entity, id, QString(), QString(), QStringLiteral("imported"));
        break;
    case RowStore::Outcome::Updated:
        ++report.updated;
        m_audit.record(entity, id, QString(), QString(), QStringLiteral("merged"));
        break;
    case RowStore::Outcome::Unchanged:
        ++report.unchanged;
        break;
    }
}

void ExchangeApplier::storeFingerprintIfMissing(const QString &agreementId)
{
    const core::Agreement stored = DataLoader(m_db).agreement(agreementId);
    if (!stored.isSigned() || !stored.fingerprint.isEmpty())
        return;
    Statement st =
        m_db.prepare(QStringLiteral("UPDATE agreements SET fingerprint = ?1 WHERE id = ?2"));
    st.bind(1, core::Fingerprint::compute(stored));
    st.bind(2, agreementId);
    st.run();
}

void ExchangeApplier::insertAgreement(const core::Agreement &agreement)
{
    core::Agreement a = agreement;
    if (a.id.isEmpty())
        a.id = RowBuilder::newId();
    for (const TableRow &row : RowBuilder::allRows(a))
        m_store.insert(row);
    storeFingerprintIfMissing(a.id);
}

void ExchangeApplier::insertAll(const core::MunicipalityData &data)
{
    // References may point forwards in the document (a goal's overall goal).
    m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const core::Municipality &m = data.municipality;
    {
        QVariantMap row;
        entities::municipality().store(m, row);
        QStringList columns, values, updates;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            columns << it.key();
            values << QStringLiteral("?%1").arg(columns.size() + 1);
            updates << QStringLiteral("%1 = excluded.%1").arg(it.key());
        }
        Statement st = m_db.prepare(
            QStringLiteral("INSERT INTO municipality (id, %1) VALUES (1, %2) "
                           "ON CONFLICT (id) DO UPDATE SET %3")
                .arg(columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                     updates.join(QStringLiteral(", "))));
        int index = 1;
        for (const QVariant &value : row)
            RowStore::bindValue(st, ++index, value);
        st.run();
    }
    for (int i = 0; i < data.parties.size(); ++i)
        m_store.insert(RowBuilder::party(data.parties.at(i), i).main);
    for (int i = 0; i < data.people.size(); ++i)
        m_store.insert(RowBuilder::person(data.people.at(i), i).main);
    for (const core::Agreement &a : data.agreements)
        insertAgreement(a);
    for (int i = 0; i < data.citizenPromiseSets.size(); ++i) {
        const core::CitizenPromiseSet &set = data.citizenPromiseSets.at(i);
        const RecordRows rows = RowBuilder::promiseSet(set, i);
        m_store.insert(rows.main);
        for (const ChildRows &children : rows.children)
            for (const TableRow &row : children.rows)
                m_store.insert(row);
        for (int p = 0; p < set.promises.size(); ++p) {
            const RecordRows promise = RowBuilder::promise(set.promises.at(p), set.id, p);
            m_store.insert(promise.main);
            for (const ChildRows &children : promise.children)
                for (const TableRow &row : children.rows)
                    m_store.insert(row);
        }
    }
    for (int i = 0; i < data.meetings.size(); ++i)
        m_store.insert(RowBuilder::meeting(data.meetings.at(i), i).main);
    for (int i = 0; i < data.attachments.size(); ++i)
        m_store.insert(RowBuilder::attachment(data.attachments.at(i), i).main);
    for (int i = 0; i < data.situationPictures.size(); ++i)
        for (const TableRow &row : RowBuilder::allRows(data.situationPictures.at(i), i))
            m_store.insert(row);
    for (int i = 0; i < data.measurePlans.size(); ++i)
        for (const TableRow &row : RowBuilder::allRows(data.measurePlans.at(i), i))
            m_store.insert(row);
    const QStringList populationKey = {s("municipality_code"), s("year")};
    for (const core::Population &row : data.population)
        m_store.upsert(RowBuilder::population(row, m.code), populationKey);
    // The same rule as a merge and the CSV import: a repeated key merges over the row before.
    CrimeStatisticMerge(m_db).mergeAll(data.crimeStatistics);
    for (const core::SurveyIndicator &row : data.surveyIndicators)
        m_store.insert(RowBuilder::surveyIndicator(row));
    for (const core::CategoryMapping &entry : data.categoryMapping)
        m_store.upsert(
            TableRow{s("category_mapping"),
                     {{s("crime_type"), entry.crimeType}, {s("category"), entry.category}}},
            {s("crime_type")});
    m_audit.record(QStringLiteral("municipality"), QString(), QString(), QString(),
                   QStringLiteral("created from an exchange document: %1 agreements")
                       .arg(data.agreements.size()));
}

ImportReport ExchangeApplier::merge(const core::MunicipalityData &data)
{
    Transaction tx(m_db);
    ImportReport report;
    DataLoader loader(m_db);
    const core::Municipality own = loader.municipality();
    if (!data.municipality.code.isEmpty() && !own.code.isEmpty() &&
        data.municipality.code != own.code)
        throw StorageError(
            StorageError::Kind::Refused,
            tr("$.municipality.code: the document is for %1 (%2), but this file "
               "belongs to %3 (%4); nothing was imported.")
                .arg(data.municipality.name, data.municipality.code, own.name, own.code));
    m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    mergeCoordinatingFunction(data.municipality.coordinatingFunction, own, report);
    mergeLogo(data.municipality.logo, own, report);

    for (int i = 0; i < data.parties.size(); ++i)
        count(apply(RowBuilder::party(data.parties.at(i), i)), s("party"), data.parties.at(i).id,
              report);
    m_store.renumber(s("parties"), QString(), QString(), idsOf(data.parties));
    for (int i = 0; i < data.people.size(); ++i)
        count(apply(RowBuilder::person(data.people.at(i), i)), s("person"), data.people.at(i).id,
              report);
    m_store.renumber(s("people"), QString(), QString(), idsOf(data.people));

    for (int i = 0; i < data.agreements.size(); ++i)
        mergeAgreement(data.agreements.at(i), i, report);
    mergePromiseSets(data.citizenPromiseSets, report);

    for (int i = 0; i < data.meetings.size(); ++i)
        count(apply(RowBuilder::meeting(data.meetings.at(i), i)), s("meeting"),
              data.meetings.at(i).id, report);
    m_store.renumber(s("meetings"), QString(), QString(), idsOf(data.meetings));
    for (int i = 0; i < data.attachments.size(); ++i)
        count(apply(RowBuilder::attachment(data.attachments.at(i), i)), s("attachment"),
              data.attachments.at(i).id, report);
    m_store.renumber(s("attachments"), QString(), QString(), idsOf(data.attachments));
    mergeSituationPictures(data.situationPictures, report);
    mergeMeasurePlans(data.measurePlans, report);

    const QStringList populationKey = {s("municipality_code"), s("year")};
    for (const core::Population &row : data.population)
        m_store.upsert(RowBuilder::population(row, own.code), populationKey);
    // One rule with the CSV import (stats import), in CrimeStatisticMerge.
    report.crimeStatistics = CrimeStatisticMerge(m_db).mergeAll(data.crimeStatistics);
    const QStringList surveyKey = {s("area_code"), s("indicator"), s("year"), s("source")};
    for (const core::SurveyIndicator &row : data.surveyIndicators)
        m_store.upsert(RowBuilder::surveyIndicator(row), surveyKey);
    for (const core::CategoryMapping &entry : data.categoryMapping)
        m_store.upsert(
            TableRow{s("category_mapping"),
                     {{s("crime_type"), entry.crimeType}, {s("category"), entry.category}}},
            {s("crime_type")});
    tx.commit();
    return report;
}

void ExchangeApplier::mergeAgreement(const core::Agreement &incoming, int index,
                                     ImportReport &report)
{
    if (!m_store.exists(s("agreements"), incoming.id)) {
        insertAgreement(incoming);
        report.inserted += recordCount(incoming);
        m_audit.record(s("agreement"), incoming.id, QString(), QString(), s("imported"));
        return;
    }
    const core::Agreement stored = DataLoader(m_db).agreement(incoming.id);
    if (!stored.isSigned()) {
        mergeDraft(incoming, stored, report);
        return;
    }
    const QString base = QStringLiteral("$.agreements[%1]").arg(index);
    QString path;
    if (incoming.status != core::AgreementStatus::Signed)
        path = base + QStringLiteral(".status");
    else
        path = firstDifference(
            QJsonDocument::fromJson(core::Fingerprint::frozenContent(stored)).object(),
            QJsonDocument::fromJson(core::Fingerprint::frozenContent(incoming)).object(), base);
    if (!path.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
                           tr("%1: the agreement \"%2\" is signed and locked; its content cannot "
                              "change (revise it instead). Nothing was imported.")
                               .arg(path, stored.title));
    ++report.unchanged;
    mergeWork(incoming, report);
}

void ExchangeApplier::mergeDraft(const core::Agreement &a, const core::Agreement &stored,
                                 ImportReport &report)
{
    const RecordRows rows = RowBuilder::agreement(a);
    RowStore::Outcome outcome = m_store.upsert(rows.main);
    // Id-less arrays: replaced as a whole when they differ as exchange values.
    const bool changed[] = {a.parties != stored.parties,
                            a.diaryNumbers != stored.diaryNumbers,
                            a.part1.startingPoints != stored.part1.startingPoints,
                            a.part1.commitments != stored.part1.commitments ||
                                a.part2.commitments != stored.part2.commitments,
                            a.part1.groups != stored.part1.groups,
                            a.part1.coordinators != stored.part1.coordinators,
                            a.part1.reporting != stored.part1.reporting,
                            a.signatures != stored.signatures};
    for (qsizetype i = 0; i < rows.children.size(); ++i) {
        if (!changed[i])
            continue;
        const ChildRows &children = rows.children.at(i);
        Statement del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                                         .arg(children.table, children.ownerColumn));
        del.bind(1, a.id);
        del.run();
        for (const TableRow &row : children.rows)
            m_store.insert(row);
        outcome = outcome == RowStore::Outcome::Unchanged ? RowStore::Outcome::Updated : outcome;
    }
    count(outcome, s("agreement"), a.id, report);

    for (int i = 0; i < a.problems.size(); ++i) {
        const core::Problem &p = a.problems.at(i);
        count(apply(RowBuilder::problem(p, a.id, i)), s("problem"), p.id, report);
        for (int c = 0; c < p.causes.size(); ++c)
            count(apply(RowBuilder::cause(p.causes.at(c), p.id, c)), s("cause"), p.causes.at(c).id,
                  report);
        m_store.renumber(s("causes"), s("problem_id"), p.id, idsOf(p.causes));
    }
    m_store.renumber(s("problems"), agreementColumn, a.id, idsOf(a.problems));
    for (int i = 0; i < a.focusAreas.size(); ++i)
        count(apply(RowBuilder::focusArea(a.focusAreas.at(i), a.id, i)), s("focusArea"),
              a.focusAreas.at(i).id, report);
    m_store.renumber(s("focus_areas"), agreementColumn, a.id, idsOf(a.focusAreas));
    for (int i = 0; i < a.goals.size(); ++i)
        count(apply(RowBuilder::goal(a.goals.at(i), a.id, i)), s("goal"), a.goals.at(i).id, report);
    m_store.renumber(s("goals"), agreementColumn, a.id, idsOf(a.goals));
    for (int i = 0; i < a.measures.size(); ++i)
        count(apply(RowBuilder::measure(a.measures.at(i), a.id, i)), s("measure"),
              a.measures.at(i).id, report);
    m_store.renumber(s("measures"), agreementColumn, a.id, idsOf(a.measures));
    mergeWork(a, report);
    storeFingerprintIfMissing(a.id);
}

void ExchangeApplier::mergeWork(const core::Agreement &a, ImportReport &report)
{
    for (int i = 0; i < a.followUps.size(); ++i)
        count(apply(RowBuilder::followUp(a.followUps.at(i), a.id, i)), s("followUp"),
              a.followUps.at(i).id, report);
    m_store.renumber(s("follow_ups"), agreementColumn, a.id, idsOf(a.followUps));
    if (a.isSigned()) {
        // The frozen content is identical, so only the execution status can differ.
        Statement st = m_db.prepare(
            QStringLiteral("UPDATE measures SET status = ?1, updated_at = strftime('%Y-%m-%dT%H:"
                           "%M:%SZ', 'now') WHERE id = ?2 AND status <> ?1"));
        for (const core::Measure &m : a.measures) {
            st.reset();
            st.bind(1, core::toWord(m.status));
            st.bind(2, m.id);
            st.run();
            count(m_db.changes() > 0 ? RowStore::Outcome::Updated : RowStore::Outcome::Unchanged,
                  s("measure"), m.id, report);
        }
    }
    mergeComments(a, report);
    for (int i = 0; i < a.checkItems.size(); ++i)
        count(apply(RowBuilder::checkItem(a.checkItems.at(i), a.id, i)), s("checkItem"),
              a.checkItems.at(i).id, report);
    m_store.renumber(s("check_items"), agreementColumn, a.id, idsOf(a.checkItems));
}

void ExchangeApplier::mergeComments(const core::Agreement &a, ImportReport &report)
{
    QStringList order;
    for (int i = 0; i < a.comments.size(); ++i) {
        const core::ReviewComment &c = a.comments.at(i);
        QString internalId;
        if (c.id.isEmpty()) {
            // A comment without id is the same comment when its words are the same.
            Statement st = m_db.prepare(QStringLiteral(
                "SELECT id FROM comments WHERE agreement_id = ?1 AND id_is_internal = 1 AND "
                "section = ?2 AND author = ?3 AND written_at = ?4 AND text = ?5 LIMIT 1"));
            st.bind(1, a.id);
            RowStore::bindValue(st, 2, RowBuilder::text(c.section));
            RowStore::bindValue(st, 3, RowBuilder::text(c.author));
            RowStore::bindValue(st, 4, RowBuilder::text(c.createdAt));
            RowStore::bindValue(st, 5, RowBuilder::text(c.text));
            if (st.step())
                internalId = st.text(0);
        }
        const RecordRows rows = RowBuilder::comment(c, a.id, i, internalId);
        const QString id = rows.main.values.value(s("id")).toString();
        count(apply(rows), s("comment"), id, report);
        order << id;
    }
    m_store.renumber(s("comments"), agreementColumn, a.id, order);
}

void ExchangeApplier::mergeLogo(const QString &incoming, const core::Municipality &own,
                                ImportReport &report)
{
    // As the samordningsfunktion: a document without one keeps the file's. The attachment
    // it names comes with the document (the reader resolved the reference), and foreign
    // keys are checked at the commit.
    if (incoming.isEmpty() || incoming == own.logo)
        return;
    Statement st = m_db.prepare(
        QStringLiteral("UPDATE municipality SET logo_attachment_id = ?1 WHERE id = 1"));
    st.bind(1, incoming);
    st.run();
    count(RowStore::Outcome::Updated, s("municipality"), QString(), report);
}

void ExchangeApplier::mergeCoordinatingFunction(const core::CoordinatingFunction &incoming,
                                                const core::Municipality &own, ImportReport &report)
{
    // A document without one keeps the file's; one that names it replaces it whole.
    if (incoming.isEmpty() || incoming == own.coordinatingFunction)
        return;
    core::Municipality m = own;
    m.coordinatingFunction = incoming;
    QVariantMap row;
    entities::municipality().store(m, row);
    QStringList sets;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        if (it.key().startsWith(QLatin1String("coordinating_"))) {
            sets << QStringLiteral("%1 = ?%2").arg(it.key()).arg(sets.size() + 1);
            values << it.value();
        }
    Statement st = m_db.prepare(QStringLiteral("UPDATE municipality SET %1 WHERE id = 1")
                                    .arg(sets.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        RowStore::bindValue(st, i + 1, values.at(i));
    st.run();
    count(RowStore::Outcome::Updated, s("municipality"), QString(), report);
}

void ExchangeApplier::mergeSituationPictures(const QList<core::SituationPicture> &pictures,
                                             ImportReport &report)
{
    for (int i = 0; i < pictures.size(); ++i) {
        const core::SituationPicture &p = pictures.at(i);
        count(apply(RowBuilder::situationPicture(p, i)), s("situationPicture"), p.id, report);
        for (int k = 0; k < p.sections.size(); ++k)
            count(apply(RowBuilder::situationSection(p.sections.at(k), p.id, k)),
                  s("situationSection"), p.sections.at(k).id, report);
        m_store.renumber(s("situation_sections"), s("situation_picture_id"), p.id,
                         idsOf(p.sections));
        for (int k = 0; k < p.problems.size(); ++k)
            count(apply(RowBuilder::situationProblem(p.problems.at(k), p.id, k)),
                  s("situationProblem"), p.problems.at(k).id, report);
        m_store.renumber(s("situation_problems"), s("situation_picture_id"), p.id,
                         idsOf(p.problems));
    }
    m_store.renumber(s("situation_pictures"), QString(), QString(), idsOf(pictures));
}

void ExchangeApplier::mergeMeasurePlans(const QList<core::MeasurePlan> &plans, ImportReport &report)
{
    for (int i = 0; i < plans.size(); ++i) {
        const core::MeasurePlan &p = plans.at(i);
        count(apply(RowBuilder::measurePlan(p, i)), s("measurePlan"), p.id, report);
        for (int k = 0; k < p.followUpDates.size(); ++k)
            count(apply(RowBuilder::planFollowUpDate(p.followUpDates.at(k), p.id, k)),
                  s("planFollowUpDate"), p.followUpDates.at(k).id, report);
        m_store.renumber(s("measure_plan_follow_up_dates"), s("measure_plan_id"), p.id,
                         idsOf(p.followUpDates));
        for (int k = 0; k < p.rows.size(); ++k) {
            const core::PlanRow &row = p.rows.at(k);
            count(apply(RowBuilder::planRow(row, p.id, k)), s("planRow"), row.id, report);
            for (int r = 0; r < row.ratings.size(); ++r)
                count(apply(RowBuilder::planRating(row.ratings.at(r), row.id, r)), s("planRating"),
                      row.ratings.at(r).id, report);
            m_store.renumber(s("measure_plan_ratings"), s("measure_plan_row_id"), row.id,
                             idsOf(row.ratings));
        }
        m_store.renumber(s("measure_plan_rows"), s("measure_plan_id"), p.id, idsOf(p.rows));
    }
    m_store.renumber(s("measure_plans"), QString(), QString(), idsOf(plans));
}

void ExchangeApplier::mergePromiseSets(const QList<core::CitizenPromiseSet> &sets,
                                       ImportReport &report)
{
    const QList<core::CitizenPromiseSet> stored = DataLoader(m_db).promiseSets();
    for (int i = 0; i < sets.size(); ++i) {
        const core::CitizenPromiseSet &set = sets.at(i);
        RecordRows rows = RowBuilder::promiseSet(set, i);
        // Signatures may come without ids: replaced only when they differ.
        const auto old = std::find_if(stored.cbegin(), stored.cend(),
                                      [&](const auto &o) { return o.id == set.id; });
        const bool signaturesChanged = old == stored.cend() || old->signatures != set.signatures;
        const ChildRows signatures = rows.children.takeLast();
        RowStore::Outcome outcome = apply(rows);
        if (signaturesChanged) {
            Statement del =
                m_db.prepare(QStringLiteral("DELETE FROM signatures WHERE promise_set_id = ?1"));
            del.bind(1, set.id);
            del.run();
            for (const TableRow &row : signatures.rows)
                m_store.insert(row);
            if (outcome == RowStore::Outcome::Unchanged)
                outcome = RowStore::Outcome::Updated;
        }
        count(outcome, s("promiseSet"), set.id, report);
        for (int p = 0; p < set.promises.size(); ++p)
            count(apply(RowBuilder::promise(set.promises.at(p), set.id, p)), s("promise"),
                  set.promises.at(p).id, report);
        m_store.renumber(s("promises"), s("promise_set_id"), set.id, idsOf(set.promises));
    }
    m_store.renumber(s("promise_sets"), QString(), QString(), idsOf(sets));
}

} // namespace samverka::storage
