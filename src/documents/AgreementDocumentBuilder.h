#pragma once

// The agreement for signing: cover, contents, Del 1, Del 2, Underskrifter, Bilaga 1
// (problem picture and cause analysis) and Bilaga 2 (action plans). Empty sections
// are left out.

#include "BuiltDocument.h"
#include "DocumentComposer.h"
#include "DocumentContext.h"

namespace samverka::documents {

class AgreementDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AgreementDocumentBuilder)

public:
    static void build(DocumentComposer &composer, const DocumentContext &context);

private:
    static void writeCover(DocumentComposer &composer, const DocumentContext &context);
    static void writePart1(DocumentComposer &composer, const DocumentContext &context);
    static void writeOrganisation(DocumentComposer &composer, const DocumentContext &context);
    static void writePart2(DocumentComposer &composer, const DocumentContext &context);
    /// The goals of a focus area (an empty id: of none) as a table; false when none.
    static bool writeGoals(DocumentComposer &composer, const DocumentContext &context,
                           const QString &focusArea);
    /// "Other goals and measures": those not under a focus area.
    static void writeOthers(DocumentComposer &composer, const DocumentContext &context);
    static void writeCommitments(DocumentComposer &composer, const DocumentContext &context,
                                 const QList<core::Commitment> &commitments, int level);
};

} // namespace samverka::documents
