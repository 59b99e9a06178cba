#pragma once

// A signatory of an agreement or a citizen promise set, and whether they signed.

#include "RowId.h"

#include <QDate>
#include <QString>

namespace samverka::core {

struct Signature {
    QString id;
    QString person; ///< person id (optional)
    QString name;   ///< the name as printed; wins over the person record
    QString title;
    QString party; ///< party id
    QString place;
    QDate date;
    bool signed_ = false;
    /// the file's id of the row, also when id is empty (imported without one); not exchanged
    RowId rowId{};

    bool operator==(const Signature &) const = default;
};

} // namespace samverka::core
