#include "RegionOverviewReader.h"

#include "PgConnection.h"
#include "RegionSchema.h"

#include "AgreementFacts.h"
#include "Enums.h"
#include "OverviewRowBuilder.h"

#include <QHash>

namespace samverka::region {

namespace {

/// The published municipalities asked for: $1 local police area, $2 county (NULL: any).
const char *const kChosen =
    "WITH chosen AS (SELECT p.municipality FROM region.latest_publications p JOIN "
    "region.municipalities m ON m.code = p.municipality WHERE ($1::text IS NULL OR "
    "m.local_police_area = $1) AND ($2::text IS NULL OR m.county = $2)) ";

template <typename E> E word(const PgResult &r, int row, int column, E fallback)
{
    if (r.isNull(row, column))
        return fallback;
    return core::fromWord<E>(r.text(row, column)).value_or(fallback);
}

template <typename E> std::optional<E> optionalWord(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? std::nullopt : core::fromWord<E>(r.text(row, column));
}

QDate date(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? QDate() : QDate::fromString(r.text(row, column), Qt::ISODate);
}

bool flag(const PgResult &r, int row, int column)
{
    return r.text(row, column) == QLatin1String("t");
}

std::optional<int> optionalInt(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? std::nullopt : std::optional<int>(r.text(row, column).toInt());
}

class Reader
{
public:
    Reader(const PgConnection &db, const RegionOverviewReader::Filter &filter, const QDate &today,
           bool allMeasures)
        : m_db(db)
        , m_today(today)
        , m_allMeasures(allMeasures)
        , m_params{filter.localPoliceArea.isEmpty() ? QVariant() : filter.localPoliceArea,
                   filter.county.isEmpty() ? QVariant() : filter.county}
    {}

    QList<core::OverviewInput> read()
    {
        readMunicipalities();
        readAgreements();
        readAgreementChildren();
        readMeasures();
        readPromisesAndLaw();
        QList<core::OverviewInput> out;
        for (const QString &code : m_order) {
            core::OverviewInput in = m_inputs.take(code);
            in.agreements = m_agreements.value(code);
            out << in;
        }
        return out;
    }

private:
    PgResult query(const char *sql, const QVariantList &more = {}) const
    {
        return m_db.exec(QString::fromLatin1(kChosen) + QString::fromLatin1(sql), m_params + more);
    }

    core::Agreement *agreement(const PgResult &r, int row)
    {
        QList<core::Agreement> &list = m_agreements[r.text(row, 0)];
        const QString id = r.text(row, 1);
        const int index = m_index.value(r.text(row, 0) + u'\x1f' + id, -1);
        return index < 0 ? nullptr : &list[index];
    }

    void readMunicipalities()
    {
        const PgResult r = query(
            "SELECT m.code, m.name, m.county, m.police_region, m.local_police_area, "
            "p.source_file, to_char(p.last_change_at AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), p.last_change_by FROM chosen c JOIN "
            "region.municipalities m ON m.code = c.municipality JOIN region.latest_publications "
            "p ON p.municipality = c.municipality ORDER BY m.name, m.code");
        for (int i = 0; i < r.rows(); ++i) {
            core::OverviewInput in;
            in.law.municipality.code = r.text(i, 0);
            in.law.municipality.name = r.text(i, 1);
            in.law.municipality.county = r.text(i, 2);
            in.law.municipality.policeRegion = r.text(i, 3);
            in.law.municipality.localPoliceArea = r.text(i, 4);
            in.source = r.text(i, 5);
            if (!r.isNull(i, 6))
                in.lastChangeAt = QDateTime::fromString(r.text(i, 6), Qt::ISODateWithMs).toUTC();
            in.lastChangeBy = r.text(i, 7);
            m_order << in.law.municipality.code;
            m_inputs.insert(in.law.municipality.code, in);
        }
    }

    void readAgreements()
    {
        const PgResult r = query(
            "SELECT a.municipality, a.id, a.title, a.status, a.replaces, a.valid_from, "
            "a.valid_from_signing, a.valid_to, a.continues_until_further_notice FROM chosen c "
            "JOIN region.agreements a ON a.municipality = c.municipality ORDER BY "
            "a.municipality, a.position");
        for (int i = 0; i < r.rows(); ++i) {
            core::Agreement a;
            a.id = r.text(i, 1);
            a.title = r.text(i, 2);
            a.status = word(r, i, 3, core::AgreementStatus::Draft);
            a.replaces = r.text(i, 4);
            a.validFrom = date(r, i, 5);
            a.validFromSigning = flag(r, i, 6);
            a.validTo = date(r, i, 7);
            a.continuesUntilFurtherNotice = flag(r, i, 8);
            QList<core::Agreement> &list = m_agreements[r.text(i, 0)];
            m_index.insert(r.text(i, 0) + u'\x1f' + a.id, int(list.size()));
            list << a;
        }
    }

    void readAgreementChildren()
    {
        const PgResult areas = query(
            "SELECT f.municipality, f.agreement_id, f.id, f.title FROM chosen c JOIN "
            "region.focus_areas f ON f.municipality = c.municipality ORDER BY f.municipality, "
            "f.agreement_id, f.position");
        for (int i = 0; i < areas.rows(); ++i)
            if (core::Agreement *a = agreement(areas, i))
                a->focusAreas << core::FocusArea{areas.text(i, 2), areas.text(i, 3), {}, {}, {}};
        const PgResult signatures =
            query("SELECT s.municipality, s.agreement_id, s.date, s.signed FROM chosen c JOIN "
                  "region.signatures s ON s.municipality = c.municipality ORDER BY s.municipality, "
                  "s.agreement_id, s.position");
        for (int i = 0; i < signatures.rows(); ++i)
            if (core::Agreement *a = agreement(signatures, i)) {
                core::Signature s;
                s.date = date(signatures, i, 2);
                s.signed_ = flag(signatures, i, 3);
                a->signatures << s;
            }
        const PgResult comments =
            query("SELECT r.municipality, r.agreement_id, r.section, r.resolved FROM chosen c JOIN "
                  "region.review_comments r ON r.municipality = c.municipality ORDER BY "
                  "r.municipality, r.agreement_id, r.id");
        for (int i = 0; i < comments.rows(); ++i)
            if (core::Agreement *a = agreement(comments, i)) {
                core::ReviewComment comment;
                comment.section = comments.text(i, 2);
                comment.resolved = flag(comments, i, 3);
                a->comments << comment;
            }
        const PgResult rules = query(
            "SELECT r.municipality, r.agreement_id, r.target, r.every_months FROM chosen c JOIN "
            "region.reporting_rules r ON r.municipality = c.municipality ORDER BY "
            "r.municipality, r.agreement_id, r.position");
        for (int i = 0; i < rules.rows(); ++i)
            if (core::Agreement *a = agreement(rules, i)) {
                core::ReportingRule rule;
                rule.to = word(rules, i, 2, core::ReportingTarget::SteeringGroup);
                rule.everyMonths = rules.text(i, 3).toInt();
                a->part1.reporting << rule;
            }
    }

    void readMeasures()
    {
        // The rows count only the late measures (AgreementFacts::isLate): those are read,
        // unless the report's focus areas want every measure.
        QStringList late;
        for (const core::MeasureStatus status : core::AgreementFacts::lateStatuses())
            late << core::toWord(status);
        const PgResult measures =
            m_allMeasures
                ? query("SELECT m.municipality, m.agreement_id, m.id, m.title, m.focus_area_id, "
                        "m.end_date, m.status FROM chosen c JOIN region.measures m ON "
                        "m.municipality = c.municipality ORDER BY m.municipality, m.agreement_id, "
                        "m.position")
                // Only what a count needs, in no particular order: the late measures of a
                // large region are tens of thousands.
                : query("SELECT m.municipality, m.agreement_id, NULL, NULL, NULL, m.end_date, "
                        "m.status FROM chosen c JOIN region.measures m ON m.municipality = "
                        "c.municipality WHERE m.end_date < $3 AND m.status = ANY ($4::text[])",
                        {m_today, QStringLiteral("{%1}").arg(late.join(u','))});
        for (int i = 0; i < measures.rows(); ++i)
            if (core::Agreement *a = agreement(measures, i)) {
                core::Measure m;
                m.id = measures.text(i, 2);
                m.title = measures.text(i, 3);
                m.focusArea = measures.text(i, 4);
                m.end = date(measures, i, 5);
                m.status = word(measures, i, 6, core::MeasureStatus::Planned);
                a->measures << m;
            }
        // Only a signed agreement can be in force, and only a follow-up reported to
        // someone satisfies a report due (AgreementFacts::reportsDue): the others count
        // for nothing here.
        const PgResult followUps = query(
            "SELECT f.municipality, f.agreement_id, f.id, f.date, f.kind, f.measure_id, "
            "f.goal_id, f.reported_to FROM chosen c JOIN region.follow_ups f ON f.municipality "
            "= c.municipality JOIN region.agreements a ON a.municipality = f.municipality AND "
            "a.id = f.agreement_id WHERE a.status = $3 AND f.reported_to IS NOT NULL ORDER BY "
            "f.municipality, f.agreement_id, f.date, f.id",
            {core::toWord(core::AgreementStatus::Signed)});
        for (int i = 0; i < followUps.rows(); ++i)
            if (core::Agreement *a = agreement(followUps, i)) {
                core::FollowUp f;
                f.id = followUps.text(i, 2);
                f.date = date(followUps, i, 3);
                f.kind = word(followUps, i, 4, core::FollowUpKind::Process);
                f.measure = followUps.text(i, 5);
                f.goal = followUps.text(i, 6);
                f.reportedTo = optionalWord<core::ReportingTarget>(followUps, i, 7);
                a->followUps << f;
            }
    }

    void readPromisesAndLaw()
    {
        const PgResult sets = query(
            "SELECT s.municipality, s.id, s.from_year, s.to_year, s.status FROM chosen c JOIN "
            "region.promise_sets s ON s.municipality = c.municipality ORDER BY s.municipality, "
            "s.position");
        for (int i = 0; i < sets.rows(); ++i) {
            core::CitizenPromiseSet s;
            s.id = sets.text(i, 1);
            s.fromYear = optionalInt(sets, i, 2);
            s.toYear = optionalInt(sets, i, 3);
            s.status = word(sets, i, 4, core::PromiseSetStatus::Draft);
            m_inputs[sets.text(i, 0)].promiseSets << s;
        }
        const PgResult editions = query(
            "SELECT p.municipality, p.id, p.title, p.date, p.status, p.decided_on, p.next_update "
            "FROM chosen c JOIN region.situation_pictures p ON p.municipality = c.municipality "
            "ORDER BY p.municipality, p.position");
        for (int i = 0; i < editions.rows(); ++i) {
            core::SituationPicture p;
            p.id = editions.text(i, 1);
            p.title = editions.text(i, 2);
            p.date = date(editions, i, 3);
            p.status = word(editions, i, 4, core::SituationStatus::Draft);
            p.decidedOn = date(editions, i, 5);
            p.nextUpdate = date(editions, i, 6);
            m_inputs[editions.text(i, 0)].law.editions << p;
        }
        const PgResult plans =
            query("SELECT p.municipality, p.id, p.title, p.status, p.decided_on, p.valid_from, "
                  "p.valid_to, p.situation_picture_id FROM chosen c JOIN region.measure_plans p ON "
                  "p.municipality = c.municipality ORDER BY p.municipality, p.position");
        for (int i = 0; i < plans.rows(); ++i) {
            core::MeasurePlan p;
            p.id = plans.text(i, 1);
            p.title = plans.text(i, 2);
            p.status = word(plans, i, 3, core::PlanStatus::Draft);
            p.decidedOn = date(plans, i, 4);
            p.validFrom = date(plans, i, 5);
            p.validTo = date(plans, i, 6);
            p.situationPicture = plans.text(i, 7);
            m_inputs[plans.text(i, 0)].law.plans << p;
        }
    }

    const PgConnection &m_db;
    QDate m_today;
    bool m_allMeasures = false;
    QVariantList m_params;
    QStringList m_order;
    QHash<QString, core::OverviewInput> m_inputs;
    QHash<QString, QList<core::Agreement>> m_agreements;
    QHash<QString, int> m_index; ///< municipality \x1f agreement id → index in its list
};

} // namespace

QList<core::OverviewInput> RegionOverviewReader::inputs(const PgConnection &db,
                                                        const Filter &filter, const QDate &today,
                                                        bool allMeasures)
{
    RegionSchema::check(db);
    return db.transaction(
        QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"),
        [&] { return Reader(db, filter, today, allMeasures).read(); });
}

QList<core::OverviewRow> RegionOverviewReader::rows(const PgConnection &db, const QDate &today,
                                                    const Filter &filter,
                                                    QList<core::OverviewDetail> *details)
{
    QList<core::OverviewRow> out;
    if (details)
        details->clear();
    for (const core::OverviewInput &in : inputs(db, filter, today, details != nullptr)) {
        out << core::OverviewRowBuilder::build(in, today);
        if (details)
            details->append(core::OverviewRowBuilder::detail(in, today));
    }
    return out;
}

} // namespace samverka::region
