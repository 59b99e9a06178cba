#pragma once

// The åtgärdsplan as a document (Lag 2023:196 §5), on landscape pages: a cover with the
// plan's record, its decision and the lägesbild it is based on, the contents, then
// 1. Bakgrund, 2. Åtgärder (Brå's six columns, PlanTableWriter) and 3. Uppföljning (the
// colours at the latest rating and at each follow-up, PlanFollowUpWriter). Confidential
// rows and causes are left out unless asked for; then they are marked. A draft is marked
// UTKAST on every page by the renderer.

#include "BuiltDocument.h"
#include "DocumentComposer.h"
#include "DocumentContext.h"

#include "MeasurePlan.h"
#include "SituationPicture.h"

namespace samverka::documents {

class MeasurePlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MeasurePlanBuilder)

public:
    /// The plan options.recordId names, or the latest (the last in the file) when it is
    /// empty. Throws DocumentError when there is none.
    static const core::MeasurePlan &plan(const DocumentContext &context);

    static void build(DocumentComposer &composer, const DocumentContext &context);
    /// Sets the title and the page decoration of a built åtgärdsplan.
    static void decorate(const DocumentContext &context, BuiltDocument &built);

private:
    /// The lägesbild the plan is based on, or nullptr (none linked, or not in the file).
    static const core::SituationPicture *basis(const DocumentContext &context,
                                               const core::MeasurePlan &plan);
    /// "Lägesbild 2024 (fastställd 2025-02-11)", or what is wrong with the link.
    static QString basisText(const DocumentContext &context, const core::MeasurePlan &plan);
    static void writeCover(DocumentComposer &composer, const DocumentContext &context,
                           const core::MeasurePlan &plan);
    static void writeBackground(DocumentComposer &composer, const DocumentContext &context,
                                const core::MeasurePlan &plan);
    /// The lägesbild's problems, numbered as the Orsak column refers to them.
    static void writeProblems(DocumentComposer &composer, const DocumentContext &context,
                              const core::SituationPicture &picture);
};

} // namespace samverka::documents
