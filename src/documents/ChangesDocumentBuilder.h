#pragma once

// The document "Ändringar i överenskommelsen" (issue #16): what a revision changed, laid
// out like the other documents. A summary first (how many records each section added,
// removed, changed and moved), then the changes section by section: each record with its
// kind, a guessed match marked, and each changed field with its words struck and
// inserted. Built from core::AgreementComparer; the later agreement is the document's
// own (DocumentOptions::agreementId), the earlier one DocumentOptions::recordId or, when
// empty, the agreement the later one replaces. Confidential records only on request.

#include "DocumentComposer.h"
#include "DocumentContext.h"

#include "AgreementDiff.h"

#include <QCoreApplication>

namespace samverka::documents {

class ChangesDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChangesDocumentBuilder)

public:
    /// Throws DocumentError when there is no earlier agreement to compare with.
    static void build(DocumentComposer &composer, const DocumentContext &context);
    /// The earlier agreement's id for context's options (see above); empty when none.
    static QString earlierId(const DocumentContext &context);

private:
    static void writeSummary(DocumentComposer &composer, const QList<core::DiffItem> &items);
    static void writeItem(DocumentComposer &composer, const core::DiffItem &item);
    static void writeField(DocumentComposer &composer, const core::FieldDifference &field);
};

} // namespace samverka::documents
