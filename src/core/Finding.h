#pragma once

// One finding of the method checklist: a stable code, the record it concerns and a
// message for a person. A warning, never a block.

#include <QString>

namespace samverka::core {

struct Finding {
    QString agreementId;
    QString recordId; ///< empty: the agreement as a whole
    QString code;     ///< stable, e.g. "measure-without-cause"
    QString message;  ///< translated
    int step = 3;     ///< the method step (1..5) it belongs to

    bool operator==(const Finding &) const = default;
};

} // namespace samverka::core
