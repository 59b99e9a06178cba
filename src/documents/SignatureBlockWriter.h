#pragma once

// The signature page: a block per signatory (place and date, signature line, name,
// title, party), two side by side, each pair kept together on one page.

#include "DocumentComposer.h"
#include "DocumentContext.h"

namespace samverka::documents {

class SignatureBlockWriter
{
    Q_DECLARE_TR_FUNCTIONS(SignatureBlockWriter)

public:
    static void write(DocumentComposer &composer, const DocumentContext &context,
                      const QList<core::Signature> &signatures);
};

} // namespace samverka::documents
