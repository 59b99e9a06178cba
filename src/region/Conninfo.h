#pragma once

// A libpq connection string as Samverka may keep it: without a password. Passwords come from
// libpq's own means (~/.pgpass, a service file, PGPASSWORD) and are never stored.

#include <QString>

namespace samverka::region {

class Conninfo
{
public:
    /// conninfo (key=value pairs or a URI) as key=value pairs without a secret (password,
    /// sslpassword: what libpq marks as one); empty when libpq cannot parse it or cannot
    /// be loaded (error, when given, says why).
    static QString withoutPassword(const QString &conninfo, QString *error = nullptr);
};

} // namespace samverka::region
