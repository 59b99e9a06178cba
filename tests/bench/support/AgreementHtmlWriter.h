#pragma once

// Writes an agreement as one HTML page with the same content as Samverka's agreement
// PDF (cover facts, part 1, part 2, signatures, problem picture, statistics table,
// action-plan tables), for the LibreOffice side of the PDF benchmark. Benchmark-only:
// it mirrors what the PDF contains, not how it looks.

#include "MunicipalityData.h"

#include <QString>

namespace samverka::bench {

class AgreementHtmlWriter
{
public:
    /// The HTML of agreementId in data (confidential items left out, as by default).
    static QString html(const core::MunicipalityData &data, const QString &agreementId);
    /// Writes html() to path as UTF-8; throws std::runtime_error when it cannot.
    static void write(const core::MunicipalityData &data, const QString &agreementId,
                      const QString &path);
};

} // namespace samverka::bench
