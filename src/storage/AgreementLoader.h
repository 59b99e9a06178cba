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

private:
    Database &m_db;
};

} // namespace samverka::storage
