#pragma once

// The two parties every collaboration agreement has, for a new municipality file: the
// municipality itself and the Police Authority with its local police area.

#include "Municipality.h"
#include "Party.h"

#include <QList>

namespace samverka::core {

class StandardParties
{
public:
    /// The municipality and the police, each with a new id. Their names are Swedish
    /// proper names ("Härnösands kommun", "Polismyndigheten, lokalpolisområde Härnösand").
    static QList<Party> forMunicipality(const Municipality &municipality);
    /// "Härnösands kommun", "Sollefteå kommun", "Borås kommun": the genitive s is left
    /// out after a vowel or s, x, z, as the municipalities write their own names.
    static QString municipalityPartyName(const QString &municipalityName);
};

} // namespace samverka::core
