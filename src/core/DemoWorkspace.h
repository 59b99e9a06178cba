#pragma once

// The demo's police area (issue #16): the bundled demo municipality and two neighbours
// generated from it, in the same local police area, each a little different (one has
// signed its 2024–2027 agreement, one has neither adopted its lägesbild nor decided its
// åtgärdsplan), so that an overview of the three has something to tell apart.

#include "MunicipalityData.h"

#include <QByteArray>
#include <QList>

namespace samverka::core {

class DemoWorkspace
{
public:
    struct Member {
        QString fileName; ///< "Kramfors.samverka"
        MunicipalityData data;
    };

    /// The demo and its neighbours, from the demo's exchange document. A neighbour's ids are
    /// the demo's prefixed with its municipality code, so no record is shared. Throws
    /// ExchangeError when the document cannot be read.
    static QList<Member> members(const QByteArray &demoJson);
    /// The workspace's name: the demo's local police area.
    static QString name(const MunicipalityData &demo);
};

} // namespace samverka::core
