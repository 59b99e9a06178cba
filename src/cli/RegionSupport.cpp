#include "RegionSupport.h"

#include "CommandLine.h"

namespace samverka::cli {

std::unique_ptr<region::PgConnection> RegionSupport::connect(const CommandLine &cl)
{
    const QString conninfo = cl.required(QStringLiteral("database"));
    try {
        return std::make_unique<region::PgConnection>(conninfo);
    } catch (const region::RegionError &error) {
        throw fromRegion(error);
    }
}

CliError RegionSupport::fromRegion(const region::RegionError &error)
{
    return CliError{error.kind() == region::RegionError::Kind::NewerSchema ? CliError::DamagedFile
                                                                           : CliError::UserError,
                    error.message()};
}

} // namespace samverka::cli
