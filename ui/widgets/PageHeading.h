#pragma once

// The heading at the top of a page: the record's name in a larger, bold font.

#include <QLabel>

namespace samverka::ui {

class PageHeading
{
public:
    static QLabel *create(QWidget *parent)
    {
        auto *label = new QLabel(parent);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        label->setFont(font);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }
};

} // namespace samverka::ui
