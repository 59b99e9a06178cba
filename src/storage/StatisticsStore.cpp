#include "StatisticsStore.h"

#include "AuditLog.h"
#include "DataLoader.h"
#include "Database.h"
#include "RowBuilder.h"
#include "RowStore.h"
#include "Statement.h"
#include "Transaction.h"

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
    // Prepared once for the whole import: an export has hundreds of thousands of rows,
    // and compiling the SQL per row cost ten times more than storing them.
    Statement find = m_db.prepare(
        s("SELECT id, municipality_name, category, count, preliminary FROM crime_statistics "
          "WHERE municipality_code = ?1 AND year = ?2 AND period = ?3 AND crime_type = ?4"));
    Statement insert = m_db.prepare(
        s("INSERT INTO crime_statistics (municipality_code, municipality_name, year, period, "
          "crime_type, category, count, preliminary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    Statement update = m_db.prepare(
        s("UPDATE crime_statistics SET municipality_name = ?2, category = ?3, count = ?4, "
          "preliminary = ?5, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"));
    // Texts are NOT NULL DEFAULT '': an empty QString must bind '', not NULL.
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };

    // Every row counts as imported (a new key) or updated (a known key); suppressed
    // counts the rows among them whose count is missing ("..").
    for (const core::CrimeStatistic &row : rows) {
        if (!row.count)
            ++report.suppressed;
        find.reset();
        find.bind(1, text(row.municipalityCode));
        find.bind(2, row.year);
        find.bind(3, text(row.period));
        find.bind(4, text(row.crimeType));
        if (!find.step()) {
            insert.reset();
            insert.bind(1, text(row.municipalityCode));
            insert.bind(2, text(row.municipalityName));
            insert.bind(3, row.year);
            insert.bind(4, text(row.period));
            insert.bind(5, text(row.crimeType));
            insert.bind(6, text(row.category));
            insert.bind(7, row.count);
            insert.bind(8, row.preliminary);
            insert.run();
            ++report.imported;
            continue;
        }
        ++report.updated;
        // ".." says nothing new: a known row is kept as it is.
        if (!row.count)
            continue;
        const qint64 id = find.int64(0);
        if (find.text(1) == row.municipalityName && find.text(2) == row.category &&
            find.optInt(3) == std::optional<qint64>(*row.count) &&
            (find.int64(4) != 0) == row.preliminary)
            continue;
        update.reset();
        update.bind(1, id);
        update.bind(2, text(row.municipalityName));
        update.bind(3, text(row.category));
        update.bind(4, row.count);
        update.bind(5, row.preliminary);
        update.run();
    }
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
