#include "CrimeStatisticMerge.h"

#include "Database.h"

#include <QDateTime>

#include <algorithm>

namespace samverka::storage {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// The rule of the header, as one statement (prepared once per import: an export has
// hundreds of thousands of rows, and a look-up before each write cost one more index
// descent per row). ?9 is the row's place, used only for a new key. RETURNING gives the
// row's place when something was written: ?9 itself for an insert, the stored place for an
// update; no row at all when the WHERE found nothing to change.
const char *const upsertSql =
    "INSERT INTO crime_statistics (municipality_code, municipality_name, year, period, "
    "crime_type, category, count, preliminary, id, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) "
    "ON CONFLICT (municipality_code, year, period, crime_type) DO UPDATE SET "
    "municipality_name = excluded.municipality_name, category = excluded.category, "
    "count = coalesce(excluded.count, count), "
    "preliminary = iif(excluded.count IS NULL, preliminary, excluded.preliminary), "
    "updated_at = excluded.updated_at "
    "WHERE municipality_name IS NOT excluded.municipality_name "
    "OR category IS NOT excluded.category "
    "OR (excluded.count IS NOT NULL AND (count IS NOT excluded.count "
    "OR preliminary IS NOT excluded.preliminary)) "
    "RETURNING id";
} // namespace

CrimeStatisticMerge::CrimeStatisticMerge(Database &db)
    : m_db(db)
    , m_upsert(db.prepare(s(upsertSql)))
    // One timestamp for the whole import, instead of strftime('now') per row.
    , m_now(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")))
{}

CrimeStatisticMerge::Outcome CrimeStatisticMerge::merge(const core::CrimeStatistic &row,
                                                        qint64 position)
{
    // Texts are NOT NULL DEFAULT '': an empty QString must bind '', not NULL.
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };
    m_upsert.reset();
    m_upsert.bind(1, text(row.municipalityCode));
    m_upsert.bind(2, text(row.municipalityName));
    m_upsert.bind(3, row.year);
    m_upsert.bind(4, text(row.period));
    m_upsert.bind(5, text(row.crimeType));
    m_upsert.bind(6, text(row.category));
    m_upsert.bind(7, row.count);
    m_upsert.bind(8, row.preliminary);
    m_upsert.bind(9, position);
    m_upsert.bind(10, m_now);
    if (!m_upsert.step())
        return Outcome::Unchanged;
    const Outcome outcome = m_upsert.int64(0) == position ? Outcome::Inserted : Outcome::Updated;
    m_upsert.reset(); // no statement left running when the transaction commits
    return outcome;
}

StatisticsImportReport CrimeStatisticMerge::mergeAll(const QList<core::CrimeStatistic> &rows)
{
    // New keys go after every row already stored, in the order they came; an updated key
    // keeps its place. Reads order by municipality, year, period and then id, which is
    // this place (not a key: the table is keyed by the natural key).
    qint64 firstPosition = 0;
    {
        Statement last = m_db.prepare(s("SELECT max(id) FROM crime_statistics"));
        if (last.step() && !last.isNull(0))
            firstPosition = last.int64(0) + 1;
    }

    // Rows go in grouped by municipality, year and period, keeping the given order within
    // a group: each insert then lands next to the one before in the table's B-tree (keyed
    // by those columns and the crime type) instead of anywhere in it. Each row's place is
    // its index in the list, so what is read back keeps the list's order. A file comes in
    // runs of one group, so the runs are sorted rather than the rows (a stable sort of the
    // runs orders the rows as a stable sort of the rows would). A repeated key merges in
    // the given order either way: both rows are in one group.
    struct Run {
        qsizetype begin;
        qsizetype end;
    };
    QList<Run> runs;
    const auto sameGroup = [&rows](qsizetype a, qsizetype b) {
        return rows[a].year == rows[b].year &&
               rows[a].municipalityCode == rows[b].municipalityCode &&
               rows[a].period == rows[b].period;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (runs.isEmpty() || !sameGroup(runs.last().begin, i))
            runs.append(Run{i, i + 1});
        else
            runs.last().end = i + 1;
    }
    std::stable_sort(runs.begin(), runs.end(), [&rows](const Run &a, const Run &b) {
        const core::CrimeStatistic &x = rows[a.begin];
        const core::CrimeStatistic &y = rows[b.begin];
        if (const int c = x.municipalityCode.compare(y.municipalityCode))
            return c < 0;
        if (x.year != y.year)
            return x.year < y.year;
        return x.period < y.period;
    });

    StatisticsImportReport report;
    for (const Run &run : std::as_const(runs)) {
        for (qsizetype index = run.begin; index < run.end; ++index) {
            const core::CrimeStatistic &row = rows[index];
            if (!row.count)
                ++report.suppressed;
            switch (merge(row, firstPosition + index)) {
            case Outcome::Inserted:
                ++report.imported;
                break;
            case Outcome::Updated:
                ++report.updated;
                break;
            case Outcome::Unchanged:
                ++report.unchanged;
                break;
            }
        }
    }
    m_upsert.reset();
    return report;
}

} // namespace samverka::storage
