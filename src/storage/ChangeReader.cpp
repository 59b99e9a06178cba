#include "ChangeReader.h"

#include "Database.h"
#include "FieldAccess.h"
#include "FieldRegistry.h"
#include "ReadTransaction.h"
#include "Statement.h"

#include <QSet>

namespace samverka::storage {

namespace {
/// Above this many records in one poll, the views reload whole rather than one by one.
constexpr int mostWorthTellingApart = 64;

bool isStatisticsEntity(const QString &entity)
{
    return entity == QLatin1String("crimeStatistics") || entity == QLatin1String("population") ||
           entity == QLatin1String("categoryMapping");
}
} // namespace

ChangeReader::ChangeReader(Database &db)
    : m_db(db)
    , m_seen(lastAuditId())
{}

Change ChangeReader::recordChange(RecordKind kind, const QString &id) const
{
    return Change::record(kind, id, FieldAccess(m_db).agreementOf(kind, id));
}

void ChangeReader::markAllSeen()
{
    m_seen = lastAuditId();
}

qint64 ChangeReader::lastAuditId() const
{
    Statement last = m_db.prepare(QStringLiteral("SELECT max(id) FROM audit_log"));
    return last.step() && !last.isNull(0) ? last.int64(0) : 0;
}

QList<Change> ChangeReader::unseenChanges()
{
    const ReadTransaction read(m_db);
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, entity, record_id FROM audit_log WHERE id > ?1 ORDER BY id"));
    rows.bind(1, m_seen);
    QList<Change> changes;
    bool everything = false;
    bool statistics = false;
    QSet<QPair<int, QString>> seen;
    while (rows.step()) {
        m_seen = rows.int64(0);
        if (everything)
            continue;
        const QString entity = rows.text(1);
        const std::optional<RecordKind> kind = recordKindNamed(entity);
        if (!kind) {
            if (isStatisticsEntity(entity))
                statistics = true;
            else if (entity != QLatin1String("settings"))
                everything = true;
            continue;
        }
        const QString id = rows.isNull(2) ? QString() : rows.text(2);
        if (seen.contains({int(*kind), id}))
            continue;
        seen.insert({int(*kind), id});
        const Change change = recordChange(*kind, id);
        const bool agreementScoped =
            *kind != RecordKind::Municipality && !FieldRegistry::kind(*kind).agreementSql.isEmpty();
        if ((agreementScoped && change.agreementId.isEmpty()) ||
            changes.size() >= mostWorthTellingApart)
            everything = true;
        else
            changes.append(change);
    }
    if (everything || (changes.isEmpty() && !statistics))
        return {Change::everything()};
    if (statistics)
        changes.append(Change::statistics());
    return changes;
}

} // namespace samverka::storage
