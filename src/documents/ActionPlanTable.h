#pragma once

// One focus area's action-plan table (Mål | Aktivitet | När | Ansvarig) as data: the PDF
// prints it under a heading, the table exports make a sheet of it.

#include "DocumentComposer.h"

#include <QList>
#include <QString>

namespace samverka::documents {

struct ActionPlanTable {
    QString focusArea;  ///< the focus area's id; empty for goals and measures under none
    QString title;      ///< the focus area's title; empty for those under none
    int number = 0;     ///< the focus area's 1-based number in the agreement; 0 for none
    QString background; ///< the focus area's background text
    QList<QList<TableCell>> rows;
};

} // namespace samverka::documents
