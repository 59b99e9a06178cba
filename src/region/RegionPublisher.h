#pragma once

// Publishes a municipality's content to the region database (issue #17): its rows
// (PublicationRows, nothing confidential) replace the municipality's previous ones in one
// transaction, so readers never see half of a publication. The rows are copied with COPY
// into temporary staging tables (PostgreSQL 15 refuses COPY FROM into a table with
// row-level security), then moved with INSERT … SELECT under the policies: a
// publisher's role can only replace its own municipality's rows. A publication record
// (when, by which role, from which file, the document's SHA-256, the file's last change)
// is added each time and kept as history.

#include "MunicipalityData.h"

#include <QDateTime>
#include <QString>

namespace samverka::region {

class PgConnection;

class RegionPublisher
{
public:
    struct Source {
        QString file;           ///< the municipality file's path
        QString documentSha256; ///< of the exchange document of what was read
        QDateTime lastChangeAt; ///< the file's last change (its audit log), UTC
        QString lastChangeBy;
        QString samverkaVersion;
    };

    /// The publication record's facts of data read from file: the SHA-256 of its exchange
    /// document (written without an export time, so the same content hashes the same).
    static Source sourceOf(const core::MunicipalityData &data, const QString &file,
                           const QDateTime &lastChangeAt, const QString &lastChangeBy,
                           const QString &samverkaVersion);

    struct Result {
        qint64 publicationId = 0;
        qint64 rows = 0; ///< every row sent
    };

    /// Throws RegionError: NotInitialised or NewerSchema (RegionSchema::check),
    /// Permission when the role may not publish for the municipality, Connection, Query.
    /// On any failure the previous publication stays as it was.
    static Result publish(const PgConnection &db, const core::MunicipalityData &data,
                          const Source &source);
};

} // namespace samverka::region
