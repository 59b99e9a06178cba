#pragma once

// MunicipalityFile's state and the workers behind the facade: the connection(s), the open
// sequence's outcome, the check after opening, and the one gate every write goes through
// (requireWritable).

#include "AgreementLifecycle.h"
#include "AuditLog.h"
#include "ChangeReader.h"
#include "DataLoader.h"
#include "Database.h"
#include "ExchangeApplier.h"
#include "MunicipalityFile.h"
#include "OpenSequence.h"
#include "OpeningCheck.h"
#include "RecordEditor.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "StatisticsStore.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

#include <spdlog/spdlog.h>

namespace samverka::storage {

/// The file's setting that names its user (settings table).
inline const QString userNameKey = QStringLiteral("user_name");

// Members are declared in dependency order: the workers hold references to the
// database and the audit log, so they are destroyed first.
struct MunicipalityFile::Private {
    QString path;
    QString sessionName; ///< setSessionUserName(): this connection's, never stored
    QString storedName;  ///< the file's user_name setting, once read (null: not yet)
    std::unique_ptr<Database> db;
    /// The file itself when db is an updated in-memory copy of an older file that may not
    /// be changed: integrity and colleagues' changes are the file's, not the copy's.
    std::unique_ptr<Database> source;
    ReadOnlyReason readOnlyReason = ReadOnlyReason::None;
    int schemaVersion = 0;
    bool migrated = false;
    bool recovered = false;
    QString backupPath;
    QString backupFailure;
    const core::Clock *clock = &core::Clock::system();
    qint64 dataVersion = 0;

    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<DataLoader> loader;
    std::unique_ptr<RecordEditor> editor;
    std::unique_ptr<AgreementLifecycle> lifecycle;
    std::unique_ptr<ExchangeApplier> exchange;
    std::unique_ptr<StatisticsStore> statistics;
    std::unique_ptr<ChangeReader> changes;

    /// OpenOptions::checkAfterOpening, until it starts (holdOpeningCheck): makes it.
    std::function<std::unique_ptr<OpeningCheck>()> heldOpeningCheck;
    /// OpenOptions::checkAfterOpening; last, so it is stopped before anything else goes.
    std::unique_ptr<OpeningCheck> openingCheck;
    bool openingSettled = false;   ///< its outcome is taken over
    bool openingAnnounced = false; ///< openingCheckFinished() was sent
    QString damage;                ///< what it found, as the user reads it
    QString damageDetail;

    void start(const QString &filePath, OpenSequence::Result opened)
    {
        path = filePath;
        db = std::move(opened.db);
        source = std::move(opened.source);
        readOnlyReason = opened.readOnlyReason;
        schemaVersion = opened.schemaVersion;
        migrated = opened.migrated;
        recovered = opened.recovered;
        backupPath = opened.backupPath;
        backupFailure = opened.backupFailure;

        audit = std::make_unique<AuditLog>(*db, *clock);
        audit->setUserName(storedUserName());
        loader = std::make_unique<DataLoader>(*db);
        editor = std::make_unique<RecordEditor>(*db, *audit);
        lifecycle = std::make_unique<AgreementLifecycle>(*db, *audit, *clock);
        exchange = std::make_unique<ExchangeApplier>(*db, *audit);
        statistics = std::make_unique<StatisticsStore>(*db, *audit);
        dataVersion = fileDb().dataVersion();
        changes = std::make_unique<ChangeReader>(*db);
    }

    /// The connection to the file on disk.
    Database &fileDb() const { return source ? *source : *db; }

    /// The change to record id of kind, with the agreement it belongs to.
    Change recordChange(RecordKind kind, const QString &id) const
    {
        return changes->recordChange(kind, id);
    }

    /// After a write of this connection: its audit rows need not be reported again as a
    /// colleague's. Only when no colleague has committed since the last look (data_version
    /// as then): otherwise their rows, older than these, are still to be read, and these
    /// are read with them (reported twice, which only reloads again).
    void sawOwnChange()
    {
        if (source == nullptr && db->dataVersion() == dataVersion)
            changes->markAllSeen();
    }

    /// What a colleague's commits changed (ChangeReader); an updated in-memory copy of an
    /// older file is refreshed whole, so everything.
    QList<Change> colleagueChanges()
    {
        if (source) {
            changes->markAllSeen();
            return {Change::everything()};
        }
        return changes->unseenChanges();
    }

    QString storedUserName() const
    {
        try {
            Statement query =
                db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
            query.bind(1, userNameKey);
            return query.step() ? query.text(0) : QString();
        } catch (const StorageError &) {
            // A newer file's settings may look different; the system user is recorded then.
            return {};
        }
    }

    void startOpeningCheck()
    {
        if (!heldOpeningCheck)
            return;
        openingCheck = heldOpeningCheck();
        heldOpeningCheck = nullptr;
    }

    /// Takes over the outcome of the check after opening, starting it and waiting for it
    /// if need be.
    void settleOpeningCheck()
    {
        startOpeningCheck();
        if (!openingCheck || openingSettled)
            return;
        const OpeningCheck::Outcome &outcome = openingCheck->wait();
        openingSettled = true;
        if (!outcome.problems.isEmpty()) {
            damageDetail = outcome.problems.join(QLatin1Char('\n'));
            damage = OpenSequence::damagedFile(path, damageDetail).message();
            spdlog::error("{} is damaged: {}", path.toStdString(), damageDetail.toStdString());
            return;
        }
        if (!outcome.error.isEmpty())
            spdlog::warn("The check after opening {} did not run: {}", path.toStdString(),
                         outcome.error.toStdString());
        backupPath = outcome.backupPath;
        backupFailure = outcome.backupFailure;
        if (readOnlyReason == ReadOnlyReason::None)
            OpenSequence::dropOldKeptBytes(*db, schemaVersion);
    }

    /// Every write goes through here first, so a read-only or damaged file says why,
    /// plainly, and no write reaches a file before its check after opening has passed.
    void requireWritable()
    {
        const QString file = sqliteerror::displayPath(path);
        switch (readOnlyReason) {
        case ReadOnlyReason::None:
            settleOpeningCheck();
            if (!damage.isEmpty())
                throw StorageError(StorageError::Kind::Damaged, damage, damageDetail);
            return;
        case ReadOnlyReason::NewerVersion:
            throw StorageError(StorageError::Kind::ReadOnly,
                               QCoreApplication::translate(
                                   "samverka::storage",
                                   "The file \"%1\" was made by a newer version of Samverka, so "
                                   "it is open read-only. Nothing was changed.")
                                   .arg(file));
        case ReadOnlyReason::FilePermissions:
            throw StorageError(StorageError::Kind::ReadOnly,
                               QCoreApplication::translate(
                                   "samverka::storage",
                                   "You do not have permission to change the file \"%1\", so it "
                                   "is open read-only. Nothing was changed.")
                                   .arg(file));
        case ReadOnlyReason::Requested:
            throw StorageError(
                StorageError::Kind::ReadOnly,
                QCoreApplication::translate(
                    "samverka::storage", "The file \"%1\" is open read-only. Nothing was changed.")
                    .arg(file));
        }
    }
};

} // namespace samverka::storage
