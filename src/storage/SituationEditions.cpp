#include "SituationEditions.h"

#include "AuditLog.h"
#include "DataLoader.h"
#include "Database.h"
#include "RowBuilder.h"
#include "RowStore.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace samverka::storage {

SituationEditions::SituationEditions(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

const core::SituationPicture &SituationEditions::find(const QList<core::SituationPicture> &all,
                                                      const QString &id)
{
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&](const core::SituationPicture &p) { return p.id == id; });
    if (found == all.cend())
        throw StorageError(
            StorageError::Kind::NotFoundRecord,
            QCoreApplication::translate("samverka::storage",
                                        "There is no %1 with the id \"%2\" in this file.")
                .arg(recordKindName(RecordKind::SituationPicture), id));
    return *found;
}

QString SituationEditions::copy(const QString &fromId, const QString &title, const QDate &date)
{
    Transaction tx(m_db);
    const QList<core::SituationPicture> all = DataLoader(m_db).situationPictures();
    const core::SituationPicture &old = find(all, fromId);
    core::SituationPicture edition = old;
    edition.id = RowBuilder::newId();
    edition.title = title;
    edition.date = date;
    edition.status = core::SituationStatus::Draft;
    edition.decidedBy.clear();
    edition.decidedOn = QDate();
    edition.decisionParagraph.clear();
    edition.diaryNumber.clear();
    edition.mappingSnapshot.clear(); // a draft shows the file as it is
    edition.nextUpdate = date.isValid() ? date.addYears(2) : QDate();
    if (old.date.isValid() && date.isValid()) {
        const int years = date.year() - old.date.year();
        if (edition.fromYear)
            *edition.fromYear += years;
        if (edition.toYear)
            *edition.toYear += years;
    }
    for (core::SituationSection &s : edition.sections)
        s.id = RowBuilder::newId();
    for (core::SituationProblem &p : edition.problems)
        p.id = RowBuilder::newId();

    RowStore store(m_db);
    for (const TableRow &row : RowBuilder::allRows(edition, int(all.size())))
        store.insert(row);
    m_audit.record(recordKindName(RecordKind::SituationPicture), edition.id, QString(), QString(),
                   QStringLiteral("new edition of %1").arg(fromId));
    tx.commit();
    return edition.id;
}

} // namespace samverka::storage
