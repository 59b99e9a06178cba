#pragma once

// The late measures of a whole file for the overview, counted and picked in the file:
// a large city's file has thousands of measures, and reading them all to keep fifty
// cost the overview most of its start (issue #13). The rule is the core's
// (AgreementFacts::isLate and lateStatuses()).

#include "Measure.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samverka::storage {

class Database;

struct LateMeasure {
    QString agreementId;
    core::Measure measure; ///< id, title, focus area, end, status and secrecy only
};

struct LateMeasures {
    int total = 0;             ///< late measures in the file
    QList<LateMeasure> oldest; ///< at most the limit asked for, late the longest first
};

class LateMeasureReader
{
public:
    explicit LateMeasureReader(Database &db);

    /// The measures late on today: how many, and the limit of them whose end passed
    /// first (ties in agreement and display order). One read transaction.
    LateMeasures read(const QDate &today, int limit) const;

private:
    Database &m_db;
};

} // namespace samverka::storage
