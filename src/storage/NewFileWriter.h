#pragma once

// Writes a complete new municipality file: schema, application id and version, and
// the content, in one transaction in a temporary file that is renamed into place only
// when complete. Nobody ever sees a half-made file under the real name.

#include "Municipality.h"

#include <QString>

#include <functional>

namespace samverka::storage {

class Database;

class NewFileWriter
{
public:
    /// Creates path; fill runs inside the transaction that also made the schema. With
    /// overwrite an existing file is replaced only on success, else StorageError
    /// AlreadyExists and the existing file is untouched.
    static void write(const QString &path, bool overwrite,
                      const std::function<void(Database &)> &fill);

    /// Runs :/sql/schema_v1.sql and the migration steps up to the current version, and
    /// sets application_id and user_version. Call inside a transaction.
    static void installSchema(Database &db);
    /// The one metadata row.
    static void insertMunicipality(Database &db, const core::Municipality &municipality);
};

} // namespace samverka::storage
