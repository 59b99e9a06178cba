#pragma once

// The text form of samverka-cli diff: a warning about a broken fingerprint first, the
// counts per section, then each difference with its fields; a text's changes word by
// word as [-struck-] and {+inserted+}.

#include "AgreementDiff.h"

#include <QString>

namespace samverka::cli {

class DiffText
{
public:
    static QString write(const core::AgreementDiff &diff, bool includeConfidential);
    /// A section's name as shown ("Measures"), translated.
    static QString sectionName(core::DiffSection section);
};

} // namespace samverka::cli
