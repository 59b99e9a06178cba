#pragma once

// Reads whole agreements (both parts, problem picture, goals, measures and the work
// under them) from the file into core::Agreement, one query per table.

#include "Agreement.h"

namespace samverka::storage {

class Database;

class AgreementLoader
{
public:
    explicit AgreementLoader(Database &db);

    /// Every agreement (onlyId empty) or the one with onlyId, ordered by validFrom
    /// (undated last), then title.
    QList<core::Agreement> load(const QString &onlyId = {}) const;
    /// Every agreement's head, in the same order: the agreement's own fields (title,
    /// status, period, parts' texts, fingerprint), its focus areas' ids and titles, one
    /// comment per review comment with only its resolved flag, and one signature per
    /// signature with only its date and signed flag (enough for AgreementLabel and
    /// AgreementFacts::isInForce). withMeasures adds the measures' id, title, focus area,
    /// end, status and secrecy (enough for AgreementFacts::isLate). No other children: a
    /// light read for lists, the sidebar, combo boxes and the overview (issue #13).
    QList<core::Agreement> loadHeads(bool withMeasures = false) const;

private:
    Database &m_db;
};

} // namespace samverka::storage
