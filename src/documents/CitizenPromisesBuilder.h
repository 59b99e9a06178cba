#pragma once

// The citizen promises (medborgarlöften) of an agreement for the public: each set on
// its own page in plain language, with who is responsible and who signed.

#include "DocumentComposer.h"
#include "DocumentContext.h"

namespace samverka::documents {

class CitizenPromisesBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CitizenPromisesBuilder)

public:
    static void build(DocumentComposer &composer, const DocumentContext &context);
    static QList<const core::CitizenPromiseSet *> sets(const DocumentContext &context);
};

} // namespace samverka::documents
