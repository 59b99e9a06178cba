#include "DataLoader.h"

#include "AgreementLoader.h"
#include "Database.h"
#include "FieldAccess.h"
#include "ReadTransaction.h"
#include "Statement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QHash>

namespace samverka::storage {

namespace {
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
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    core::MunicipalityData data;
    data.municipality = municipality();
    data.population = population();
    data.parties = parties();
    data.people = people();
    data.agreements = agreements();
    data.crimeStatistics = crimeStatistics();
    data.surveyIndicators = surveyIndicators();
    data.citizenPromiseSets = promiseSets();
    data.meetings = meetings();
    data.attachments = attachments(withAttachmentData);
    data.categoryMapping = categoryMapping();
    return data;
}

core::Municipality DataLoader::municipality() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT name, code, county, police_region, local_police_area FROM municipality "
        "WHERE id = 1"));
    core::Municipality m;
    if (st.step()) {
        m.name = st.text(0);
        m.code = ref(st, 1);
        m.county = st.text(2);
        m.policeRegion = st.text(3);
        m.localPoliceArea = st.text(4);
    }
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
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Party> out;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, kind, name FROM parties ORDER BY position, rowid"));
    while (st.step())
        out << core::Party{
            st.text(0),
            core::fromWord<core::PartyKind>(st.text(1)).value_or(core::PartyKind::Other),
            st.text(2)};
    return out;
}

QList<core::Person> DataLoader::people() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Person> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, name, title, party_id, email, phone FROM people ORDER BY position, rowid"));
    while (st.step())
        out << core::Person{st.text(0), st.text(1), st.text(2), ref(st, 3), st.text(4), st.text(5)};
    return out;
}

QList<core::CitizenPromiseSet> DataLoader::promiseSets() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::CitizenPromiseSet> out;
    QHash<QString, int> sets;
    {
        Statement st = m_db.prepare(
            QStringLiteral("SELECT id, title, agreement_id, from_year, to_year, preamble, status "
                           "FROM promise_sets ORDER BY position, rowid"));
        while (st.step()) {
            core::CitizenPromiseSet set;
            set.id = st.text(0);
            set.title = st.text(1);
            set.agreement = ref(st, 2);
            set.fromYear = optInt(st, 3);
            set.toYear = optInt(st, 4);
            set.preamble = st.text(5);
            set.status = core::fromWord<core::PromiseSetStatus>(st.text(6))
                             .value_or(core::PromiseSetStatus::Draft);
            sets.insert(set.id, int(out.size()));
            out << set;
        }
    }
    {
        Statement st =
            m_db.prepare(QStringLiteral("SELECT promise_set_id, basis FROM promise_set_basis "
                                        "ORDER BY promise_set_id, position, rowid"));
        while (st.step())
            if (sets.contains(st.text(0)))
                if (auto basis = core::fromWord<core::PromiseBasis>(st.text(1)))
                    out[sets.value(st.text(0))].basis << *basis;
    }
    QHash<QString, QPair<int, int>> promises;
    {
        Statement st =
            m_db.prepare(QStringLiteral("SELECT promise_set_id, id, text, status FROM promises "
                                        "ORDER BY promise_set_id, position, rowid"));
        while (st.step()) {
            if (!sets.contains(st.text(0)))
                continue;
            core::CitizenPromiseSet &set = out[sets.value(st.text(0))];
            core::CitizenPromise promise;
            promise.id = st.text(1);
            promise.text = st.text(2);
            promise.status = core::fromWord<core::MeasureStatus>(st.text(3))
                                 .value_or(core::MeasureStatus::Planned);
            promises.insert(promise.id, {sets.value(st.text(0)), int(set.promises.size())});
            set.promises << promise;
        }
    }
    const auto links = [&](const char *table, const char *column,
                           QStringList core::CitizenPromise::*list) {
        Statement st = m_db.prepare(QStringLiteral("SELECT promise_id, %2 FROM %1 "
                                                   "ORDER BY promise_id, position, rowid")
                                        .arg(QLatin1String(table), QLatin1String(column)));
        while (st.step()) {
            const auto it = promises.constFind(st.text(0));
            if (it != promises.constEnd())
                (out[it->first].promises[it->second].*list) << st.text(1);
        }
    };
    links("promise_responsible", "party_id", &core::CitizenPromise::responsible);
    links("promise_measures", "measure_id", &core::CitizenPromise::measures);
    {
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT promise_set_id, id, id_is_internal, person_id, name, title, party_id, place, "
            "date, signed FROM signatures WHERE promise_set_id IS NOT NULL "
            "ORDER BY promise_set_id, position, rowid"));
        while (st.step()) {
            if (!sets.contains(st.text(0)))
                continue;
            core::Signature s;
            s.id = st.int64(2) ? QString() : st.text(1);
            s.person = ref(st, 3);
            s.name = st.text(4);
            s.title = st.text(5);
            s.party = ref(st, 6);
            s.place = st.text(7);
            s.date = st.isNull(8) ? QDate() : QDate::fromString(st.text(8), Qt::ISODate);
            s.signed_ = st.int64(9) != 0;
            s.rowId.value = st.text(1);
            out[sets.value(st.text(0))].signatures << s;
        }
    }
    return out;
}

QList<core::Meeting> DataLoader::meetings() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Meeting> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id, agreement_id, group_name, date, attendees, notes, decisions "
                       "FROM meetings ORDER BY position, rowid"));
    while (st.step())
        out << core::Meeting{
            st.text(0), ref(st, 1), st.text(2), QDate::fromString(st.text(3), Qt::ISODate),
            st.text(4), st.text(5), st.text(6)};
    return out;
}

QList<core::Attachment> DataLoader::attachments(bool withData) const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Attachment> out;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, agreement_id, name, media_type, sha256, note, %1 "
                                    "FROM attachments ORDER BY position, rowid")
                         .arg(withData ? QStringLiteral("data") : QStringLiteral("NULL")));
    while (st.step()) {
        core::Attachment a;
        a.id = st.text(0);
        a.agreement = ref(st, 1);
        a.name = st.text(2);
        a.mediaType = st.text(3);
        a.sha256 = st.text(4);
        a.note = st.text(5);
        if (withData && !st.isNull(6)) {
            a.data = st.blob(6);
            a.hasData = true;
        }
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
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::CrimeStatistic> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT municipality_code, municipality_name, year, period, crime_type, category, count, "
        "preliminary FROM crime_statistics ORDER BY municipality_code, year, period, id"));
    while (st.step())
        out << core::CrimeStatistic{st.text(0), st.text(1), st.integer(2), st.text(3),
                                    st.text(4), st.text(5), optInt(st, 6), st.int64(7) != 0};
    return out;
}

QList<core::Population> DataLoader::population() const
{
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    QList<core::Population> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT municipality_code, year, value FROM population ORDER BY municipality_code, year"));
    while (st.step())
        out << core::Population{st.text(0), st.integer(1), st.int64(2)};
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
    const ReadTransaction read(m_db); // one state of the file, never a torn one
    const KindSpec &spec = FieldRegistry::kind(kind);
    const FieldSpec *fieldSpec = spec.field(field);
    if (!fieldSpec)
        throw FieldAccess::invalid(
            QCoreApplication::translate("samverka::storage", "A %1 has no field \"%2\".")
                .arg(recordKindName(kind), field));
    FieldAccess access(m_db);
    return access.read(spec, *fieldSpec, access.existingId(kind, id));
}

} // namespace samverka::storage
