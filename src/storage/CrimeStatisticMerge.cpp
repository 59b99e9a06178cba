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

// The rule of the header, in two statements prepared once per import (an export has
// hundreds of thousands of rows). A new key is inserted; for a known key the insert does
// nothing and the update applies the rule, changing the row only when something differs.
// (One upsert with RETURNING, to tell inserted from updated, made SQLite open and close a
// temporary table for every row: 2.3 times slower.) ?9 is a new row's place.
const char *const insertSql =
    "INSERT INTO crime_statistics (municipality_code, municipality_name, year, period, "
    "crime_type, category, count, preliminary, id, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) "
    "ON CONFLICT (municipality_code, year, period, crime_type) DO NOTHING";
const char *const updateSql =
    "UPDATE crime_statistics SET municipality_name = ?2, category = ?6, "
    "count = coalesce(?7, count), preliminary = iif(?7 IS NULL, preliminary, ?8), "
    "updated_at = ?9 "
    "WHERE municipality_code = ?1 AND year = ?3 AND period = ?4 AND crime_type = ?5 "
    "AND (municipality_name IS NOT ?2 OR category IS NOT ?6 "
    "OR (?7 IS NOT NULL AND (count IS NOT ?7 OR preliminary IS NOT ?8)))";

/// Binds the row's key and values (?1 to ?8) as both statements take them. Texts are NOT
/// NULL DEFAULT '': an empty QString must bind '', not NULL.
void bindRow(Statement &st, const core::CrimeStatistic &row)
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };
    st.bind(1, text(row.municipalityCode));
    st.bind(2, text(row.municipalityName));
    st.bind(3, row.year);
    st.bind(4, text(row.period));
    st.bind(5, text(row.crimeType));
    st.bind(6, text(row.category));
    st.bind(7, row.count);
    st.bind(8, row.preliminary);
}
} // namespace

CrimeStatisticMerge::CrimeStatisticMerge(Database &db)
    : m_db(db)
    , m_insert(db.prepare(s(insertSql)))
    , m_update(db.prepare(s(updateSql)))
    // One timestamp for the whole import, instead of strftime('now') per row.
    , m_now(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")))
{}

CrimeStatisticMerge::Outcome CrimeStatisticMerge::merge(const core::CrimeStatistic &row,
                                                        qint64 position)
{
    m_insert.reset();
    bindRow(m_insert, row);
    m_insert.bind(9, position);
    m_insert.bind(10, m_now);
    m_insert.run();
    if (m_db.changes() == 1)
        return Outcome::Inserted;
    m_update.reset();
    bindRow(m_update, row);
    m_update.bind(9, m_now);
    m_update.run();
    return m_db.changes() == 1 ? Outcome::Updated : Outcome::Unchanged;
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
    m_insert.reset();
    m_update.reset();
    return report;
}

} // namespace samverka::storage
