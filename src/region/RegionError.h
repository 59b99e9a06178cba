#pragma once

// A failure of the region database, for a person: what was being done, and the server's
// or libpq's own words. The kind tells the CLI's exit code apart: a schema written by a
// newer Samverka is exit 2, everything else exit 1.

#include <QString>

#include <stdexcept>

namespace samverka::region {

class RegionError : public std::runtime_error
{
public:
    enum class Kind {
        Connection,     ///< no connection: unreachable, refused, wrong password, bad conninfo
        NotInitialised, ///< no region schema: region init has not been run
        NewerSchema,    ///< the schema's version is newer than this program knows
        Permission,     ///< the server refused: a role without the grant, row-level security
        Query,          ///< any other failure of a statement
    };

    RegionError(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace samverka::region
