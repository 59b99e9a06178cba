#pragma once

// The typography of every document: one place for fonts, sizes, colours and
// spacing, so the four documents look like one family.

#include <QColor>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTableFormat>

namespace samverka::documents {

class TextStyles
{
public:
    /// A block property: keep this block on the same page as the block after it.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 10;
    /// Set by PageBreaker beside each page break it made, so it can take them back.
    static constexpr int PageBreakerBreakProperty = QTextFormat::UserProperty + 11;

    static const QColor accent;  ///< headings, table headers
    static const QColor muted;   ///< secondary text
    static const QColor rule;    ///< table borders
    static const QColor stripe;  ///< every other table row
    static const QColor warning; ///< confidentiality, late

    static QTextCharFormat body();
    static QTextCharFormat bold();
    static QTextCharFormat italic();
    static QTextCharFormat small();
    static QTextCharFormat label(); ///< small caps-like field label
    static QTextCharFormat title();
    static QTextCharFormat subtitle();
    static QTextCharFormat heading(int level);
    static QTextCharFormat tableHeader();
    static QTextCharFormat cell();
    static QTextCharFormat cellDetail();

    static QTextBlockFormat bodyBlock();
    static QTextBlockFormat headingBlock(int level);
    static QTextBlockFormat cellBlock();
    static QTextTableFormat tableFormat();
    static QTextTableFormat plainTableFormat(); ///< no borders, for field lists and layout
};

} // namespace samverka::documents
