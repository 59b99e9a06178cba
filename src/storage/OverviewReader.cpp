#include "OverviewReader.h"

#include "AuditLog.h"
#include "BackupManager.h"
#include "DataLoader.h"
#include "Database.h"
#include "OpenSequence.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"

#include "AgreementFacts.h"
#include "OverviewRowBuilder.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace samverka::storage {

namespace {

using Kind = StorageError::Kind;

qint64 userVersion(Database &db)
{
    Statement statement = db.prepare(QStringLiteral("PRAGMA user_version"));
    return statement.step() ? statement.int64(0) : 0;
}

QSet<QString> confidentialIds(Database &db)
{
    QSet<QString> ids;
    Statement query =
        db.prepare(QStringLiteral("SELECT id FROM problems WHERE confidential <> 0 UNION ALL "
                                  "SELECT id FROM causes WHERE confidential <> 0 UNION ALL "
                                  "SELECT id FROM measures WHERE confidential <> 0"));
    while (query.step())
        ids.insert(query.text(0));
    return ids;
}

/// Ends the read transaction begun by BEGIN; after an error SQLite may have ended it.
void endRead(Database &db)
{
    try {
        db.exec(QStringLiteral("COMMIT"));
    } catch (const StorageError &) {
        // No transaction left to end.
    }
}

} // namespace

OverviewReader::OverviewReader(Settings settings)
    : m_settings(std::move(settings))
{}

core::OverviewState OverviewReader::stateOf(const StorageError &error)
{
    using State = core::OverviewState;
    switch (error.kind()) {
    case Kind::NotFound:
        return State::Missing;
    case Kind::IsDirectory:
    case Kind::NotReadable:
    case Kind::Io:
        return State::Unreadable;
    case Kind::NotSqlite:
    case Kind::ForeignFile:
        return State::NotSamverka;
    case Kind::Locked:
        return State::Locked;
    case Kind::NeedsRecovery:
        return State::NeedsRecovery;
    default:
        return State::Damaged;
    }
}

core::OverviewInput OverviewReader::readSummary(Database &db, const QString &path,
                                                const QDate &today) const
{
    const DataLoader loader(db);
    const core::FixedClock clock(today);
    core::OverviewInput in;
    in.source = path;
    in.law = {loader.municipality(), loader.situationPictures(), loader.measurePlans(),
              loader.causesOfAdoptedMeasures()};
    in.agreements = loader.agreementHeads(true);
    // Only the agreements in force make reports due: read those whole.
    const QList<core::Agreement> heads = in.agreements;
    for (core::Agreement &a : in.agreements)
        if (core::AgreementFacts::isInForce(a, heads, clock))
            a = loader.agreement(a.id);
    in.promiseSets = loader.promiseSets();
    in.confidentialIds = confidentialIds(db);
    const QList<AuditEntry> last = AuditLog(db, clock).entries(1);
    if (!last.isEmpty()) {
        in.lastChangeAt = last.first().at.toUTC();
        in.lastChangeBy = last.first().user;
    }
    return in;
}

core::OverviewInput OverviewReader::input(const QString &path, const QDate &today,
                                          int *newerVersion) const
{
    OpenSequence::checkIdentity(path);
    Database file(path, Database::Mode::ReadOnly, m_settings.busyTimeoutMs);
    try {
        // One read transaction: SQLite's shared lock from the first read to COMMIT. Taking
        // it is where a colleague's exclusive lock (Locked) or a journal left by a crash
        // (NeedsRecovery: a read-only connection cannot roll it back) is met.
        file.exec(QStringLiteral("BEGIN"));
        const int version = int(userVersion(file));
        OpenSequence::checkGeometry(path);
        if (version <= 0)
            throw OpenSequence::damagedFile(path, QStringLiteral("no schema version"));
        if (version > m_settings.targetVersion) {
            endRead(file);
            if (newerVersion)
                *newerVersion = version;
            return {};
        }
        if (version < m_settings.targetVersion) {
            // The queries know only this version's schema: read an updated copy. It is
            // copied under this transaction's lock and migrated in memory after the lock is
            // let go, so a colleague's commit waits for the copy only.
            Database copy(path, Database::Mode::Memory, m_settings.busyTimeoutMs);
            BackupManager::copyInto(file, copy);
            endRead(file);
            m_settings.migrator.migrate(copy, int(userVersion(copy)), m_settings.targetVersion);
            copy.exec(QStringLiteral("PRAGMA query_only = ON"));
            return readSummary(copy, path, today);
        }
        core::OverviewInput in = readSummary(file, path, today);
        endRead(file);
        return in;
    } catch (const StorageError &error) {
        endRead(file);
        if (error.kind() == Kind::ReadOnly) // SQLite's word for a file it cannot read as is
            throw OpenSequence::damagedFile(path, error.detail());
        // An I/O error (a share that dropped) is "unreadable", not damage.
        if (error.kind() == Kind::Damaged || error.kind() == Kind::Locked ||
            error.kind() == Kind::NeedsRecovery || error.kind() == Kind::Io)
            throw;
        // A query that fails on a file past every check: its content is not what this
        // version wrote.
        throw OpenSequence::damagedFile(path, error.detail().isEmpty() ? error.message()
                                                                       : error.detail());
    }
}

core::OverviewRow OverviewReader::row(const QString &path, const QDate &today,
                                      core::OverviewDetail *detail) const
{
    if (detail)
        *detail = {};
    try {
        int newer = 0;
        const core::OverviewInput in = input(path, today, &newer);
        if (newer > 0)
            return core::OverviewRowBuilder::failure(
                path, core::OverviewState::NewerVersion,
                QCoreApplication::translate(
                    "samverka::storage",
                    "The file \"%1\" was saved by a newer version of Samverka (file version "
                    "%2; this program knows up to %3). Open it in that version, or in the app, "
                    "which shows it read-only.")
                    .arg(sqliteerror::displayPath(path))
                    .arg(newer)
                    .arg(m_settings.targetVersion));
        if (detail)
            *detail = core::OverviewRowBuilder::detail(in, today);
        return core::OverviewRowBuilder::build(in, today);
    } catch (const StorageError &error) {
        spdlog::info("Overview of {}: {} ({})", path.toStdString(), error.message().toStdString(),
                     error.detail().toStdString());
        return core::OverviewRowBuilder::failure(path, stateOf(error), error.message());
    } catch (const std::exception &error) {
        // Whatever else went wrong with this file, the other rows still show.
        spdlog::warn("Overview of {}: {}", path.toStdString(), error.what());
        return core::OverviewRowBuilder::failure(
            path, core::OverviewState::Unreadable,
            QCoreApplication::translate("samverka::storage",
                                        "The file \"%1\" could not be read: %2")
                .arg(sqliteerror::displayPath(path), QString::fromLocal8Bit(error.what())));
    }
}

QList<core::OverviewRow> OverviewReader::rows(const QStringList &paths, const QDate &today,
                                              QList<core::OverviewDetail> *details) const
{
    QList<core::OverviewRow> out;
    out.reserve(paths.size());
    if (details)
        details->clear();
    for (const QString &path : paths) {
        core::OverviewDetail detail;
        out << row(path, today, details ? &detail : nullptr);
        if (details)
            details->append(detail);
    }
    return out;
}

} // namespace samverka::storage
