#include "StatisticsStore.h"

#include "AuditLog.h"
#include "DataLoader.h"
#include "Database.h"
#include "RowBuilder.h"
#include "RowStore.h"
#include "Statement.h"
#include "Transaction.h"

#include <QDateTime>

#include <algorithm>

namespace samverka::storage {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

StatisticsStore::StatisticsStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

StatisticsImportReport
StatisticsStore::importCrimeStatistics(const QList<core::CrimeStatistic> &rows)
{
    Transaction tx(m_db);
    StatisticsImportReport report;
    const auto countRows = [this] {
        Statement count = m_db.prepare(s("SELECT count(*) FROM crime_statistics"));
        count.step();
        return count.int64(0);
    };
    const qint64 before = countRows();
    // New keys go after every row already stored, in the order they came; an updated key
    // keeps its place. Reads order by municipality, year, period and then id, which is
    // this place (not a key: the table is keyed by the natural key).
    qint64 firstPosition = 0;
    {
        Statement last = m_db.prepare(s("SELECT max(id) FROM crime_statistics"));
        if (last.step() && !last.isNull(0))
            firstPosition = last.int64(0) + 1;
    }
    // One statement per row, prepared once per import: an export has hundreds of
    // thousands of rows, and a separate look-up before each insert cost one more index
    // descent per row. ".." says nothing new, so it never overwrites a known row; nor
    // does a row that changes nothing (its updated_at stays as it was).
    Statement upsert = m_db.prepare(
        s("INSERT INTO crime_statistics (municipality_code, municipality_name, year, period, "
          "crime_type, category, count, preliminary, id, created_at, updated_at) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?9, ?9) "
          "ON CONFLICT (municipality_code, year, period, crime_type) DO UPDATE SET "
          "municipality_name = excluded.municipality_name, category = excluded.category, "
          "count = excluded.count, preliminary = excluded.preliminary, "
          "updated_at = excluded.updated_at "
          "WHERE excluded.count IS NOT NULL AND (municipality_name IS NOT "
          "excluded.municipality_name OR category IS NOT excluded.category OR count IS NOT "
          "excluded.count OR preliminary IS NOT excluded.preliminary)"));
    // One timestamp for the whole import, computed once, instead of two strftime('now')
    // defaults evaluated per row.
    const QString now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    // Texts are NOT NULL DEFAULT '': an empty QString must bind '', not NULL.
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };

    // Rows go in grouped by municipality, year and period, keeping the file's order within
    // a group: each insert then lands next to the one before in the table's B-tree (keyed
    // by those columns and the crime type) instead of anywhere in it. Each row's id is its
    // place in the file, so what is read back keeps the file's order. A file comes
    // in runs of one group, so the runs are sorted rather than the rows (a stable sort of
    // the runs orders the rows as a stable sort of the rows would).
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
    const auto insert = [&](qsizetype index) {
        const core::CrimeStatistic &row = rows[index];
        if (!row.count)
            ++report.suppressed;
        upsert.reset();
        upsert.bind(1, text(row.municipalityCode));
        upsert.bind(2, text(row.municipalityName));
        upsert.bind(3, row.year);
        upsert.bind(4, text(row.period));
        upsert.bind(5, text(row.crimeType));
        upsert.bind(6, text(row.category));
        upsert.bind(7, row.count);
        upsert.bind(8, row.preliminary);
        upsert.bind(9, now);
        upsert.bind(10, firstPosition + index);
        upsert.run();
    };
    for (const Run &run : std::as_const(runs)) {
        for (qsizetype index = run.begin; index < run.end; ++index)
            insert(index);
    }
    // Every row counts as imported (a new key) or updated (a known key, or a key that
    // came earlier in the same import): the rows added are exactly the new keys.
    report.imported = int(countRows() - before);
    report.updated = int(rows.size()) - report.imported;
    m_audit.record(s("crimeStatistics"), QString(), QString(), QString(),
                   QStringLiteral("imported %1, updated %2, suppressed %3")
                       .arg(report.imported)
                       .arg(report.updated)
                       .arg(report.suppressed));
    tx.commit();
    return report;
}

int StatisticsStore::importPopulation(const QList<core::Population> &rows)
{
    Transaction tx(m_db);
    RowStore store(m_db);
    const QString ownCode = DataLoader(m_db).municipality().code;
    const QStringList key = {s("municipality_code"), s("year")};
    for (const core::Population &row : rows)
        store.upsert(RowBuilder::population(row, ownCode), key);
    m_audit.record(s("population"), QString(), QString(), QString(),
                   QStringLiteral("imported %1 rows").arg(rows.size()));
    tx.commit();
    return int(rows.size());
}

void StatisticsStore::setCategoryMapping(const QList<core::CategoryMapping> &mapping)
{
    Transaction tx(m_db);
    m_db.exec(s("DELETE FROM category_mapping"));
    Statement st = m_db.prepare(s("INSERT INTO category_mapping (crime_type, category) "
                                  "VALUES (?1, ?2) ON CONFLICT (crime_type) DO UPDATE SET "
                                  "category = excluded.category"));
    for (const core::CategoryMapping &entry : mapping) {
        st.reset();
        st.bind(1, entry.crimeType);
        RowStore::bindValue(st, 2, RowBuilder::text(entry.category));
        st.run();
    }
    m_audit.record(s("categoryMapping"), QString(), QString(), QString(),
                   QStringLiteral("%1 crime types").arg(mapping.size()));
    tx.commit();
}

} // namespace samverka::storage
