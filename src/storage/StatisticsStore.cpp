#include "StatisticsStore.h"

#include "AuditLog.h"
#include "CrimeStatisticMerge.h"
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
StatisticsStore::importCrimeStatistics(const QList<core::CrimeStatistic> &rows,
                                       const QList<core::Population> &aggregatePopulation)
{
    Transaction tx(m_db);
    StatisticsImportReport report = CrimeStatisticMerge(m_db).mergeAll(rows);
    // A population the user imported or typed is never replaced by a derived one.
    Statement add = m_db.prepare(s("INSERT INTO population (municipality_code, year, value) "
                                   "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"));
    for (const core::Population &row : aggregatePopulation) {
        add.reset();
        add.bind(1, row.municipalityCode);
        add.bind(2, qint64(row.year));
        add.bind(3, row.value);
        add.run();
        report.population += m_db.changes() > 0 ? 1 : 0;
    }
    m_audit.record(s("crimeStatistics"), QString(), QString(), QString(),
                   QStringLiteral("imported %1, updated %2, unchanged %3, suppressed %4")
                       .arg(report.imported)
                       .arg(report.updated)
                       .arg(report.unchanged)
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
