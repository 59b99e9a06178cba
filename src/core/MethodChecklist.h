#pragma once

// The handbook's checklist as rules over one agreement (domain.md, "Rules the
// product enforces or checks"): what is missing before it goes for signing.

#include "Finding.h"
#include "MunicipalityData.h"

#include <QList>

namespace samverka::core {

class MethodChecklist
{
public:
    static QList<Finding> check(const Agreement &agreement);
};

} // namespace samverka::core
