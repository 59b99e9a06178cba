#pragma once

// The application's style: the platform's, with item-view rows tall enough for Swedish
// capitals. The ring of Å and the dots of Ä and Ö reach above the ascent of common fonts
// (DejaVu Sans), so a row of exactly the font's height shows "Oversikt".

#include <QProxyStyle>

namespace samverka::ui {

class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    /// Room above and below the text of an item-view row, in pixels, for a font.
    static int rowAir(const QFontMetrics &metrics);

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;
};

} // namespace samverka::ui
