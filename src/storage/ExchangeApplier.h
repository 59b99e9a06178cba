#pragma once

// Writes an exchange document into the file: wholesale into a new file (import
// --output), or merged into an existing one (import --into, spec/cli.md): known ids
// updated, new ids inserted, absent records kept, id-less arrays replaced whole, crime
// statistics merged by CrimeStatisticMerge (the CSV import's rule), and a signed
// agreement's frozen content and status refused any change.

#include "MunicipalityFile.h"
#include "RowStore.h"

#include <QJsonValue>

namespace samverka::storage {

class AuditLog;
class Database;

class ExchangeApplier
{
public:
    ExchangeApplier(Database &db, AuditLog &audit);

    /// Inserts everything into an empty file, inside the caller's transaction. Records
    /// may be in any lifecycle status; a signed agreement without a fingerprint gets
    /// one computed, a document's own fingerprint is kept.
    void insertAll(const core::MunicipalityData &data);
    /// Merges in one transaction, all or nothing. Throws Refused for another
    /// municipality's document or a change to a signed agreement (naming the JSON path).
    ImportReport merge(const core::MunicipalityData &data);

    /// The JSON path of the first difference between two JSON values, or empty.
    static QString firstDifference(const QJsonValue &stored, const QJsonValue &incoming,
                                   const QString &path);

private:
    void insertAgreement(const core::Agreement &agreement);
    void mergeAgreement(const core::Agreement &incoming, int index, ImportReport &report);
    void mergeDraft(const core::Agreement &incoming, const core::Agreement &stored,
                    ImportReport &report);
    void mergeWork(const core::Agreement &incoming, ImportReport &report);
    void mergeComments(const core::Agreement &incoming, ImportReport &report);
    void mergePromiseSets(const QList<core::CitizenPromiseSet> &sets, ImportReport &report);
    void mergeLogo(const QString &incoming, const core::Municipality &own, ImportReport &report);
    void mergeCoordinatingFunction(const core::CoordinatingFunction &incoming,
                                   const core::Municipality &own, ImportReport &report);
    void mergeSituationPictures(const QList<core::SituationPicture> &pictures,
                                ImportReport &report);
    void mergeMeasurePlans(const QList<core::MeasurePlan> &plans, ImportReport &report);
    void storeFingerprintIfMissing(const QString &agreementId);
    RowStore::Outcome apply(const RecordRows &rows);
    void count(RowStore::Outcome outcome, const QString &entity, const QString &id,
               ImportReport &report);

    Database &m_db;
    AuditLog &m_audit;
    RowStore m_store;
};

} // namespace samverka::storage
