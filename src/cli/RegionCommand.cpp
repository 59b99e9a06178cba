#include "RegionCommand.h"

#include "CommandLine.h"
#include "RegionSupport.h"

#include "RegionSchema.h"

namespace samverka::cli {

QString RegionCommand::help() const
{
    return tr("Usage: samverka-cli region init --database CONNINFO\n"
              "Creates the region database's schema \"region\" (its tables, the analysts' views, "
              "the roles samverka_analyst and samverka_publisher_<code> for each municipality, "
              "and row-level security), or updates one made by an older Samverka. CONNINFO is "
              "libpq's connection string or URI; the password comes from ~/.pgpass, a service "
              "file or PGPASSWORD. Needs a role that may create schemas and roles. A schema from "
              "a newer Samverka is left alone (exit 2).");
}

int RegionCommand::run(const QStringList &args, QTextStream &out, QTextStream &)
{
    const CommandLine cl(args, {QStringLiteral("database")}, {});
    if (cl.positional().value(0) != QLatin1String("init") || cl.positional().size() != 1)
        throw CliError{CliError::UserError,
                       //: sv: Ange vad som ska göras: samverka-cli region init --database …
                       tr("Say what to do: samverka-cli region init --database …")};
    const auto db = RegionSupport::connect(cl);
    try {
        const region::RegionSchema::Result result = region::RegionSchema::init(*db);
        if (result.from == 0)
            out << tr("Created the region schema, version %1, in the %2.")
                       .arg(result.to)
                       .arg(db->where())
                << Qt::endl;
        else if (result.from == result.to)
            out << tr("The region schema of the %1 is already at version %2; roles and grants "
                      "checked.")
                       .arg(db->where())
                       .arg(result.to)
                << Qt::endl;
        else
            out << tr("Updated the region schema of the %1 from version %2 to %3.")
                       .arg(db->where())
                       .arg(result.from)
                       .arg(result.to)
                << Qt::endl;
    } catch (const region::RegionError &error) {
        throw RegionSupport::fromRegion(error);
    }
    return 0;
}

} // namespace samverka::cli
