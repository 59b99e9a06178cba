#pragma once

// The follow-up report for the steering group: what is late, each measure's planned
// and done counts and status, and each goal's baseline, target, latest value and trend.

#include "DocumentComposer.h"
#include "DocumentContext.h"

namespace samverka::documents {

class FollowUpReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpReportBuilder)

public:
    static void build(DocumentComposer &composer, const DocumentContext &context);

private:
    static void writeLate(DocumentComposer &composer, const DocumentContext &context);
    static void writeMeasures(DocumentComposer &composer, const DocumentContext &context);
    static void writeGoals(DocumentComposer &composer, const DocumentContext &context);
};

} // namespace samverka::documents
