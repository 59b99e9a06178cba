#pragma once

// The diff JSON of samverka-cli diff (docs/cli.md, "diff"): a stable document of an
// AgreementDiff, its format "samverka-diff", version 1.

#include "AgreementDiff.h"

#include <QJsonObject>

namespace samverka::core {

class AgreementDiffJson
{
public:
    static constexpr int version = 1;

    /// The document; the confidential items only when asked (their count is given
    /// either way as "confidentialLeftOut").
    static QJsonObject toJson(const AgreementDiff &diff, bool includeConfidential);
    /// toJson as indented UTF-8 with its keys sorted, ending in a newline.
    static QByteArray write(const AgreementDiff &diff, bool includeConfidential);
};

} // namespace samverka::core
