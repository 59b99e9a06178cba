#pragma once

// How an agreement is named wherever several may look alike: a revision keeps the title
// of the agreement it replaces, so the period (and, in lists, the status) tells them
// apart: "Samverkansöverenskommelse 2025–2027 (Utkast)".

#include "Agreement.h"

#include <QCoreApplication>

namespace samverka::core {

class AgreementLabel
{
    Q_DECLARE_TR_FUNCTIONS(AgreementLabel)

public:
    /// "2025–2027", "2025–" (until further notice or no end), "–2027"; empty when the
    /// agreement has no dates.
    static QString years(const Agreement &agreement);
    /// The title (or "Untitled agreement") with its years, unless the title has them.
    static QString withPeriod(const Agreement &agreement);
    /// withPeriod() and the status: "Samverkansöverenskommelse 2025–2027 (Utkast)".
    static QString withStatus(const Agreement &agreement);
};

} // namespace samverka::core
