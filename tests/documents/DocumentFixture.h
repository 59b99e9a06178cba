#pragma once

// A municipality with one full agreement for the document tests: focus areas,
// problems with causes (one confidential cause, one confidential problem), goals,
// measures (one titled "<b>x</b>", one confidential), follow-ups, signatories, a
// citizen promise set and crime statistics.

#include "MunicipalityData.h"

namespace samverka::documents::test {

class DocumentFixture
{
public:
    static core::MunicipalityData municipality();
    /// The same agreement, signed at Härnösand on 2024-01-15 with a fingerprint.
    static core::MunicipalityData signedMunicipality();
    /// Adds n measures to the first focus area (for long tables).
    static void addMeasures(core::MunicipalityData &data, int n);
    /// Adds signatories to the agreement, n in all.
    static void setSignatories(core::MunicipalityData &data, int n);

    static constexpr const char *agreementId = "agr-1";
    static constexpr const char *confidentialCause =
        "Tre namngivna personer säljer narkotika vid busstationen";
    static constexpr const char *confidentialProblem = "Hot mot personal på boendet Solrosen";
    static constexpr const char *confidentialMeasure = "Riktad spaning mot Solrosen";
    static constexpr const char *markupTitle = "<b>x</b>";
};

} // namespace samverka::documents::test
