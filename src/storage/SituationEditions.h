#pragma once

// A new edition of the lägesbild starts as a copy of the one before it (issue #14): its
// makers, commentary, other information, analysis and problems, with new ids, as a
// draft without a decision, due again two years after its date.

#include "SituationPicture.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samverka::storage {

class AuditLog;
class Database;

class SituationEditions
{
public:
    SituationEditions(Database &db, AuditLog &audit);

    /// Copies the edition fromId as a new draft titled title and dated date, placed after
    /// every edition; the years its data covers move on by as many years as the date
    /// did. One transaction. Returns the new edition's id; throws NotFoundRecord.
    QString copy(const QString &fromId, const QString &title, const QDate &date);

    /// The edition id among all; throws NotFoundRecord naming it.
    static const core::SituationPicture &find(const QList<core::SituationPicture> &all,
                                              const QString &id);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace samverka::storage
