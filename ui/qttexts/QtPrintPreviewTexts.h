#pragma once

// Qt's texts in its print preview (QPrintPreviewDialog's toolbar and title).

#include "qttexts/QtText.h"

namespace samverka::ui {

class QtPrintPreviewTexts
{
public:
    static QList<QtText> texts();
};

} // namespace samverka::ui
