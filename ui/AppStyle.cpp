#include "AppStyle.h"

#include <QStyleOption>

namespace samverka::ui {

int AppStyle::rowAir(const QFontMetrics &metrics)
{
    return qMax(4, metrics.height() / 4);
}

QSize AppStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                 const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_ItemViewItem && option)
        result.rheight() += rowAir(option->fontMetrics);
    return result;
}

} // namespace samverka::ui
