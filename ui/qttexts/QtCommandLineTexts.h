#pragma once

// Qt's texts in `samverka --help` (QCommandLineParser's usage line, headings and its
// own options), so that the help speaks the program's language.

#include "qttexts/QtText.h"

namespace samverka::ui {

class QtCommandLineTexts
{
public:
    static QList<QtText> texts();
};

} // namespace samverka::ui
