#pragma once

// Compares two agreements of a municipality's data section by section (issue #16):
// Part 1, the parties and diary numbers, the focus areas, the problems and causes, the
// goals, the measures and the citizen promises. Records are matched by origin id (the
// record Revidera copied them from); without one by content (a cause by its number,
// the rest by title or text, then by position), and such a match is marked a guess.
// Confidential records are compared; AgreementDiff::visible leaves them out.

#include "AgreementDiff.h"
#include "MunicipalityData.h"

namespace samverka::core {

class AgreementComparer
{
public:
    /// data gives the names of parties and people and the citizen promises.
    explicit AgreementComparer(const MunicipalityData &data);

    /// What changed from the earlier agreement to the later one.
    AgreementDiff compare(const Agreement &from, const Agreement &to) const;

    /// Whether agreement is signed and its stored fingerprint no longer matches.
    static bool fingerprintBroken(const Agreement &agreement);

private:
    const MunicipalityData &m_data;
};

} // namespace samverka::core
