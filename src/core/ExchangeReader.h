#pragma once

// Reads an exchange document (spec/exchange.schema.json) into MunicipalityData.
// Ids are kept verbatim; references must resolve (within one agreement where the
// schema says so); array order is display order. Unknown properties are ignored
// with a warning. Throws ExchangeError naming the JSON path.

#include "ExchangeError.h"
#include "MunicipalityData.h"

#include <QByteArray>
#include <QStringList>

namespace samverka::core {

struct ExchangeReadResult {
    MunicipalityData data;
    QStringList warnings; ///< "<path>: unknown property ignored"
};

class ExchangeReader
{
public:
    static ExchangeReadResult read(const QByteArray &json);
};

} // namespace samverka::core
