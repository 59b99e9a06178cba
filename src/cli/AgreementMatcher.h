#pragma once

// Resolves --agreement ID (spec/cli.md): the exact id first, then the exact title
// after trimming and Unicode NFC. Several matches are an error listing their ids.

#include "Agreement.h"

namespace samverka::cli {

class AgreementMatcher
{
public:
    /// The matching agreement; throws CliError (exit 1) for none or several.
    static const core::Agreement &match(const QList<core::Agreement> &agreements,
                                        const QString &wanted, const QString &fileName);
};

} // namespace samverka::cli
