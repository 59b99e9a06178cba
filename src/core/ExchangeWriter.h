#pragma once

// Writes MunicipalityData as an exchange document. Deterministic: the same data
// gives the same bytes (but for exportedAt), so export → import → export is stable.

#include "MunicipalityData.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace samverka::core {

class ExchangeWriter
{
public:
    /// The format's revision: raised by additions that an older reader of the same
    /// version may ignore (docs/file-format.md, "Versions of the exchange format").
    /// 2: the lägesbild's editions (situationPictures).
    /// 3: an adopted edition's kartläggning numbers (situationPictures[].mappingSnapshot).
    /// 4: the åtgärdsplaner (measurePlans).
    /// 5: where a revision's records came from (originId).
    /// 6: the municipality's logo (municipality.logo, an attachment's id).
    static constexpr int revision = 6;

    struct Options {
        bool withAttachmentData = false;
        QDateTime exportedAt; ///< invalid: no exportedAt property
        bool indented = true;
    };

    static QByteArray write(const MunicipalityData &data, const Options &options);
    static QJsonObject toJson(const MunicipalityData &data, const Options &options);
    /// The exchange form of one agreement (also the basis of its fingerprint).
    static QJsonObject agreementToJson(const Agreement &agreement);
    /// The exchange form of one measure (an agreement's, or a plan row's own).
    static QJsonObject measureToJson(const Measure &measure);
};

} // namespace samverka::core
