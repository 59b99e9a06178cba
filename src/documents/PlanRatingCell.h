#pragma once

// How a follow-up's colour prints in a table cell of the åtgärdsplan: the cell filled
// with a tint of green, yellow or red and the colour's word in bold (so that it reads in
// black and white too), the date and the comment below it when asked for; "Inte bedömd"
// on white for a measure not rated.

#include "MeasurePlan.h"

#include <QColor>
#include <QCoreApplication>

class QTextTableCell;

namespace samverka::documents {

class PlanRatingCell
{
    Q_DECLARE_TR_FUNCTIONS(PlanRatingCell)

public:
    /// The cell's background for colour: light enough for black text.
    static QColor tint(core::RatingColour colour);
    /// The word's colour: dark enough to read on the tint and on paper.
    static QColor ink(core::RatingColour colour);
    //: sv: Inte bedömd
    static QString notRated() { return tr("Not rated"); }

    /// Fills cell with the tint of colour.
    static void fill(QTextTableCell &cell, core::RatingColour colour);
    /// Writes rating (nullptr: not rated) into the empty cell.
    static void write(QTextTableCell &cell, const core::PlanRating *rating, bool withDate,
                      bool withComment);
};

} // namespace samverka::documents
