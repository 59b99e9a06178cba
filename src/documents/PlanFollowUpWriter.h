#pragma once

// Chapter 3 of the åtgärdsplan, the follow-up report: how many measures are green,
// yellow or red (or not rated) at their latest rating, then each follow-up date (and
// each other date a measure was rated on) with every measure's colour and comment.

#include "DocumentComposer.h"
#include "DocumentContext.h"
#include "PlanDocumentRows.h"

#include "MeasurePlan.h"

#include <QCoreApplication>

namespace samverka::documents {

class PlanFollowUpWriter
{
    Q_DECLARE_TR_FUNCTIONS(PlanFollowUpWriter)

public:
    static void write(DocumentComposer &composer, const DocumentContext &context,
                      const core::MeasurePlan &plan, const PlanDocumentRows &rows);

private:
    /// One date of the history: a follow-up date of the plan (followUp set) or another
    /// date a shown row was rated on.
    struct Occasion {
        QDate date;
        const core::PlanFollowUpDate *followUp = nullptr;
    };

    static QList<Occasion> occasions(const core::MeasurePlan &plan, const PlanDocumentRows &rows);
    static void writeSummary(DocumentComposer &composer, const PlanDocumentRows &rows);
    static void writeOccasion(DocumentComposer &composer, const DocumentContext &context,
                              const Occasion &occasion, const PlanDocumentRows &rows);
};

} // namespace samverka::documents
