#pragma once

// The kartläggning's numbers as JSON (issue #14): what a fastställd lägesbild stores
// when it is adopted (the file's situation_pictures.mapping_snapshot, the exchange
// format's "mappingSnapshot"). Missing numbers are left out, never written as 0. Survey
// warnings are not stored: they are worded again from the intervals when read.

#include "JsonCursor.h"
#include "statistics/SituationMapping.h"

#include <QJsonObject>

#include <optional>

namespace samverka::core {

class SituationMappingJson
{
public:
    static QJsonObject toJson(const SituationMappingSnapshot &snapshot);
    /// Reads a snapshot; throws ExchangeError naming the property's path.
    static SituationMappingSnapshot read(JsonCursor &cursor);

    /// True when a and b hold the same numbers (what toJson writes of them).
    static bool sameNumbers(const SituationMappingResult &a, const SituationMappingResult &b);

    /// The compact text the file stores.
    static QString toText(const SituationMappingSnapshot &snapshot);
    /// The stored text read back; nullopt when empty or not a snapshot (the caller says
    /// the stored numbers cannot be read rather than guessing).
    static std::optional<SituationMappingSnapshot> fromText(const QString &text);
};

} // namespace samverka::core
