#include "PlanRatingCell.h"

#include "DocumentContext.h"
#include "TextStyles.h"

#include "EnumLabels.h"

#include <QTextCursor>
#include <QTextTable>

namespace samverka::documents {

QColor PlanRatingCell::tint(core::RatingColour colour)
{
    switch (colour) {
    case core::RatingColour::Green:
        return {0xb9, 0xe0, 0xb4};
    case core::RatingColour::Yellow:
        return {0xfb, 0xe3, 0x8e};
    case core::RatingColour::Red:
        return {0xf2, 0xb8, 0xb2};
    }
    return Qt::white;
}

QColor PlanRatingCell::ink(core::RatingColour colour)
{
    switch (colour) {
    case core::RatingColour::Green:
        return {0x1e, 0x5b, 0x1e};
    case core::RatingColour::Yellow:
        return {0x6b, 0x4e, 0x00};
    case core::RatingColour::Red:
        return {0x8e, 0x16, 0x10};
    }
    return Qt::black;
}

void PlanRatingCell::fill(QTextTableCell &cell, core::RatingColour colour)
{
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBackground(tint(colour));
    cell.setFormat(format);
}

void PlanRatingCell::write(QTextTableCell &cell, const core::PlanRating *rating, bool withDate,
                           bool withComment)
{
    QTextCursor at = cell.firstCursorPosition();
    at.setBlockFormat(TextStyles::cellBlock());
    if (!rating) {
        QTextCharFormat muted = TextStyles::cell();
        muted.setForeground(TextStyles::muted);
        at.insertText(notRated(), muted);
        return;
    }
    fill(cell, rating->colour);
    QTextCharFormat word = TextStyles::cell();
    word.setFontWeight(QFont::Bold);
    word.setForeground(ink(rating->colour));
    at.insertText(core::EnumLabels::label(rating->colour), word);
    if (withDate && rating->date.isValid()) {
        at.insertText(QStringLiteral("  "), TextStyles::cell());
        at.insertText(DocumentContext::date(rating->date), TextStyles::cell());
    }
    if (withComment && !rating->comment.trimmed().isEmpty()) {
        QTextBlockFormat below = TextStyles::cellBlock();
        below.setTopMargin(2);
        at.insertBlock(below, TextStyles::cell());
        at.insertText(rating->comment.trimmed(), TextStyles::cell());
    }
}

} // namespace samverka::documents
