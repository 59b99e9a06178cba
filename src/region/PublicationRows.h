#pragma once

// What a publication sends (issue #17): a municipality's content as rows of the region
// tables (RegionTables), with what is never published left out.
// - Confidential problems, causes and measures, their children (a problem's causes, a
//   measure's follow-ups and links) and the links to them (a measure's link to a
//   confidential cause, a goal's to a confidential problem, review comments on them); a
//   measure plan's confidential rows (its own, or an adopted confidential measure) and a
//   lägesbild's confidential problems and sections.
// - People's contact details and the people themselves, the audit log, review comments'
//   text, meetings' attendees, notes and decisions, attachments.
// - Of the statistics, the other municipalities' rows: only the file's own are sent.
// Names and titles are sent as the agreements print them.

#include "RegionTable.h"

#include "MunicipalityData.h"

#include <QHash>
#include <QSet>
#include <QVariantList>

namespace samverka::region {

class PublicationRows
{
public:
    /// table name → rows, each row the table's columns after municipality.
    using Rows = QHash<QString, QList<QVariantList>>;

    static Rows build(const core::MunicipalityData &data);
    /// The ids of every confidential problem, cause and measure, of the causes of a
    /// confidential problem, and of a lägesbild's confidential problems: what build()
    /// leaves out, with every link to them.
    static QSet<QString> confidentialIds(const core::MunicipalityData &data);

private:
    static void addAgreement(Rows &rows, const core::Agreement &a, int position,
                             const QSet<QString> &hidden);
    static void addProblems(Rows &rows, const core::Agreement &a, const QSet<QString> &hidden);
    static void addMeasures(Rows &rows, const core::Agreement &a, const QSet<QString> &hidden);
    static void addPromises(Rows &rows, const core::MunicipalityData &data);
    static void addLaw(Rows &rows, const core::MunicipalityData &data, const QSet<QString> &hidden);
    static void addPlanRows(Rows &rows, const core::MeasurePlan &plan, const QSet<QString> &hidden);
    static void addStatistics(Rows &rows, const core::MunicipalityData &data);
};

} // namespace samverka::region
