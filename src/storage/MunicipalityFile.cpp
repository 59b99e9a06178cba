#include "MunicipalityFile.h"

#include "MunicipalityFilePrivate.h"
#include "NewFileWriter.h"
#include "ReadTransaction.h"
#include "SituationEditions.h"
#include "Transaction.h"

#include "statistics/SituationMapping.h"
#include "statistics/SituationMappingJson.h"

#include <QCoreApplication>

#include <algorithm>

namespace samverka::storage {

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
        file->d->heldOpeningCheck = [self, path, backups = std::move(backups)] {
            return std::make_unique<OpeningCheck>(
                path, fileformat::defaultBusyTimeoutMs, backups, [self] {
                    // Posted: dropped when the file is closed before it is delivered.
                    QMetaObject::invokeMethod(self, &MunicipalityFile::announceOpeningCheck,
                                              Qt::QueuedConnection);
                });
        };
        if (!options.holdOpeningCheck)
            file->startOpeningCheck();
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

core::MunicipalityData MunicipalityFile::load(const LoadOptions &options) const
{
    return d->loader->load(options);
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

QList<core::SituationPicture> MunicipalityFile::situationPictures() const
{
    return d->loader->situationPictures();
}

QList<core::MeasurePlan> MunicipalityFile::measurePlans() const
{
    return d->loader->measurePlans();
}

core::LawChecklist::Input MunicipalityFile::lawInput() const
{
    const ReadTransaction read(*d->db); // one state of the file, never a torn one
    return {d->loader->municipality(), d->loader->situationPictures(), d->loader->measurePlans(),
            d->loader->causesOfAdoptedMeasures()};
}

QList<QPair<QString, QVariant>>
MunicipalityFile::situationStatusFields(const QString &id, core::SituationStatus status) const
{
    const QList<core::SituationPicture> editions = situationPictures();
    const core::SituationPicture &edition = SituationEditions::find(editions, id);
    QString snapshot;
    if (status == core::SituationStatus::Adopted) {
        // Only what the kartläggning reads: not the agreements.
        core::MunicipalityData data;
        data.municipality = municipality();
        data.crimeStatistics = crimeStatistics();
        data.population = population();
        data.categoryMapping = categoryMapping();
        data.surveyIndicators = surveyIndicators();
        snapshot = core::SituationMappingJson::toText(
            {clock().today(), core::SituationMapping::ofEdition(data, edition)});
    }
    return {{QStringLiteral("status"), core::toWord(status)},
            {QStringLiteral("mappingSnapshot"), snapshot}};
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

QList<core::CrimeStatistic> MunicipalityFile::crimeStatistics(const QStringList &codes) const
{
    return d->loader->crimeStatistics(codes);
}

QStringList MunicipalityFile::statisticsMunicipalityCodes() const
{
    return d->loader->statisticsMunicipalityCodes();
}

QStringList MunicipalityFile::comparedMunicipalityCodes() const
{
    return d->loader->comparedMunicipalityCodes();
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

QString MunicipalityFile::newSituationEdition(const QString &fromId, const QString &title,
                                              const QDate &date)
{
    d->requireWritable();
    const QString id = SituationEditions(*d->db, *d->audit).copy(fromId, title, date);
    d->sawOwnChange();
    emit changed(Change::record(RecordKind::SituationPicture, id, QString()));
    return id;
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
MunicipalityFile::importCrimeStatistics(const QList<core::CrimeStatistic> &rows,
                                        const QList<core::Population> &aggregatePopulation)
{
    d->requireWritable();
    const StatisticsImportReport report =
        d->statistics->importCrimeStatistics(rows, aggregatePopulation);
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
    if (d->heldOpeningCheck)
        return true;
    return d->openingCheck && !d->openingSettled && !d->openingCheck->isFinished();
}

void MunicipalityFile::startOpeningCheck()
{
    d->startOpeningCheck();
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
