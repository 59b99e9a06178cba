#pragma once

// What the region commands share (issue #17): the connection from --database, and a
// RegionError as the CLI's error (a schema from a newer Samverka exits 2, anything else 1).

#include "CliError.h"

#include "PgConnection.h"
#include "RegionError.h"

#include <memory>

namespace samverka::cli {

class CommandLine;

class RegionSupport
{
public:
    /// Connects to --database's CONNINFO. Throws CliError.
    static std::unique_ptr<region::PgConnection> connect(const CommandLine &cl);
    static CliError fromRegion(const region::RegionError &error);
};

} // namespace samverka::cli
