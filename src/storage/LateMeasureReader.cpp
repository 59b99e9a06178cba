#include "LateMeasureReader.h"

#include "AgreementFacts.h"
#include "Database.h"
#include "Enums.h"
#include "ReadTransaction.h"
#include "Statement.h"

namespace samverka::storage {

namespace {

/// "end_date < ?1 AND status IN ('planned', 'ongoing')", from the core's rule.
QString lateCondition()
{
    QStringList words;
    for (const core::MeasureStatus status : core::AgreementFacts::lateStatuses())
        words << QStringLiteral("'%1'").arg(core::toWord(status));
    return QStringLiteral("end_date IS NOT NULL AND end_date < ?1 AND status IN (%1)")
        .arg(words.join(QStringLiteral(", ")));
}

} // namespace

LateMeasureReader::LateMeasureReader(Database &db)
    : m_db(db)
{}

LateMeasures LateMeasureReader::read(const QDate &today, int limit) const
{
    const ReadTransaction read(m_db); // the count and the rows of one state of the file
    const QString day = today.toString(Qt::ISODate);
    LateMeasures out;
    Statement count =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM measures WHERE %1").arg(lateCondition()));
    count.bind(1, day);
    if (count.step())
        out.total = int(count.int64(0));
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT agreement_id, id, title, focus_area_id, end_date, status, "
                       "confidential FROM measures WHERE %1 "
                       "ORDER BY end_date, agreement_id, position, rowid LIMIT ?2")
            .arg(lateCondition()));
    rows.bind(1, day);
    rows.bind(2, limit);
    while (rows.step()) {
        LateMeasure late;
        late.agreementId = rows.text(0);
        core::Measure &m = late.measure;
        m.id = rows.text(1);
        m.title = rows.text(2);
        m.focusArea = rows.isNull(3) ? QString() : rows.text(3);
        m.end = QDate::fromString(rows.text(4), Qt::ISODate);
        m.status = core::fromWord<core::MeasureStatus>(rows.text(5))
                       .value_or(core::MeasureStatus::Planned);
        m.confidential = rows.int64(6) != 0;
        out.oldest << late;
    }
    return out;
}

} // namespace samverka::storage
