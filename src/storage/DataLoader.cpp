#include "DataLoader.h"

#include "AgreementLoader.h"
#include "Database.h"
#include "FieldAccess.h"
#include "ReadTransaction.h"
#include "Statement.h"
#include "StorageError.h"
#include "entities/Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace samverka::storage {

namespace {
/// The first column of every row of a query without parameters, in one read transaction.
QStringList firstColumn(Database &db, const QString &sql)
{
    const ReadTransaction read(db); // one state of the file, never a torn one
    Statement st = db.prepare(sql);
    QStringList values;
    while (st.step())
        values << st.text(0);
    return values;
}

std::optional<int> optInt(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.integer(column);
}

/// The rows of entity's list fields, each handed to the record recordOf names (by id).
template <typename T>
void loadListsOf(Database &db, const Entity<T> &entity,
                 const std::function<T *(const QString &)> &recordOf)
{
    for (const EntityField<T> &f : entity.fields()) {
        if (!f.isList())
            continue;
        Statement st =
            db.prepare(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1, position, rowid")
                           .arg(f.spec.listOwnerColumn, f.spec.column, f.spec.listTable));
        while (st.step())
            if (T *record = recordOf(st.text(0)))
                f.load(*record, st.value(1));
    }
}

/// Every record of a kind without a parent (parties, people, promise sets, meetings), in
/// display order, with its list fields.
template <typename T> QList<T> topLevelOf(Database &db, const Entity<T> &entity)
{
    const ReadTransaction read(db); // one state of the file, never a torn one
    QList<T> out;
    QHash<QString, int> index;
    Statement st = db.prepare(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY position, rowid")
                                  .arg(entity.columns(), entity.spec().table));
    while (st.step()) {
        T record{};
        record.id = st.text(0);
        entity.load(record, st, 1);
        index.insert(record.id, int(out.size()));
        out << record;
    }
    loadListsOf<T>(db, entity, [&](const QString &id) -> T * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out[*it];
    });
    return out;
}

/// Every record of a kind under one parent column, in display order, with its list
/// fields, appended to the list listOf(parent id) returns (nullptr: skipped).
template <typename T, typename ListOf>
void childrenOf(Database &db, const Entity<T> &entity, ListOf listOf)
{
    const QString &parentColumn = entity.spec().parentColumns.first();
    QHash<QString, QPair<QList<T> *, int>> index;
    Statement st =
        db.prepare(QStringLiteral("SELECT %1, id, %2 FROM %3 ORDER BY %1, position, rowid")
                       .arg(parentColumn, entity.columns(), entity.spec().table));
    while (st.step()) {
        QList<T> *list = listOf(st.text(0));
        if (!list)
            continue;
        T record{};
        record.id = st.text(1);
        entity.load(record, st, 2);
        index.insert(record.id, {list, int(list->size())});
        list->append(record);
    }
    loadListsOf<T>(db, entity, [&](const QString &id) -> T * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &(*it->first)[it->second];
    });
}

StorageError notFound(RecordKind kind, const QString &id)
{
    return StorageError(StorageError::Kind::NotFoundRecord,
                        QCoreApplication::translate(
                            "samverka::storage", "There is no %1 with the id \"%2\" in this file.")
                            .arg(recordKindName(kind), id));
}
} // namespace

DataLoader::DataLoader(Database &db)
    : m_db(db)
{}

core::MunicipalityData DataLoader::loadAll(bool withAttachmentData) const
{
    return load({withAttachmentData, StatisticsRows::All});
}

core::MunicipalityData DataLoader::load(const LoadOptions &options) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    core::MunicipalityData data;
    data.municipality = municipality();
    data.population = population();
    data.parties = parties();
    data.people = people();
    data.agreements = agreements();
    data.surveyIndicators = surveyIndicators();
    data.citizenPromiseSets = promiseSets();
    data.meetings = meetings();
    data.attachments = attachments(options.attachmentData);
    if (options.logoData && !options.attachmentData && !data.municipality.logo.isEmpty())
        for (core::Attachment &a : data.attachments)
            if (a.id == data.municipality.logo) {
                a.data = attachmentData(a.id);
                a.hasData = true;
            }
    data.situationPictures = situationPictures();
    if (options.statistics == StatisticsRows::All || data.municipality.code.isEmpty()) {
        // Without a code of its own, the documents take the first municipality the
        // statistics have: only all of them can tell which that is.
        if (options.statistics != StatisticsRows::None)
            data.crimeStatistics = crimeStatistics();
    } else if (options.statistics == StatisticsRows::Compared) {
        data.crimeStatistics = crimeStatistics(comparedMunicipalityCodes());
    }
    data.measurePlans = measurePlans();
    data.categoryMapping = categoryMapping();
    return data;
}

core::Municipality DataLoader::municipality() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM municipality WHERE id = 1")
                                    .arg(entities::municipality().columns()));
    core::Municipality m;
    if (st.step())
        entities::municipality().load(m, st, 0);
    return m;
}

QList<core::Agreement> DataLoader::agreements() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    return AgreementLoader(m_db).load();
}

QList<core::Agreement> DataLoader::agreementHeads(bool withMeasures) const
{
    return AgreementLoader(m_db).loadHeads(withMeasures);
}

core::Agreement DataLoader::agreement(const QString &id) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    if (!id.isEmpty()) {
        const QList<core::Agreement> found = AgreementLoader(m_db).load(id);
        if (!found.isEmpty())
            return found.first();
    }
    throw notFound(RecordKind::Agreement, id);
}

QList<core::Party> DataLoader::parties() const
{
    return topLevelOf(m_db, entities::party());
}

QList<core::Person> DataLoader::people() const
{
    return topLevelOf(m_db, entities::person());
}

QList<core::CitizenPromiseSet> DataLoader::promiseSets() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::CitizenPromiseSet> out = topLevelOf(m_db, entities::promiseSet());
    QHash<QString, int> sets;
    for (int i = 0; i < out.size(); ++i)
        sets.insert(out.at(i).id, i);
    QHash<QString, QPair<int, int>> promises;
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT promise_set_id, id, %1 FROM promises "
                                                   "ORDER BY promise_set_id, position, rowid")
                                        .arg(entities::promise().columns()));
        while (st.step()) {
            if (!sets.contains(st.text(0)))
                continue;
            core::CitizenPromiseSet &set = out[sets.value(st.text(0))];
            core::CitizenPromise promise;
            promise.id = st.text(1);
            entities::promise().load(promise, st, 2);
            promises.insert(promise.id, {sets.value(st.text(0)), int(set.promises.size())});
            set.promises << promise;
        }
    }
    loadListsOf<core::CitizenPromise>(
        m_db, entities::promise(), [&](const QString &id) -> core::CitizenPromise * {
            const auto it = promises.constFind(id);
            return it == promises.constEnd() ? nullptr : &out[it->first].promises[it->second];
        });
    {
        Statement st = m_db.prepare(
            QStringLiteral(
                "SELECT promise_set_id, id, id_is_internal, %1 FROM signatures "
                "WHERE promise_set_id IS NOT NULL ORDER BY promise_set_id, position, rowid")
                .arg(entities::signature().columns()));
        while (st.step()) {
            if (!sets.contains(st.text(0)))
                continue;
            core::Signature s;
            s.id = st.int64(2) ? QString() : st.text(1);
            s.rowId.value = st.text(1);
            entities::signature().load(s, st, 3);
            out[sets.value(st.text(0))].signatures << s;
        }
    }
    return out;
}

QList<core::Meeting> DataLoader::meetings() const
{
    return topLevelOf(m_db, entities::meeting());
}

QList<core::SituationPicture> DataLoader::situationPictures() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::SituationPicture> out = topLevelOf(m_db, entities::situationPicture());
    QHash<QString, int> pictures;
    for (int i = 0; i < out.size(); ++i)
        pictures.insert(out.at(i).id, i);
    childrenOf(m_db, entities::situationSection(), [&](const QString &parent) {
        const auto it = pictures.constFind(parent);
        return it == pictures.constEnd() ? nullptr : &out[*it].sections;
    });
    childrenOf(m_db, entities::situationProblem(), [&](const QString &parent) {
        const auto it = pictures.constFind(parent);
        return it == pictures.constEnd() ? nullptr : &out[*it].problems;
    });
    return out;
}

QList<core::MeasurePlan> DataLoader::measurePlans() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::MeasurePlan> out = topLevelOf(m_db, entities::measurePlan());
    QHash<QString, int> plans;
    for (int i = 0; i < out.size(); ++i)
        plans.insert(out.at(i).id, i);
    childrenOf(m_db, entities::planFollowUpDate(), [&](const QString &parent) {
        const auto it = plans.constFind(parent);
        return it == plans.constEnd() ? nullptr : &out[*it].followUpDates;
    });
    childrenOf(m_db, entities::planRow(), [&](const QString &parent) {
        const auto it = plans.constFind(parent);
        return it == plans.constEnd() ? nullptr : &out[*it].rows;
    });
    QHash<QString, QPair<int, int>> rows; // row id → (plan, row)
    for (int i = 0; i < out.size(); ++i)
        for (int k = 0; k < out.at(i).rows.size(); ++k)
            rows.insert(out.at(i).rows.at(k).id, {i, k});
    childrenOf(m_db, entities::planRating(), [&](const QString &parent) {
        const auto it = rows.constFind(parent);
        return it == rows.constEnd() ? nullptr : &out[it->first].rows[it->second].ratings;
    });
    return out;
}

QHash<QString, int> DataLoader::causesOfAdoptedMeasures() const
{
    QHash<QString, int> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT r.measure_id, count(c.cause_id) FROM measure_plan_rows r "
                       "LEFT JOIN measure_causes c ON c.measure_id = r.measure_id "
                       "WHERE r.measure_id IS NOT NULL GROUP BY r.measure_id"));
    while (st.step())
        out.insert(st.text(0), int(st.int64(1)));
    return out;
}

QList<core::Attachment> DataLoader::attachments(bool withData) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Attachment> out;
    const auto &entity = entities::attachment();
    const QString data = QStringLiteral("data");
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, data IS NOT NULL, %1 FROM attachments "
                                    "ORDER BY position, rowid")
                         .arg(entity.columns({}, withData ? QStringList() : QStringList{data})));
    while (st.step()) {
        core::Attachment a;
        a.id = st.text(0);
        entity.load(a, st, 2);
        a.hasData = withData && st.int64(1) != 0;
        out << a;
    }
    return out;
}

QByteArray DataLoader::attachmentData(const QString &id) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    Statement st = m_db.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        throw notFound(RecordKind::Attachment, id);
    return st.blob(0);
}

QList<core::CrimeStatistic> DataLoader::crimeStatistics() const
{
    return crimeStatistics(QStringList{});
}

QList<core::CrimeStatistic> DataLoader::crimeStatistics(const QStringList &codes) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::CrimeStatistic> out;
    // Two statements, not "?1 IS NULL OR …", which would keep SQLite off the index of
    // the unique key (municipality_code, crime_type, year, period) for the chosen codes.
    const QString select = QStringLiteral(
        "SELECT municipality_code, municipality_name, year, period, crime_type, category, count, "
        "preliminary FROM crime_statistics %1 ORDER BY municipality_code, year, period, id");
    Statement st = m_db.prepare(select.arg(
        codes.isEmpty()
            ? QString()
            : QStringLiteral("WHERE municipality_code IN (SELECT value FROM json_each(?1))")));
    if (!codes.isEmpty())
        st.bind(
            1,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact)));
    // A file holds many rows and few distinct codes, names, periods, crime types and
    // categories: each distinct text is held once and shared by every row that has it
    // (at x10, 200,000 rows), instead of a copy per row and column.
    QSet<QString> texts;
    const auto shared = [&texts](QString text) {
        const auto it = texts.constFind(text);
        if (it != texts.constEnd())
            return *it;
        texts.insert(text);
        return text;
    };
    while (st.step())
        out << core::CrimeStatistic{shared(st.text(0)), shared(st.text(1)), st.integer(2),
                                    shared(st.text(3)), shared(st.text(4)), shared(st.text(5)),
                                    optInt(st, 6),      st.int64(7) != 0};
    return out;
}

QStringList DataLoader::statisticsMunicipalityCodes() const
{
    // A loose index scan: one seek in the unique key's index per code, not a pass over
    // every row (200,000 at x10) as SELECT DISTINCT would make.
    return firstColumn(
        m_db,
        QStringLiteral("WITH RECURSIVE codes(code) AS ("
                       " SELECT min(municipality_code) FROM crime_statistics"
                       " UNION ALL SELECT (SELECT min(municipality_code) FROM crime_statistics"
                       "                   WHERE municipality_code > codes.code)"
                       " FROM codes WHERE codes.code IS NOT NULL) "
                       "SELECT code FROM codes WHERE code IS NOT NULL"));
}

QStringList DataLoader::comparedMunicipalityCodes() const
{
    return firstColumn(m_db,
                       QStringLiteral("SELECT code FROM municipality WHERE code <> '' "
                                      "UNION SELECT code FROM situation_picture_comparisons "
                                      "WHERE EXISTS (SELECT 1 FROM municipality WHERE code <> '') "
                                      "ORDER BY 1"));
}

QList<core::Population> DataLoader::population() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Population> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id, %1 FROM population ORDER BY municipality_code, year")
            .arg(entities::population().columns()));
    while (st.step()) {
        core::Population row;
        row.rowId.value = st.text(0);
        entities::population().load(row, st, 1);
        out << row;
    }
    return out;
}

QList<core::SurveyIndicator> DataLoader::surveyIndicators() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::SurveyIndicator> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT area_code, indicator, year, value, ci_low, ci_high, source "
                       "FROM survey_indicators ORDER BY id"));
    while (st.step())
        out << core::SurveyIndicator{st.text(0),    st.text(1),    st.integer(2), st.real(3),
                                     st.optReal(4), st.optReal(5), st.text(6)};
    return out;
}

QList<core::CategoryMapping> DataLoader::categoryMapping() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::CategoryMapping> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT crime_type, category FROM category_mapping ORDER BY crime_type"));
    while (st.step())
        out << core::CategoryMapping{st.text(0), st.text(1)};
    return out;
}

QVariant DataLoader::field(RecordKind kind, const QString &id, const QString &field) const
{
    return fields(kind, id, {field}).value(0);
}

QVariantList DataLoader::fields(RecordKind kind, const QString &id, const QStringList &names) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    const KindSpec &spec = FieldRegistry::kind(kind);
    QList<const FieldSpec *> specs;
    for (const QString &name : names) {
        const FieldSpec *fieldSpec = spec.field(name);
        if (!fieldSpec)
            throw FieldAccess::invalid(
                QCoreApplication::translate("samverka::storage", "A %1 has no field \"%2\".")
                    .arg(recordKindName(kind), name));
        specs << fieldSpec;
    }
    FieldAccess access(m_db);
    return access.readAll(spec, specs, access.existingId(kind, id));
}

} // namespace samverka::storage
