#include "MunicipalityFile.h"

#include "AgreementLifecycle.h"
#include "AuditLog.h"
#include "ChangeReader.h"
#include "DataLoader.h"
#include "Database.h"
#include "ExchangeApplier.h"
#include "NewFileWriter.h"
#include "OpenSequence.h"
#include "OpeningCheck.h"
#include "RecordEditor.h"
#include "SqliteErrorMapping.h"
#include "Statement.h"
#include "StatisticsStore.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace samverka::storage {

namespace {
const QString userNameKey = QStringLiteral("user_name");
} // namespace

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

    /// Takes over the outcome of the check after opening, waiting for it if need be.
    void settleOpeningCheck()
    {
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

MunicipalityFile::MunicipalityFile()
    : d(std::make_unique<Private>())
{}

MunicipalityFile::~MunicipalityFile() = default;

std::unique_ptr<MunicipalityFile> MunicipalityFile::open(const QString &path,
                                                         const OpenOptions &options)
{
    OpenSequence::Result opened = OpenSequence::run(path, options);
    // The constructor is private (files only come from open/create), hence no make_unique.
    std::unique_ptr<MunicipalityFile> file(new MunicipalityFile());
    const bool checkPending = opened.checkPending;
    const bool copy = opened.readOnlyReason == ReadOnlyReason::None && options.backupOnOpen;
    file->d->start(path, std::move(opened));
    if (checkPending) {
        std::optional<BackupManager> backups;
        if (copy)
            backups.emplace(options.backupDir, options.backupKeep, core::Clock::system());
        MunicipalityFile *self = file.get();
        file->d->openingCheck = std::make_unique<OpeningCheck>(
            path, fileformat::defaultBusyTimeoutMs, std::move(backups), [self] {
                // Posted: dropped when the file is closed before it is delivered.
                QMetaObject::invokeMethod(self, &MunicipalityFile::announceOpeningCheck,
                                          Qt::QueuedConnection);
            });
    }
    return file;
}

std::unique_ptr<MunicipalityFile> MunicipalityFile::create(const QString &path,
                                                           const core::Municipality &municipality)
{
    NewFileWriter::write(path, false, [&](Database &db) {
        NewFileWriter::insertMunicipality(db, municipality);
        AuditLog audit(db, core::Clock::system());
        audit.record(recordKindName(RecordKind::Municipality), QString(), QString(), QString(),
                     municipality.name);
    });
    // A brand-new file has nothing to lose yet: no backup copy.
    OpenOptions options;
    options.backupOnOpen = false;
    return open(path, options);
}

std::unique_ptr<MunicipalityFile> MunicipalityFile::createFrom(const QString &path,
                                                               const core::MunicipalityData &data,
                                                               bool overwrite)
{
    NewFileWriter::write(path, overwrite, [&](Database &db) {
        AuditLog audit(db, core::Clock::system());
        ExchangeApplier(db, audit).insertAll(data);
    });
    OpenOptions options;
    options.backupOnOpen = false;
    return open(path, options);
}

QString MunicipalityFile::path() const
{
    return d->path;
}

bool MunicipalityFile::isReadOnly() const
{
    return d->readOnlyReason != ReadOnlyReason::None;
}

MunicipalityFile::ReadOnlyReason MunicipalityFile::readOnlyReason() const
{
    return d->readOnlyReason;
}

int MunicipalityFile::schemaVersion() const
{
    return d->schemaVersion;
}

bool MunicipalityFile::wasMigrated() const
{
    return d->migrated;
}

bool MunicipalityFile::wasRecovered() const
{
    return d->recovered;
}

QString MunicipalityFile::recoveryMessage() const
{
    if (!d->recovered)
        return {};
    return QCoreApplication::translate("samverka::storage",
                                       "A change to \"%1\" was interrupted (a program stopped "
                                       "while saving) and has been undone: the file holds its "
                                       "last saved content.")
        .arg(sqliteerror::displayPath(d->path));
}

bool MunicipalityFile::isMigratedCopy() const
{
    return d->source != nullptr;
}

QString MunicipalityFile::lastBackupPath() const
{
    return d->backupPath;
}

QString MunicipalityFile::backupFailure() const
{
    return d->backupFailure;
}

QString MunicipalityFile::userName() const
{
    return d->audit->userName();
}

void MunicipalityFile::setUserName(const QString &name)
{
    d->requireWritable();
    const QString trimmed = name.trimmed();
    const QString old = d->storedUserName();
    if (old == trimmed)
        return;
    {
        Transaction transaction(*d->db);
        if (trimmed.isEmpty()) {
            d->db->prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"))
                .bind(1, userNameKey)
                .run();
        } else {
            d->db
                ->prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
                .bind(1, userNameKey)
                .bind(2, trimmed)
                .run();
        }
        d->audit->record(QStringLiteral("settings"), userNameKey, QStringLiteral("value"), old,
                         trimmed);
        transaction.commit();
    }
    d->storedName = trimmed;
    d->audit->setUserName(d->sessionName.isEmpty() ? trimmed : d->sessionName);
    d->sawOwnChange();
    emit changed(Change::record(RecordKind::Municipality, QString(), QString()));
}

void MunicipalityFile::setSessionUserName(const QString &name)
{
    d->sessionName = name.trimmed();
    if (d->storedName.isNull())
        d->storedName = d->storedUserName();
    d->audit->setUserName(d->sessionName.isEmpty() ? d->storedName : d->sessionName);
}

void MunicipalityFile::setClock(const core::Clock *clock)
{
    d->clock = clock != nullptr ? clock : &core::Clock::system();
    d->audit->setClock(*d->clock);
    d->lifecycle = std::make_unique<AgreementLifecycle>(*d->db, *d->audit, *d->clock);
}

const core::Clock &MunicipalityFile::clock() const
{
    return *d->clock;
}

// ---- Reading ---------------------------------------------------------------------

core::MunicipalityData MunicipalityFile::loadAll(bool withAttachmentData) const
{
    return d->loader->loadAll(withAttachmentData);
}

core::Municipality MunicipalityFile::municipality() const
{
    return d->loader->municipality();
}

QList<core::Agreement> MunicipalityFile::agreements() const
{
    return d->loader->agreements();
}

QList<core::Agreement> MunicipalityFile::agreementHeads(bool withMeasures) const
{
    return d->loader->agreementHeads(withMeasures);
}

LateMeasures MunicipalityFile::lateMeasures(const QDate &today, int limit) const
{
    return LateMeasureReader(*d->db).read(today, limit);
}

core::Agreement MunicipalityFile::agreement(const QString &id) const
{
    return d->loader->agreement(id);
}

QList<core::Party> MunicipalityFile::parties() const
{
    return d->loader->parties();
}

QList<core::Person> MunicipalityFile::people() const
{
    return d->loader->people();
}

QList<core::CitizenPromiseSet> MunicipalityFile::promiseSets() const
{
    return d->loader->promiseSets();
}

QList<core::Meeting> MunicipalityFile::meetings() const
{
    return d->loader->meetings();
}

QList<core::Attachment> MunicipalityFile::attachments() const
{
    return d->loader->attachments(false);
}

QByteArray MunicipalityFile::attachmentData(const QString &id) const
{
    return d->loader->attachmentData(id);
}

QList<core::CrimeStatistic> MunicipalityFile::crimeStatistics() const
{
    return d->loader->crimeStatistics();
}

QList<core::Population> MunicipalityFile::population() const
{
    return d->loader->population();
}

QList<core::SurveyIndicator> MunicipalityFile::surveyIndicators() const
{
    return d->loader->surveyIndicators();
}

QList<core::CategoryMapping> MunicipalityFile::categoryMapping() const
{
    return d->loader->categoryMapping();
}

QList<AuditEntry> MunicipalityFile::auditLog(int limit) const
{
    return d->audit->entries(limit);
}

QVariant MunicipalityFile::field(RecordKind kind, const QString &id, const QString &field) const
{
    return d->loader->field(kind, id, field);
}

QVariantList MunicipalityFile::fields(RecordKind kind, const QString &id,
                                      const QStringList &names) const
{
    return d->loader->fields(kind, id, names);
}

// ---- Generic edits ---------------------------------------------------------------

QVariant MunicipalityFile::setField(RecordKind kind, const QString &id, const QString &field,
                                    const QVariant &value)
{
    d->requireWritable();
    QVariant old = d->editor->setField(kind, id, field, value);
    d->sawOwnChange();
    emit changed(d->recordChange(kind, id));
    return old;
}

QList<QPair<QString, QVariant>>
MunicipalityFile::setFields(RecordKind kind, const QString &id,
                            const QList<QPair<QString, QVariant>> &values)
{
    d->requireWritable();
    QList<QPair<QString, QVariant>> old;
    Transaction transaction(*d->db); // each field's own transaction nests as a savepoint
    for (const auto &[field, value] : values)
        old.append({field, d->editor->setField(kind, id, field, value)});
    transaction.commit();
    d->sawOwnChange();
    emit changed(d->recordChange(kind, id));
    return old;
}

QString MunicipalityFile::insertRecord(RecordKind kind, const QString &parentId,
                                       const QVariantMap &fields, int index)
{
    d->requireWritable();
    const QString id = d->editor->insertRecord(kind, parentId, fields, index);
    d->sawOwnChange();
    emit changed(d->recordChange(kind, id));
    return id;
}

RecordSnapshot MunicipalityFile::removeRecord(RecordKind kind, const QString &id)
{
    d->requireWritable();
    const Change change = d->recordChange(kind, id); // while the record is there to ask
    RecordSnapshot snapshot = d->editor->removeRecord(kind, id);
    d->sawOwnChange();
    emit changed(change);
    return snapshot;
}

void MunicipalityFile::restoreRecord(const RecordSnapshot &snapshot)
{
    d->requireWritable();
    d->editor->restoreRecord(snapshot);
    d->sawOwnChange();
    emit changed(d->recordChange(snapshot.kind, snapshot.id));
}

void MunicipalityFile::forgetSnapshot(const RecordSnapshot &snapshot)
{
    if (isReadOnly())
        return;
    d->editor->forgetSnapshot(snapshot);
    d->sawOwnChange();
}

RecordMove MunicipalityFile::moveRecord(RecordKind kind, const QString &id, int newIndex)
{
    d->requireWritable();
    RecordMove move = d->editor->moveRecord(kind, id, newIndex);
    d->sawOwnChange();
    emit changed(d->recordChange(kind, id));
    return move;
}

// ---- Lifecycle -------------------------------------------------------------------

void MunicipalityFile::setAgreementStatus(const QString &agreementId, core::AgreementStatus status)
{
    d->requireWritable();
    d->lifecycle->setAgreementStatus(agreementId, status);
    d->sawOwnChange();
    emit changed(Change::record(RecordKind::Agreement, agreementId, agreementId));
}

QString MunicipalityFile::sign(const QString &agreementId, const QDate &date, const QString &place,
                               const QStringList &signatureIds)
{
    d->requireWritable();
    const QString fingerprint = d->lifecycle->sign(agreementId, date, place, signatureIds);
    d->sawOwnChange();
    emit changed(Change::record(RecordKind::Agreement, agreementId, agreementId));
    return fingerprint;
}

QString MunicipalityFile::revise(const QString &agreementId)
{
    d->requireWritable();
    const QString newId = d->lifecycle->revise(agreementId);
    d->sawOwnChange();
    emit changed(Change::record(RecordKind::Agreement, newId, newId));
    return newId;
}

bool MunicipalityFile::verifyFingerprint(const QString &agreementId) const
{
    return d->lifecycle->verifyFingerprint(agreementId);
}

// ---- Exchange and statistics -----------------------------------------------------

ImportReport MunicipalityFile::merge(const core::MunicipalityData &data)
{
    d->requireWritable();
    ImportReport report = d->exchange->merge(data);
    d->sawOwnChange();
    emit changed(Change::everything());
    return report;
}

StatisticsImportReport
MunicipalityFile::importCrimeStatistics(const QList<core::CrimeStatistic> &rows)
{
    d->requireWritable();
    const StatisticsImportReport report = d->statistics->importCrimeStatistics(rows);
    d->sawOwnChange();
    emit changed(Change::statistics());
    return report;
}

int MunicipalityFile::importPopulation(const QList<core::Population> &rows)
{
    d->requireWritable();
    const int written = d->statistics->importPopulation(rows);
    d->sawOwnChange();
    emit changed(Change::statistics());
    return written;
}

void MunicipalityFile::setCategoryMapping(const QList<core::CategoryMapping> &mapping)
{
    d->requireWritable();
    d->statistics->setCategoryMapping(mapping);
    d->sawOwnChange();
    emit changed(Change::statistics());
}

// ---- A colleague on the share ----------------------------------------------------

bool MunicipalityFile::checkForExternalChanges()
{
    qint64 now = 0;
    try {
        now = d->fileDb().dataVersion();
    } catch (const StorageError &error) {
        // A colleague holding the write lock: ask again on the next poll.
        if (error.kind() == StorageError::Kind::Locked)
            return false;
        throw;
    }
    if (now == d->dataVersion)
        return false;
    // The copy follows the file; the next poll tries again when that fails.
    if (d->source)
        OpenSequence::refreshCopy(*d->source, *d->db, OpenSequence::Settings{});
    d->dataVersion = now;
    for (Change change : d->colleagueChanges()) {
        change.byColleague = true;
        emit changed(change);
    }
    emit externallyChanged();
    return true;
}

QString MunicipalityFile::integrityCheck() const
{
    // Of the file itself, also when what is read is an updated copy of it.
    Statement check = d->fileDb().prepare(QStringLiteral("PRAGMA quick_check"));
    QStringList lines;
    while (check.step())
        lines.append(check.text(0));
    return lines.join(QLatin1Char('\n'));
}

bool MunicipalityFile::isOpeningCheckPending() const
{
    return d->openingCheck && !d->openingSettled && !d->openingCheck->isFinished();
}

void MunicipalityFile::awaitOpeningCheck()
{
    d->settleOpeningCheck();
    if (!d->damage.isEmpty())
        throw StorageError(StorageError::Kind::Damaged, d->damage, d->damageDetail);
}

void MunicipalityFile::announceOpeningCheck()
{
    if (d->openingAnnounced)
        return;
    d->settleOpeningCheck();
    d->openingAnnounced = true;
    emit openingCheckFinished(d->damage);
}

} // namespace samverka::storage
