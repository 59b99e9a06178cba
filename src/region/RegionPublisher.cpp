#include "RegionPublisher.h"

#include "PgConnection.h"
#include "PublicationRows.h"
#include "RegionSchema.h"
#include "RegionTables.h"

#include "ExchangeWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace samverka::region {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::region::RegionPublisher", text);
}

QString staging(const RegionTable &table)
{
    return QStringLiteral("samverka_staging_") + table.name;
}

qint64 load(const PgConnection &db, const core::MunicipalityData &data)
{
    const QString code = data.municipality.code;
    const PublicationRows::Rows rows = PublicationRows::build(data);
    qint64 sent = 0;
    for (const RegionTable &t : RegionTables::all()) {
        db.script(QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE %2) ON COMMIT DROP")
                      .arg(staging(t), t.qualified()));
        QList<QVariantList> own;
        for (const QVariantList &row : rows.value(t.name))
            own.append(QVariantList{code} + row);
        sent += own.size();
        db.copyIn(staging(t), t.allColumns(), own);
    }
    for (const RegionTable &t : RegionTables::all()) {
        db.exec(QStringLiteral("DELETE FROM %1 WHERE municipality = $1").arg(t.qualified()),
                {code});
        db.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(t.qualified(), staging(t)));
    }
    return sent;
}

} // namespace

RegionPublisher::Source RegionPublisher::sourceOf(const core::MunicipalityData &data,
                                                  const QString &file,
                                                  const QDateTime &lastChangeAt,
                                                  const QString &lastChangeBy,
                                                  const QString &samverkaVersion)
{
    Source source;
    source.file = QFileInfo(file).absoluteFilePath();
    source.documentSha256 = QString::fromLatin1(
        QCryptographicHash::hash(core::ExchangeWriter::write(data, {}), QCryptographicHash::Sha256)
            .toHex());
    source.lastChangeAt = lastChangeAt.isValid() ? lastChangeAt.toUTC() : QDateTime();
    source.lastChangeBy = lastChangeBy;
    source.samverkaVersion = samverkaVersion;
    return source;
}

RegionPublisher::Result RegionPublisher::publish(const PgConnection &db,
                                                 const core::MunicipalityData &data,
                                                 const Source &source)
{
    RegionSchema::check(db);
    const core::Municipality &m = data.municipality;
    return db.transaction(QStringLiteral("BEGIN"), [&] {
        // One publication of a municipality at a time; others wait for this one.
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('samverka publish ' || $1))"),
                {m.code});
        // The municipality's own row, which row-level security lets only its publisher see.
        const PgResult updated =
            db.exec(QStringLiteral("UPDATE region.municipalities SET police_region = $2, "
                                   "local_police_area = $3 WHERE code = $1"),
                    {m.code, m.policeRegion, m.localPoliceArea});
        if (updated.affected() != 1)
            throw RegionError(RegionError::Kind::Permission,
                              tr("The role %1 may not publish for %2 (%3) on the %4: it needs "
                                 "the role samverka_publisher_%3, and the municipality must be "
                                 "one of Sweden's.")
                                  .arg(db.user(), m.name, m.code, db.where()));
        Result result;
        result.rows = load(db, data);
        const PgResult record = db.exec(
            QStringLiteral("INSERT INTO region.publications (municipality, source_file, "
                           "document_sha256, last_change_at, last_change_by, samverka_version) "
                           "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"),
            {m.code, source.file, source.documentSha256,
             source.lastChangeAt.isValid() ? QVariant(source.lastChangeAt) : QVariant(),
             source.lastChangeBy.isEmpty() ? QVariant() : QVariant(source.lastChangeBy),
             source.samverkaVersion});
        result.publicationId = record.text(0, 0).toLongLong();
        return result;
    });
}

} // namespace samverka::region
