#include "TextStyles.h"

#include "DocumentFonts.h"

namespace samverka::documents {

const QColor TextStyles::accent(0x1f, 0x3a, 0x5f);
const QColor TextStyles::muted(0x5a, 0x64, 0x70);
const QColor TextStyles::rule(0xc3, 0xcc, 0xd6);
const QColor TextStyles::stripe(0xf2, 0xf5, 0xf9);
const QColor TextStyles::warning(0xa3, 0x1f, 0x1a);

namespace {

QTextCharFormat charFormat(qreal size, QFont::Weight weight = QFont::Normal, bool italic = false,
                           const QColor &color = QColor(0x1d, 0x21, 0x27))
{
    QTextCharFormat f;
    f.setFont(DocumentFonts::font(size, weight, italic), QTextCharFormat::FontPropertiesAll);
    f.setForeground(color);
    return f;
}

} // namespace

QTextCharFormat TextStyles::body()
{
    return charFormat(10);
}

QTextCharFormat TextStyles::bold()
{
    return charFormat(10, QFont::Bold);
}

QTextCharFormat TextStyles::italic()
{
    return charFormat(10, QFont::Normal, true);
}

QTextCharFormat TextStyles::small()
{
    return charFormat(8.5, QFont::Normal, false, muted);
}

QTextCharFormat TextStyles::label()
{
    return charFormat(8.5, QFont::Bold, false, muted);
}

QTextCharFormat TextStyles::title()
{
    return charFormat(24, QFont::Bold, false, accent);
}

QTextCharFormat TextStyles::subtitle()
{
    return charFormat(13, QFont::Normal, false, muted);
}

QTextCharFormat TextStyles::heading(int level)
{
    switch (level) {
    case 1:
        return charFormat(17, QFont::Bold, false, accent);
    case 2:
        return charFormat(12.5, QFont::Bold, false, accent);
    default:
        return charFormat(10.5, QFont::Bold);
    }
}

QTextCharFormat TextStyles::tableHeader()
{
    return charFormat(9, QFont::Bold, false, Qt::white);
}

QTextCharFormat TextStyles::cell()
{
    return charFormat(9);
}

QTextCharFormat TextStyles::cellDetail()
{
    return charFormat(8.5, QFont::Normal, false, muted);
}

QTextBlockFormat TextStyles::bodyBlock()
{
    QTextBlockFormat f;
    f.setTopMargin(0);
    f.setBottomMargin(6);
    f.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextBlockFormat TextStyles::headingBlock(int level)
{
    QTextBlockFormat f;
    f.setTopMargin(level == 1 ? 0 : (level == 2 ? 14 : 10));
    f.setBottomMargin(level == 1 ? 12 : 5);
    f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    f.setHeadingLevel(level);
    f.setProperty(KeepWithNextProperty, true);
    return f;
}

QTextBlockFormat TextStyles::cellBlock()
{
    QTextBlockFormat f;
    f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextTableFormat TextStyles::tableFormat()
{
    QTextTableFormat f;
    f.setBorder(0.6);
    f.setBorderBrush(rule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(4);
    f.setCellSpacing(0);
    f.setTopMargin(4);
    f.setBottomMargin(10);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setHeaderRowCount(1);
    return f;
}

QTextTableFormat TextStyles::plainTableFormat()
{
    QTextTableFormat f;
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellPadding(2);
    f.setCellSpacing(0);
    f.setTopMargin(2);
    f.setBottomMargin(8);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return f;
}

} // namespace samverka::documents
