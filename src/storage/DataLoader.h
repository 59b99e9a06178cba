#pragma once

// Reads the municipality file into the core's domain structs: the whole file, or
// one kind of record at a time. Never writes; never throws for an empty file.

#include "LoadOptions.h"
#include "MunicipalityData.h"
#include "RecordKind.h"

#include <QHash>
#include <QVariant>

namespace samverka::storage {

class Database;

class DataLoader
{
public:
    explicit DataLoader(Database &db);

    core::MunicipalityData loadAll(bool withAttachmentData = false) const;
    /// The whole file as options say: with or without the attachments' bytes, and with
    /// every municipality's crime statistics, the compared ones only, or none.
    core::MunicipalityData load(const LoadOptions &options) const;
    core::Municipality municipality() const;
    QList<core::Agreement> agreements() const; ///< by validFrom (undated last), then title
    QList<core::Agreement> agreementHeads(bool withMeasures = false) const; ///< loadHeads()
    core::Agreement agreement(const QString &id) const; ///< throws NotFoundRecord
    QList<core::Party> parties() const;
    QList<core::Person> people() const;
    QList<core::CitizenPromiseSet> promiseSets() const;
    QList<core::Meeting> meetings() const;
    /// The lägesbild's editions in display order, with their sections and problems.
    QList<core::SituationPicture> situationPictures() const;
    /// The åtgärdsplaner in display order, with their follow-up dates, rows and ratings.
    QList<core::MeasurePlan> measurePlans() const;
    /// For each agreement measure an åtgärdsplan adopts, how many causes it is aimed at.
    QHash<QString, int> causesOfAdoptedMeasures() const;
    QList<core::Attachment> attachments(bool withData = false) const;
    QByteArray attachmentData(const QString &id) const; ///< throws NotFoundRecord
    QList<core::CrimeStatistic> crimeStatistics() const;
    /// The rows of these municipality codes only (by the statistics' unique key's index).
    QList<core::CrimeStatistic> crimeStatistics(const QStringList &codes) const;
    /// Every municipality code the crime statistics have, sorted, without reading the rows.
    QStringList statisticsMunicipalityCodes() const;
    /// The file's own code and the codes its lägesbild editions compare with: the rows a
    /// document or a page about the municipality shows. Empty without a code of its own.
    QStringList comparedMunicipalityCodes() const;
    QList<core::Population> population() const;
    QList<core::SurveyIndicator> surveyIndicators() const;
    QList<core::CategoryMapping> categoryMapping() const;
    /// The current value of one field, named as for RecordEditor::setField.
    QVariant field(RecordKind kind, const QString &id, const QString &field) const;
    QVariantList fields(RecordKind kind, const QString &id, const QStringList &names) const;

private:
    Database &m_db;
};

} // namespace samverka::storage
