#pragma once

// One open municipality file (.samverka): the storage layer's facade for the UI and
// the CLI. Every write is one transaction, appends to the audit log, honours the
// lock of signed agreements, and emits changed(). Storage never shows a dialog:
// failures are thrown as StorageError with a message meant for a person.

#include "BackupManager.h"
#include "Change.h"
#include "LateMeasureReader.h"
#include "RecordKind.h"
#include "StorageError.h"

#include "Clock.h"
#include "LawChecklist.h"
#include "LoadOptions.h"
#include "MunicipalityData.h"

#include <QObject>
#include <QPair>
#include <QVariant>

#include <memory>

namespace samverka::storage {

class Database;

/// One row of the audit log.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString entity; ///< record kind name
    QString recordId;
    QString field;    ///< empty for insert/delete of a whole record
    QString oldValue; ///< JSON text or plain text
    QString newValue;
};

/// Everything needed to put a removed record (and what hung under it) back.
struct RecordSnapshot {
    RecordKind kind = RecordKind::Party;
    QString id;
    QByteArray payload; ///< opaque to callers (JSON of the removed rows, in order)
};

/// Where moveRecord() took a record, found inside its transaction: what undo needs.
struct RecordMove {
    QString id;    ///< the record's id
    int from = -1; ///< its index among its siblings before the move
    int to = -1;   ///< after it
    bool moved() const { return from != to; }
};

/// What a statistics import did, or the crime statistics of a merge (the same rule,
/// CrimeStatisticMerge): each row counts once as imported, updated or unchanged.
struct StatisticsImportReport {
    int imported = 0;   ///< new keys inserted
    int updated = 0;    ///< known keys that changed
    int unchanged = 0;  ///< known keys left as they were (the same values, or only "..")
    int suppressed = 0; ///< rows whose count is missing (".."), also counted above
    int population = 0; ///< county or country years given a population they lacked
};

/// What an import or merge did: records with ids, and crime-statistics rows apart.
struct ImportReport {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    StatisticsImportReport crimeStatistics;
    QStringList warnings;
};

class MunicipalityFile : public QObject
{
    Q_OBJECT

public:
    enum class ReadOnlyReason { None, NewerVersion, FilePermissions, Requested };

    struct OpenOptions {
        bool readOnly = false;
        bool backupOnOpen = true; ///< rotating backup-API copy in backupDir
        /// Where the copies go; empty: BackupManager::defaultDirectory(), the user's local
        /// data folder. The app passes the folder of its settings.
        QString backupDir;
        /// How many copies of a file name backupDir keeps (BackupManager::minKeep..maxKeep).
        int backupKeep = BackupManager::defaultKeep;
        /// Roll back a journal left by a write that a crash interrupted (SQLite's hot
        /// journal) when the file and its folder may be written, also for readOnly: that
        /// restores the last committed content, it changes none. False, or no permission:
        /// such a file is refused with StorageError::NeedsRecovery.
        bool recoverInterruptedWrite = true;
        /// For a file at this program's version that needs no recovery: quick_check and
        /// the routine copy (backupOnOpen) run on a thread of their own after open()
        /// returns (OpeningCheck), so the first window need not wait for them. Reading
        /// goes on meanwhile; every write waits for them and is refused when the file is
        /// damaged. openingCheckFinished() tells the end. The desktop app sets it; a
        /// command checks before it reads.
        bool checkAfterOpening = false;
        /// With checkAfterOpening: the check waits for startOpeningCheck() (or the first
        /// write, or awaitOpeningCheck()) instead of starting in open(). The desktop app
        /// starts it once its window has painted the file, so that the check's thread
        /// does not compete with building and painting that window.
        bool holdOpeningCheck = false;
    };

    /// Opens an existing file, checking in order: exists, readable, SQLite header,
    /// application id, schema version (newer: read-only; older: backup, migrate; older
    /// and read-only: an updated copy in memory), quick_check. A journal left by a write
    /// that a crash interrupted is rolled back first (recoverInterruptedWrite). The file is
    /// unchanged by every failure. Throws StorageError.
    static std::unique_ptr<MunicipalityFile> open(const QString &path, const OpenOptions &options);
    static std::unique_ptr<MunicipalityFile> open(const QString &path)
    {
        return open(path, OpenOptions{});
    }
    /// Creates a new, empty file. Refuses an existing path (StorageError AlreadyExists).
    static std::unique_ptr<MunicipalityFile> create(const QString &path,
                                                    const core::Municipality &municipality);
    /// Creates a new file from an exchange document (CLI import --output), in one
    /// transaction; with overwrite, an existing file is replaced only on success.
    static std::unique_ptr<MunicipalityFile>
    createFrom(const QString &path, const core::MunicipalityData &data, bool overwrite = false);

    ~MunicipalityFile() override;

    QString path() const;
    bool isReadOnly() const;
    ReadOnlyReason readOnlyReason() const;
    int schemaVersion() const; ///< of the file as found on disk
    bool wasMigrated() const;  ///< migrated on open (a backup was made first)
    /// True when opening rolled back a write that a crash had interrupted.
    bool wasRecovered() const;
    /// What wasRecovered() means, for a status bar or standard error; empty when false.
    QString recoveryMessage() const;
    /// An older file that could only be opened read-only (readOnlyReason() says why): it
    /// is shown as the update would make it, from a copy in memory; the file itself, of
    /// schemaVersion(), is not changed.
    bool isMigratedCopy() const;
    QString lastBackupPath() const;
    /// Why the routine copy on opening could not be made (naming the folder); empty when it
    /// was made or none was asked for. The file is open all the same.
    QString backupFailure() const;

    /// Who is recorded in the audit log and as author: this session's name, else the
    /// name stored in the file, else the OS user.
    QString userName() const;
    void setUserName(const QString &name); ///< stored in the file's settings
    /// The name of the person at this computer, for this connection only: never written
    /// to the file, which colleagues share. Empty falls back as userName() says.
    void setSessionUserName(const QString &name);
    void setClock(const core::Clock *clock); ///< default core::Clock::system()
    const core::Clock &clock() const;

    // ---- Reading (never throws for an empty file) --------------------------------
    core::MunicipalityData loadAll(bool withAttachmentData = false) const;
    /// The whole file as the options say (LoadOptions.h): the documents read only the
    /// statistics they can show, search none.
    core::MunicipalityData load(const LoadOptions &options) const;
    core::Municipality municipality() const;
    QList<core::Agreement> agreements() const; ///< whole agreements, display order
    /// The agreements without their content, in display order: own fields, focus areas'
    /// ids and titles, review comments' resolved flags, signatures' dates, and with
    /// withMeasures the measures' titles, ends and status (AgreementLoader::loadHeads()).
    /// For lists, the sidebar, combo boxes and the overview: a fraction of agreements()'s
    /// cost.
    QList<core::Agreement> agreementHeads(bool withMeasures = false) const;
    /// The measures late on today in the whole file: how many, and the limit of them
    /// late the longest (LateMeasureReader). For the overview.
    LateMeasures lateMeasures(const QDate &today, int limit) const;
    core::Agreement agreement(const QString &id) const; ///< throws NotFoundRecord
    QList<core::Party> parties() const;
    QList<core::Person> people() const;
    QList<core::CitizenPromiseSet> promiseSets() const;
    QList<core::Meeting> meetings() const;
    /// The lägesbild's editions in display order, with their sections and problems.
    QList<core::SituationPicture> situationPictures() const;
    /// What an edition's status change writes (issue #14): the status, and the
    /// kartläggning's numbers as of today when it becomes adopted (SituationMappingJson's
    /// text), none when it goes back to draft. For setFields, so that one undo step
    /// restores both. Throws NotFoundRecord.
    QList<QPair<QString, QVariant>> situationStatusFields(const QString &id,
                                                          core::SituationStatus status) const;
    /// The åtgärdsplaner in display order, with their follow-up dates, rows and ratings.
    QList<core::MeasurePlan> measurePlans() const;
    /// What the law's check reads (core::LawChecklist), in one read of the file.
    core::LawChecklist::Input lawInput() const;
    QList<core::Attachment> attachments() const; ///< metadata only
    QByteArray attachmentData(const QString &id) const;
    QList<core::CrimeStatistic> crimeStatistics() const;
    /// The rows of these municipality codes only (an empty list reads every row).
    QList<core::CrimeStatistic> crimeStatistics(const QStringList &codes) const;
    /// Every municipality code the crime statistics have, sorted, without reading the rows.
    QStringList statisticsMunicipalityCodes() const;
    /// The own code and the codes the lägesbild editions compare with (the county, the
    /// country, …): what a page or a document about the municipality shows. Empty when
    /// the file has no code of its own.
    QStringList comparedMunicipalityCodes() const;
    QList<core::Population> population() const;
    QList<core::SurveyIndicator> surveyIndicators() const;
    QList<core::CategoryMapping> categoryMapping() const;
    QList<AuditEntry> auditLog(int limit = 1000) const;
    /// The current value of one field (same names as setField).
    QVariant field(RecordKind kind, const QString &id, const QString &field) const;
    /// Several fields of one record at once (a form's fields), in the order given: one
    /// read of its row instead of one per field. Throws as field() does.
    QVariantList fields(RecordKind kind, const QString &id, const QStringList &names) const;

    // ---- Generic edits: one call = one transaction = one audit entry -------------
    /// Sets one field. Values: QString, bool, int/double, QDate (null = clear),
    /// QStringList for id lists ("causes", "goals", "responsible", "parties",
    /// "startingPoints"), the exchange word (QString) for enums. Throws StorageError
    /// (Frozen for the frozen content of a signed agreement; Invalid; ReadOnly).
    /// Returns the value the field had, read inside the same transaction (as field()
    /// gives it): what undo writes back, never a colleague's value from a moment earlier.
    QVariant setField(RecordKind kind, const QString &id, const QString &field,
                      const QVariant &value);
    /// Sets several fields of one record in one transaction: all of them or, when one is
    /// refused (it throws as setField does), none. Returns their values before, in order.
    QList<QPair<QString, QVariant>> setFields(RecordKind kind, const QString &id,
                                              const QList<QPair<QString, QVariant>> &values);
    /// Inserts a record under parentId at index (-1 = last) and returns its id
    /// (fields["id"] if given, else a new UUID).
    QString insertRecord(RecordKind kind, const QString &parentId, const QVariantMap &fields,
                         int index = -1);
    /// Removes a record and everything under it; the snapshot puts it all back. Bytes (an
    /// attachment's content) wait in the file until restoreRecord() takes them back or
    /// forgetSnapshot() drops them: the snapshot holds only their token.
    RecordSnapshot removeRecord(RecordKind kind, const QString &id);
    void restoreRecord(const RecordSnapshot &snapshot);
    /// Drops what a snapshot keeps in the file (its undo step is gone). Not an edit: no
    /// change notice, no audit row. Does nothing for a read-only file or one taken back.
    void forgetSnapshot(const RecordSnapshot &snapshot);
    /// Moves a record to another display position among its siblings; says where from and
    /// where to, as found inside the move's transaction.
    RecordMove moveRecord(RecordKind kind, const QString &id, int newIndex);

    // ---- Lifecycle ----------------------------------------------------------------
    /// Draft ↔ in review ↔ ready for signing (not to or from signed).
    void setAgreementStatus(const QString &agreementId, core::AgreementStatus status);
    /// Records that the listed signatories (all when empty) signed at place and date,
    /// computes and stores the fingerprint, and locks the agreement. Refused without
    /// signatories or when already signed. Returns the fingerprint (hex).
    QString sign(const QString &agreementId, const QDate &date, const QString &place,
                 const QStringList &signatureIds = {});
    /// Makes a new draft copied from a signed agreement, linked by "replaces";
    /// returns its id.
    QString revise(const QString &agreementId);
    /// Recomputes a signed agreement's fingerprint; true when it matches the stored one.
    bool verifyFingerprint(const QString &agreementId) const;
    /// A new edition of the lägesbild copied from the edition fromId (SituationEditions):
    /// a draft titled title and dated date, after every edition. Returns its id; undone
    /// by removing it.
    QString newSituationEdition(const QString &fromId, const QString &title, const QDate &date);

    // ---- Exchange and statistics --------------------------------------------------
    /// Merges an exchange document in one transaction (spec/cli.md "--into").
    ImportReport merge(const core::MunicipalityData &data);
    /// Upserts reported-crime rows by their natural key, in one transaction.
    /// aggregatePopulation: a county's or the country's population per year, derived by the
    /// parser from the source's rates; written only where the file has none for that year.
    StatisticsImportReport
    importCrimeStatistics(const QList<core::CrimeStatistic> &rows,
                          const QList<core::Population> &aggregatePopulation = {});
    /// Upserts population rows by (code, year), in one transaction; returns how many.
    int importPopulation(const QList<core::Population> &rows);
    void setCategoryMapping(const QList<core::CategoryMapping> &mapping);

    // ---- A colleague on the share ------------------------------------------------
    /// True when another connection has committed since the last call (PRAGMA
    /// data_version); then emits changed() for what the audit log's new rows name (or one
    /// Change::everything() when they do not say) and externallyChanged(). The UI polls
    /// this on a timer.
    bool checkForExternalChanges();

    /// Integrity of the file on disk: PRAGMA quick_check result ("ok" when sound).
    QString integrityCheck() const;

    // ---- The check after opening (OpenOptions::checkAfterOpening) ------------------
    /// True while quick_check and the routine copy are still to run or running.
    bool isOpeningCheckPending() const;
    /// Starts a check after opening held by OpenOptions::holdOpeningCheck; nothing when
    /// there is none or it has started.
    void startOpeningCheck();
    /// Waits for the check after opening, if one runs. Throws StorageError (Damaged,
    /// naming the file) when it found damage: every write is refused then, and the file is
    /// left as it is. Every write calls this first.
    void awaitOpeningCheck();

signals:
    /// After every successful write of this connection, and for what a colleague changed.
    void changed(const samverka::storage::Change &change);
    /// When another program wrote to the file.
    void externallyChanged();
    /// The check after opening has ended (posted to this object's thread): damage is the
    /// message when the file is damaged, else empty. lastBackupPath() and backupFailure()
    /// now tell the routine copy.
    void openingCheckFinished(const QString &damage);

private:
    MunicipalityFile();
    /// On this object's thread when the check after opening has ended.
    void announceOpeningCheck();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samverka::storage
