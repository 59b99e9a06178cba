#pragma once

// The title and page decoration of the municipality's own documents under Lag (2023:196):
// the lägesbild and the åtgärdsplan. Both are titled, headed and marked the same way.

#include "BuiltDocument.h"

#include <QCoreApplication>

namespace samverka::documents {

class LawDocumentDecoration
{
    Q_DECLARE_TR_FUNCTIONS(LawDocumentDecoration)

public:
    /// The document's title is the record's when it names the kind ("Lägesbild 2024"),
    /// else "Kind: title"; the header carries it and the diary number ("Dnr …"); a draft
    /// is marked UTKAST on every page, and confidential items printed are noticed.
    static void apply(BuiltDocument &built, const QString &kind, const QString &title,
                      const QString &diaryNumber, bool draft, bool confidentialPrinted);
};

} // namespace samverka::documents
