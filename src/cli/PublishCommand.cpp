#include "PublishCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"
#include "RegionSupport.h"

#include "RegionPublisher.h"

namespace samverka::cli {

QString PublishCommand::help() const
{
    return tr("Usage: samverka-cli publish FILE.samverka --database CONNINFO\n"
              "Sends the file's content to the region database, replacing the municipality's "
              "previous publication in one transaction; a publication record (when, by which "
              "role, from which file, the SHA-256 of the exchange document, the file's last "
              "change) is kept each time. Confidential records with what belongs to them, "
              "people's contact details and the audit log are never sent; of the crime "
              "statistics, only the municipality's own rows. The file is only read. The role "
              "needs samverka_publisher_<the municipality's code> (docs/region-database.md).");
}

int PublishCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine cl(args, {QStringLiteral("database")}, {});
    const QString path = cl.positionalAt(0, CliSupport::tr("the municipality file"));
    cl.required(QStringLiteral("database"));
    auto file = CliSupport::open(path, CliSupport::Access::Read, err);
    const core::MunicipalityData data = file->loadAll(false);
    const QList<storage::AuditEntry> last = file->auditLog(1);
    const region::RegionPublisher::Source source = region::RegionPublisher::sourceOf(
        data, path, last.isEmpty() ? QDateTime() : last.first().at,
        last.isEmpty() ? QString() : last.first().user, QCoreApplication::applicationVersion());
    const auto db = RegionSupport::connect(cl);
    try {
        const region::RegionPublisher::Result result =
            region::RegionPublisher::publish(*db, data, source);
        out << tr("Published %1 (%2) to the %3: %n row(s), publication %4.", nullptr,
                  int(result.rows))
                   .arg(data.municipality.name, data.municipality.code, db->where())
                   .arg(result.publicationId)
            << Qt::endl;
    } catch (const region::RegionError &error) {
        throw RegionSupport::fromRegion(error);
    }
    return 0;
}

} // namespace samverka::cli
