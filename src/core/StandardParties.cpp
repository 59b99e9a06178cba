#include "StandardParties.h"

#include <QUuid>

namespace samverka::core {

QString StandardParties::municipalityPartyName(const QString &municipalityName)
{
    const QString name = municipalityName.trimmed();
    if (name.isEmpty())
        return QStringLiteral("Kommunen");
    static const QString noGenitiveS = QStringLiteral("aeiouyåäösxz");
    const QChar last = name.back().toLower();
    return noGenitiveS.contains(last) ? name + QStringLiteral(" kommun")
                                      : name + QStringLiteral("s kommun");
}

QList<Party> StandardParties::forMunicipality(const Municipality &municipality)
{
    const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    Party kommun{newId(), PartyKind::Municipality, municipalityPartyName(municipality.name)};
    QString police = QStringLiteral("Polismyndigheten");
    if (!municipality.localPoliceArea.trimmed().isEmpty())
        police += QStringLiteral(", lokalpolisområde ") + municipality.localPoliceArea.trimmed();
    return {kommun, Party{newId(), PartyKind::Police, police}};
}

} // namespace samverka::core
