#pragma once

// Qt's texts in its print dialog on Linux (QPrintDialog with its printer, output and
// options tabs), the printer properties and the page setup (QPageSetupWidget).

#include "qttexts/QtText.h"

namespace samverka::ui {

class QtPrintTexts
{
public:
    static QList<QtText> texts();
};

} // namespace samverka::ui
